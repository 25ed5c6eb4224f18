package matrix

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"maunium.net/go/mautrix"
)

// maxLeft bounds the count of replies Shutdown reports as left behind.
const maxLeft = 10_000

// health is what Ready reports: logged in, synced, and whether /sync has
// been failing.
type health struct {
	mu       sync.Mutex
	loggedIn bool
	synced   bool
	stopping bool
	failing  bool
	since    time.Time
}

func (h *health) update(fn func(h *health)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	fn(h)
}

// syncFailed records a failed /sync; a run of failures counts from the first.
func (h *health) syncFailed() {
	h.update(func(h *health) {
		if !h.failing {
			h.failing, h.since = true, time.Now()
		}
	})
}

func (h *health) syncOK() {
	h.update(func(h *health) { h.synced, h.failing = true, false })
}

func (h *health) check(grace time.Duration) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.stopping:
		return fmt.Errorf("%w: shutting down", ErrNotConnected)
	case !h.loggedIn:
		return fmt.Errorf("%w: not logged in yet", ErrNotConnected)
	case !h.synced:
		return fmt.Errorf("%w: no sync has succeeded yet", ErrNotConnected)
	case h.failing:
		if d := time.Since(h.since); d > grace {
			return fmt.Errorf("%w: sync failing for %s", ErrNotConnected, d.Round(time.Second))
		}
	}
	return nil
}

// Ready returns nil when the adapter is connected to the homeserver: it is
// logged in, a sync has succeeded, it is not shutting down, and /sync has
// not been failing for longer than twice the long-poll timeout. Otherwise it
// returns an error wrapping ErrNotConnected that says what is wrong; it never
// holds credentials. It is safe for concurrent use.
func (a *Adapter) Ready() error {
	return a.health.check(a.readyGrace)
}

// stopping reports whether Shutdown was called.
func (a *Adapter) stopping() bool {
	select {
	case <-a.stop:
		return true
	default:
		return false
	}
}

// Shutdown stops syncing, lets the turn in flight finish, and then keeps
// delivering the outbox until it is empty or ctx ends. It returns how many
// replies are still in the outbox (-1 when the store cannot tell); they stay
// there for the next start. The sync token of a batch whose events were not
// all handled is not stored, so the homeserver hands that batch out again.
//
// Run keeps delivering (and takes no events) until its own context ends:
// cancel it once Shutdown returns. Shutdown is meant to be called once,
// after Run was started; it is safe to call from any goroutine.
func (a *Adapter) Shutdown(ctx context.Context) (left int, err error) {
	a.stopOnce.Do(func() {
		a.health.update(func(h *health) { h.stopping = true })
		close(a.stop)
	})
	select {
	case <-a.intakeDone:
	case <-a.runDone:
		return a.left(ctx), nil
	case <-ctx.Done():
		return a.left(ctx), ctx.Err()
	}
	a.log.Info("stopped syncing; delivering the outbox")
	a.poke()
	for {
		items, err := a.store.Pending(ctx, Channel, 1)
		switch {
		case err == nil && len(items) == 0:
			return 0, nil
		case err != nil && ctx.Err() == nil:
			a.log.Error("read outbox", "err", err)
		}
		select {
		case <-ctx.Done():
			return a.left(ctx), ctx.Err()
		case <-a.runDone:
			return a.left(ctx), nil
		case <-a.flushed:
		}
	}
}

// left counts the replies still in the outbox, -1 when the store cannot
// tell. It takes a little time of its own, since ctx may have ended.
func (a *Adapter) left(ctx context.Context) int {
	c, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	items, err := a.store.Pending(c, Channel, maxLeft)
	if err != nil {
		a.log.Error("count the replies left in the outbox", "err", err)
		return -1
	}
	return len(items)
}

// signalFlushed tells a waiting Shutdown that the sender went through the
// outbox once more.
func (a *Adapter) signalFlushed() {
	select {
	case a.flushed <- struct{}{}:
	default:
	}
}

// instrument makes cli report rate limits and the retries it makes on its
// own to Options.RateLimited and Options.SendRetried.
func (a *Adapter) instrument(cli *mautrix.Client) {
	base := cli.Client.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	cli.Client.Transport = countingTransport{base: base, limited: a.opts.RateLimited}
	cli.UpdateRequestOnRetry = func(req *http.Request, _ error) *http.Request {
		if isSend(req) {
			a.opts.SendRetried()
		}
		return req
	}
}

// isSend reports whether req sends an event to a room
// (PUT /rooms/{room}/send/{type}/{txn}).
func isSend(req *http.Request) bool {
	return req.Method == http.MethodPut && strings.Contains(req.URL.Path, "/send/")
}

// countingTransport reports every 429 the homeserver answers, including
// the ones the client retries by itself.
type countingTransport struct {
	base    http.RoundTripper
	limited func()
}

func (t countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if resp != nil && resp.StatusCode == http.StatusTooManyRequests {
		t.limited()
	}
	return resp, err
}
