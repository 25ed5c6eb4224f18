package telegram

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// windowSlack widens every window a little: a send booked for the moment
// a window allows it still takes a few milliseconds of scheduling and
// network to reach Telegram, and those need not be the same for every send
// (on a busy machine they can differ by a good fraction of a second).
const windowSlack = 150 * time.Millisecond

// window lets at most n events happen in any span of time per. Unlike a
// token bucket, which lets a full bucket and a second's refill out within
// the same second, it never goes past n, from the first span on. It keeps
// the times of the last n events, oldest first around a ring; a nil window
// does not limit. It is safe for concurrent use.
type window struct {
	mu   sync.Mutex
	per  time.Duration
	ring []time.Time // the last n events (or bookings), oldest at head
	head int
}

// newWindow returns a window of n events per span, or nil (no limit) when
// n is not positive or per is zero.
func newWindow(n int, per time.Duration) *window {
	if n <= 0 || per <= 0 {
		return nil
	}
	return &window{per: per + windowSlack, ring: make([]time.Time, n)}
}

// spanFor is the span in which a rate r lets n events through; 0 for an
// unlimited rate.
func spanFor(n int, r rate.Limit) time.Duration {
	if r == rate.Inf || r <= 0 {
		return 0
	}
	return time.Duration(float64(n) / float64(r) * float64(time.Second))
}

// wait books the earliest moment the window allows and sleeps until then,
// or until ctx ends. Bookings are served in order. A booking whose wait is
// cut short stays booked: the window only errs on the side of fewer.
func (w *window) wait(ctx context.Context) error {
	if w == nil {
		return ctx.Err()
	}
	w.mu.Lock()
	now := time.Now()
	at := now
	if next := w.ring[w.head].Add(w.per); next.After(at) {
		at = next
	}
	w.ring[w.head] = at
	w.head = (w.head + 1) % len(w.ring)
	w.mu.Unlock()
	return sleep(ctx, at.Sub(now))
}

// try takes a place in the window now if there is one, without waiting. A
// window is either waited on or tried, never both: try assumes no booking
// lies in the future.
func (w *window) try() bool {
	if w == nil {
		return true
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	if w.ring[w.head].Add(w.per).After(now) {
		return false
	}
	w.ring[w.head] = now
	w.head = (w.head + 1) % len(w.ring)
	return true
}
