package matrix

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"maunium.net/go/mautrix"
)

// backoff doubles a delay from min up to max; reset starts again at min.
type backoff struct {
	min, max, next time.Duration
}

func newBackoff(min, max time.Duration) *backoff {
	return &backoff{min: min, max: max, next: min}
}

// peek returns the delay the next wait will use.
func (b *backoff) peek() time.Duration { return b.next }

// wait sleeps for the current delay, or less if ctx ends, and doubles it.
func (b *backoff) wait(ctx context.Context) error {
	return b.waitAtLeast(ctx, 0)
}

// waitAtLeast is wait with a floor, for servers that say how long to wait.
func (b *backoff) waitAtLeast(ctx context.Context, floor time.Duration) error {
	d := max(b.next, floor)
	b.next = min(b.next*2, b.max)
	return sleep(ctx, d)
}

func (b *backoff) reset() { b.next = b.min }

// transient reports whether err is worth retrying: network trouble, rate
// limits and server-side failures, as opposed to a refusal that would repeat.
func transient(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, context.Canceled) {
		return false
	}
	var httpErr mautrix.HTTPError
	if errors.As(err, &httpErr) {
		if httpErr.Response == nil {
			return true // the request never got an answer
		}
		code := httpErr.Response.StatusCode
		return code == http.StatusTooManyRequests || code == http.StatusRequestTimeout || code >= 500
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded)
}

// retryAfter returns how long the homeserver asked us to wait in an
// M_LIMIT_EXCEEDED answer, capped at max; zero when err is not one.
func retryAfter(err error, max time.Duration) time.Duration {
	var httpErr mautrix.HTTPError
	if !errors.As(err, &httpErr) || httpErr.RespError == nil {
		return 0
	}
	if httpErr.RespError.ErrCode != mautrix.MLimitExceeded.ErrCode {
		return 0
	}
	ms, _ := httpErr.RespError.ExtraData["retry_after_ms"].(float64)
	d := time.Duration(ms) * time.Millisecond
	if d <= 0 {
		d = time.Second
	}
	return min(d, max)
}
