package lifecycle

import (
	"fmt"
	"time"
)

// maxFailing bounds how many failing turns a Tracker remembers.
const maxFailing = 10_000

// staleFailure is how long after its last failed attempt a turn is
// forgotten: the platform stopped offering it (a webhook that gave up), so
// it is neither stuck nor coming back.
const staleFailure = time.Hour

// failing is one turn that failed at least once and is not settled yet.
type failing struct {
	attempts    int
	first, last time.Time
}

// Failed records that an attempt at the turn for key failed and returns how
// many attempts at it have failed so far, this one included. key is the
// platform's id for what the turn handles (a Telegram update id, a Matrix
// event id). The turn counts as stuck once its first failure is older than
// the grace Ready and Turns are given. Errors that say nothing about the
// turn itself (the store pausing writes) should not be reported here.
func (t *Tracker) Failed(key string) int {
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	f, ok := t.turns[key]
	if !ok {
		if len(t.turns) >= maxFailing {
			t.pruneLocked(now)
		}
		f = &failing{first: now}
		t.turns[key] = f
	}
	f.attempts++
	f.last = now
	return f.attempts
}

// Done records that the turn for key was handled at last, or needs no
// handling: it no longer counts as failing. Calling it for a turn that never
// failed costs a map lookup.
func (t *Tracker) Done(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.turns, key)
}

// SetAside records that the turn for key was given up after its attempts:
// it no longer counts as failing, and counts as set aside from now on.
func (t *Tracker) SetAside(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.turns, key)
	t.setAside++
}

// Turns reports how many turns have been failing for longer than grace
// (stuck), and how many were set aside since New.
func (t *Tracker) Turns(grace time.Duration) (stuck int, setAside int64) {
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.stuckLocked(now, grace), t.setAside
}

// stuckLocked counts the turns failing for longer than grace; t.mu is held.
func (t *Tracker) stuckLocked(now time.Time, grace time.Duration) int {
	n := 0
	for _, f := range t.turns {
		if now.Sub(f.first) > grace && now.Sub(f.last) <= staleFailure {
			n++
		}
	}
	return n
}

// pruneLocked forgets stale turns and, if that is not enough, any one
// turn: a flood of failures must not grow memory without bound. t.mu is
// held.
func (t *Tracker) pruneLocked(now time.Time) {
	for k, f := range t.turns {
		if now.Sub(f.last) > staleFailure {
			delete(t.turns, k)
		}
	}
	for k := range t.turns {
		if len(t.turns) < maxFailing {
			return
		}
		delete(t.turns, k)
	}
}

// stuckError reports stuck turns for Ready, nil when there are none; t.mu
// is held.
func (t *Tracker) stuckError(now time.Time, grace time.Duration) error {
	n := t.stuckLocked(now, grace)
	if n == 0 {
		return nil
	}
	noun := "turns"
	if n == 1 {
		noun = "turn"
	}
	return fmt.Errorf("%w: %d %s failing for longer than %s (%d set aside since start)",
		t.cfg.Stuck, n, noun, grace, t.setAside)
}
