package matrix

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

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
	t := &retryTracker{inFlight: make(map[*http.Request]bool), retried: a.opts.SendRetried}
	cli.RequestHook = t.started
	cli.ResponseHook = t.done
}

// maxTracked bounds the sends a retryTracker remembers; requests abandoned
// between tries (cancelled during a backoff) are never reported done.
const maxTracked = 1024

// retryTracker tells a client's own retry of a send from a first try. The
// client hands the same request to its hook at every try of one call and
// reports it done only after the last, so a request seen twice before it is
// done is being retried. Transaction ids cannot tell: a reply keeps its id
// when the outbox sends it again.
type retryTracker struct {
	mu       sync.Mutex
	inFlight map[*http.Request]bool
	retried  func()
}

func (t *retryTracker) started(req *http.Request) {
	if !isSend(req) {
		return
	}
	t.mu.Lock()
	again := t.inFlight[req]
	if !again {
		if len(t.inFlight) >= maxTracked {
			clear(t.inFlight)
		}
		t.inFlight[req] = true
	}
	t.mu.Unlock()
	if again {
		t.retried()
	}
}

func (t *retryTracker) done(req *http.Request, _ *http.Response, _ error, _ time.Duration) {
	if !isSend(req) {
		return
	}
	t.mu.Lock()
	delete(t.inFlight, req)
	t.mu.Unlock()
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
