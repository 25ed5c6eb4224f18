package lifecycle

import (
	"errors"
	"strconv"
	"testing"
	"testing/synctest"
	"time"
)

var errStuck = errors.New("test: turns stuck")

func TestFailedCountsAttempts(t *testing.T) {
	tr := New(Config{NotReady: errNotReady})
	for want := 1; want <= 3; want++ {
		if got := tr.Failed("u1"); got != want {
			t.Errorf("attempt %d: Failed = %d", want, got)
		}
	}
	if got := tr.Failed("u2"); got != 1 {
		t.Errorf("another turn: Failed = %d, want 1", got)
	}
	tr.Done("u1")
	if got := tr.Failed("u1"); got != 1 {
		t.Errorf("after Done: Failed = %d, want a fresh count of 1", got)
	}
	tr.Done("never failed") // harmless
}

func TestStuckTurnsAndReady(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tr := New(Config{NotReady: errNotReady, Stuck: errStuck})
		const grace = 30 * time.Second
		tr.Failed("a")
		tr.Failed("b")
		time.Sleep(grace)
		if err := tr.Ready(grace, ""); err != nil {
			t.Errorf("failing for exactly the grace: Ready = %v, want nil", err)
		}
		tr.Failed("a") // a later attempt does not restart the clock
		time.Sleep(time.Second)
		if stuck, aside := tr.Turns(grace); stuck != 2 || aside != 0 {
			t.Errorf("Turns = %d, %d; want 2 stuck, 0 set aside", stuck, aside)
		}
		tr.SetAside("b")
		err := tr.Ready(grace, "")
		want := "test: turns stuck: 1 turn failing for longer than 30s (1 set aside since start)"
		if err == nil || err.Error() != want || !errors.Is(err, errStuck) {
			t.Errorf("Ready = %v, want %q wrapping the Stuck error", err, want)
		}
		// The way in failing for long is said first, with NotReady.
		tr.Fail("getUpdates")
		time.Sleep(grace + time.Second)
		if err := tr.Ready(grace, ""); !errors.Is(err, errNotReady) {
			t.Errorf("Ready = %v, want the failing getUpdates first", err)
		}
		tr.OK()
		tr.Done("a")
		if err := tr.Ready(grace, ""); err != nil {
			t.Errorf("after the turn was handled: Ready = %v, want nil", err)
		}
		if stuck, aside := tr.Turns(grace); stuck != 0 || aside != 1 {
			t.Errorf("Turns = %d, %d; want 0 stuck, 1 set aside", stuck, aside)
		}
	})
}

func TestStuckDefaultsToNotReady(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tr := New(Config{NotReady: errNotReady})
		tr.Failed("a")
		time.Sleep(2 * time.Minute)
		if err := tr.Ready(time.Minute, ""); !errors.Is(err, errNotReady) {
			t.Errorf("Ready = %v, want it to wrap NotReady", err)
		}
	})
}

// A turn the platform stopped offering (no attempt for an hour) is
// forgotten rather than reported stuck for ever.
func TestStaleTurnsForgotten(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tr := New(Config{NotReady: errNotReady})
		tr.Failed("gone")
		time.Sleep(staleFailure + time.Second)
		if stuck, _ := tr.Turns(time.Minute); stuck != 0 {
			t.Errorf("%d stuck, want the stale turn left out", stuck)
		}
	})
}

func TestFailingBounded(t *testing.T) {
	tr := New(Config{NotReady: errNotReady})
	for i := range maxFailing + 50 {
		tr.Failed(strconv.Itoa(i))
	}
	tr.mu.Lock()
	n := len(tr.turns)
	tr.mu.Unlock()
	if n > maxFailing {
		t.Errorf("%d failing turns kept, want at most %d", n, maxFailing)
	}
	if got := tr.Failed("newest"); got != 1 {
		t.Errorf("Failed on a full table = %d, want 1", got)
	}
}
