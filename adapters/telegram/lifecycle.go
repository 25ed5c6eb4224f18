package telegram

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// maxLeft bounds the count of replies Shutdown reports as left behind.
const maxLeft = 10_000

// health is what Ready reports: whether getMe succeeded and whether the
// way updates arrive (getUpdates, or the webhook) has been failing.
type health struct {
	mu        sync.Mutex
	connected bool
	stopping  bool
	failing   string // the call that failed last, "" after a success
	since     time.Time
}

func (h *health) setConnected(c bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.connected = c
}

func (h *health) setStopping() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopping = true
}

// fail records that what failed; a run of failures counts from the first.
func (h *health) fail(what string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.failing == "" {
		h.since = time.Now()
	}
	h.failing = what
}

// ok records a success, ending any run of failures.
func (h *health) ok() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.failing = ""
}

func (h *health) check(grace time.Duration) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.stopping:
		return fmt.Errorf("%w: shutting down", ErrNotConnected)
	case !h.connected:
		return fmt.Errorf("%w: getMe has not succeeded yet", ErrNotConnected)
	case h.failing != "":
		if d := time.Since(h.since); d > grace {
			return fmt.Errorf("%w: %s failing for %s", ErrNotConnected, h.failing, d.Round(time.Second))
		}
	}
	return nil
}

// Ready returns nil when the adapter is connected to Telegram: getMe
// succeeded, it is not shutting down, and getUpdates (or, in webhook mode,
// setWebhook and the turns Telegram posts) has not been failing for longer
// than Options.ReadyGrace. Otherwise it returns an error wrapping
// ErrNotConnected that says what is wrong; it never holds the token. It is
// safe for concurrent use.
func (a *Adapter) Ready() error {
	return a.health.check(a.opts.ReadyGrace)
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

// Shutdown stops taking updates, waits for the turns in flight to commit
// and then keeps delivering the outbox until it is empty or ctx ends. It
// returns how many replies are still in the outbox (-1 when the store
// cannot tell); they are kept there and go out at the next start. Updates whose turns did not run are not
// confirmed, so Telegram hands them out again.
//
// Run keeps going (it still delivers, and takes no updates) until its own
// context ends: cancel it once Shutdown returns. Shutdown is meant to be
// called once, after Run was started; it is safe to call from any goroutine.
func (a *Adapter) Shutdown(ctx context.Context) (left int, err error) {
	a.stopOnce.Do(func() {
		a.health.setStopping()
		close(a.stop)
	})
	select {
	case <-a.intakeDone:
	case <-a.runDone:
		return a.left(ctx), nil
	case <-ctx.Done():
		return a.left(ctx), ctx.Err()
	}
	a.log.Info("stopped taking updates; delivering the outbox")
	a.Kick()
	// The sender reports each chat it finishes; the tick is a fallback for
	// replies that wait out a retry delay.
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
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
		case <-a.progress:
		case <-tick.C:
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

// signalProgress tells a waiting Shutdown that replies were delivered.
func (a *Adapter) signalProgress() {
	select {
	case a.progress <- struct{}{}:
	default:
	}
}
