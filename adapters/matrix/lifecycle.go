package matrix

import (
	"context"
	"net/http"
	"strings"

	"maunium.net/go/mautrix"
)

// Ready returns nil when the adapter is connected to the homeserver: it is
// logged in, a sync has succeeded, it is not shutting down, and /sync has
// not been failing for longer than twice the long-poll timeout. Otherwise it
// returns an error wrapping ErrNotConnected that says what is wrong; it never
// holds credentials. It is safe for concurrent use.
func (a *Adapter) Ready() error {
	unmet := ""
	switch {
	case !a.loggedIn.Load():
		unmet = "not logged in yet"
	case !a.synced.Load():
		unmet = "no sync has succeeded yet"
	}
	return a.life.Ready(a.readyGrace, unmet)
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
	return a.life.Shutdown(ctx)
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

// FailingTurns reports how many events have kept failing for longer than
// the readiness grace (stuck: they wait in their rooms while other rooms go
// on) and how many were set aside since New, undecryptable ones included.
// It is quick and safe for concurrent use.
func (a *Adapter) FailingTurns() (stuck int, setAside int64) {
	return a.life.Turns(a.readyGrace)
}
