package lifecycle

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/companion-dev/companion/adapters/internal/lifecycle/lifecycletest"
	"github.com/companion-dev/companion/agent"
)

// The tests run in synctest bubbles: time is a fake clock that moves only
// when every goroutine waits, so a deadline or a failure run of minutes
// takes no real time, and synctest.Wait shows whether Shutdown is blocked.

var errNotReady = errors.New("test: not connected")

// fakeOutbox holds n replies of channel "test"; Pending fails while err is set.
type fakeOutbox struct {
	mu  sync.Mutex
	n   int
	err error
}

func (o *fakeOutbox) Pending(_ context.Context, channel string, limit int) ([]agent.Outgoing, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if channel != "test" {
		return nil, errors.New("asked for channel " + channel)
	}
	if o.err != nil {
		return nil, o.err
	}
	return make([]agent.Outgoing, min(o.n, limit)), nil
}

func (o *fakeOutbox) set(n int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.n = n
}

// returned reports whether Shutdown has returned, once every goroutine of
// the bubble is blocked.
func returned(res <-chan lifecycletest.Result) (lifecycletest.Result, bool) {
	synctest.Wait()
	select {
	case r := <-res:
		return r, true
	default:
		return lifecycletest.Result{}, false
	}
}

// newTracker returns a Tracker over ob and the count of its kicks.
func newTracker(ob *fakeOutbox, recheck time.Duration) (*Tracker, *atomic.Int64) {
	kicks := new(atomic.Int64)
	return New(Config{
		Outbox:   ob,
		Channel:  "test",
		NotReady: errNotReady,
		Kick:     func() { kicks.Add(1) },
		Recheck:  recheck,
	}), kicks
}

func TestReady(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tr := New(Config{NotReady: errNotReady})
		const grace = 10 * time.Second
		check := func(unmet, want string) {
			t.Helper()
			err := tr.Ready(grace, unmet)
			switch {
			case want == "" && err != nil:
				t.Errorf("Ready = %v, want nil", err)
			case want != "" && (err == nil || err.Error() != want || !errors.Is(err, errNotReady)):
				t.Errorf("Ready = %v, want %q wrapping the NotReady error", err, want)
			}
		}
		check("not logged in yet", "test: not connected: not logged in yet")
		check("", "")

		tr.Fail("sync")
		time.Sleep(grace)
		check("", "") // failing, but not longer than the grace
		tr.Fail("getUpdates")
		time.Sleep(3 * time.Second)
		check("", "test: not connected: getUpdates failing for 13s") // counted from the first failure
		check("no sync has succeeded yet", "test: not connected: no sync has succeeded yet")

		tr.OK()
		check("", "")
		tr.Fail("sync")
		time.Sleep(grace / 2)
		check("", "") // a new run, counted afresh

		tr.Stop()
		check("not logged in yet", "test: not connected: shutting down")
	})
}

func TestIntake(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tr := New(Config{})
		ctx, cancelRun := context.WithCancel(t.Context())
		defer cancelRun()
		intake, cancel := tr.Intake(ctx)
		defer cancel()
		synctest.Wait()
		if intake.Err() != nil || tr.Stopping() {
			t.Fatalf("before Stop: intake %v, Stopping %v", intake.Err(), tr.Stopping())
		}
		tr.Stop()
		tr.Stop() // a second Stop does nothing
		synctest.Wait()
		if !errors.Is(intake.Err(), context.Canceled) || !tr.Stopping() {
			t.Errorf("after Stop: intake %v, Stopping %v; want cancelled, true", intake.Err(), tr.Stopping())
		}
		if ctx.Err() != nil {
			t.Errorf("Stop ended the run's context: %v", ctx.Err())
		}

		// Intake also ends with the run's context.
		other := New(Config{})
		intake, cancel = other.Intake(ctx)
		defer cancel()
		cancelRun()
		synctest.Wait()
		if intake.Err() == nil || other.Stopping() {
			t.Errorf("after the run's context ended: intake %v, Stopping %v", intake.Err(), other.Stopping())
		}
	})
}

func TestShutdownWaitsForIntakeThenOutbox(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ob := &fakeOutbox{n: 2}
		tr, kicks := newTracker(ob, 0)
		res := lifecycletest.Shutdown(tr, time.Minute)
		if _, ok := returned(res); ok {
			t.Fatal("Shutdown returned while a turn was under way")
		}
		if !tr.Stopping() || kicks.Load() != 0 {
			t.Fatalf("before intake ended: Stopping %v, %d kicks; want true, 0", tr.Stopping(), kicks.Load())
		}

		tr.EndIntake()
		if _, ok := returned(res); ok {
			t.Fatal("Shutdown returned with 2 replies in the outbox")
		}
		if got := kicks.Load(); got != 1 {
			t.Errorf("%d kicks once intake ended, want 1", got)
		}
		ob.set(1)
		tr.Progress()
		if _, ok := returned(res); ok {
			t.Fatal("Shutdown returned with 1 reply in the outbox")
		}
		ob.set(0)
		tr.Progress()
		r, ok := returned(res)
		if !ok || r.Left != 0 || r.Err != nil {
			t.Fatalf("Shutdown = %d, %v (returned %v); want 0, nil once the outbox is empty", r.Left, r.Err, ok)
		}

		// A second Shutdown finds intake ended and the outbox empty.
		if left, err := tr.Shutdown(t.Context()); left != 0 || err != nil {
			t.Errorf("second Shutdown = %d, %v; want 0, nil", left, err)
		}
	})
}

func TestShutdownDeadline(t *testing.T) {
	tests := []struct {
		name      string
		endIntake bool
		wantKicks int64
	}{
		{"turn never ends", false, 0},
		{"outbox never drains", true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ob := &fakeOutbox{n: 3}
				tr, kicks := newTracker(ob, time.Second)
				if tt.endIntake {
					tr.EndIntake()
				}
				begin := time.Now()
				left, err := tr.Shutdown(deadline(t, 5*time.Second))
				if left != 3 || !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("Shutdown = %d, %v; want 3 left and the deadline", left, err)
				}
				if took := time.Since(begin); took != 5*time.Second {
					t.Errorf("Shutdown took %v, want the 5s deadline", took)
				}
				if got := kicks.Load(); got != tt.wantKicks {
					t.Errorf("%d kicks, want %d", got, tt.wantKicks)
				}
			})
		})
	}
}

func TestShutdownEndsWithRun(t *testing.T) {
	tests := []struct {
		name      string
		endIntake bool // Run stopped taking messages before it returned
	}{
		{"never connected", false},
		{"while delivering", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ob := &fakeOutbox{n: 2}
				tr, _ := newTracker(ob, 0)
				if tt.endIntake {
					tr.EndIntake()
				}
				res := lifecycletest.Shutdown(tr, time.Minute)
				if _, ok := returned(res); ok {
					t.Fatal("Shutdown returned before Run did")
				}
				tr.EndRun()
				r, ok := returned(res)
				if !ok || r.Left != 2 || r.Err != nil {
					t.Errorf("Shutdown = %d, %v (returned %v); want the 2 replies left, nil", r.Left, r.Err, ok)
				}
			})
		})
	}
}

// TestShutdownRecheck drains the outbox without a Progress signal: with
// Recheck, Shutdown notices; without, it waits for a signal or the deadline.
func TestShutdownRecheck(t *testing.T) {
	tests := []struct {
		name    string
		recheck time.Duration
		want    lifecycletest.Result
		took    time.Duration
	}{
		{"recheck each second", time.Second, lifecycletest.Result{}, 3 * time.Second},
		{"progress only", 0, lifecycletest.Result{Err: context.DeadlineExceeded}, time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ob := &fakeOutbox{n: 1}
				tr, _ := newTracker(ob, tt.recheck)
				tr.EndIntake()
				begin := time.Now()
				res := lifecycletest.Shutdown(tr, time.Minute)
				time.Sleep(2500 * time.Millisecond)
				ob.set(0)
				r := <-res
				if r.Left != tt.want.Left || !errors.Is(r.Err, tt.want.Err) {
					t.Errorf("Shutdown = %d, %v; want %d, %v", r.Left, r.Err, tt.want.Left, tt.want.Err)
				}
				if took := time.Since(begin); took != tt.took {
					t.Errorf("Shutdown took %v, want %v", took, tt.took)
				}
			})
		})
	}
}

func TestShutdownOutboxUnreadable(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ob := &fakeOutbox{n: 1, err: errors.New("disk gone")}
		tr, _ := newTracker(ob, time.Second)
		tr.EndIntake()
		left, err := tr.Shutdown(deadline(t, 10*time.Second))
		if left != -1 || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Shutdown = %d, %v; want -1 (unknown) and the deadline", left, err)
		}
	})
}

func deadline(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), d)
	t.Cleanup(cancel)
	return ctx
}

func TestFinishingOutlivesItsParentForAWhile(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		parent, cancelParent := context.WithCancel(t.Context())
		ctx, done := Finishing(parent, time.Second)
		defer done()
		cancelParent()
		time.Sleep(999 * time.Millisecond)
		synctest.Wait()
		if ctx.Err() != nil {
			t.Fatal("the send was cut off before its time was up")
		}
		time.Sleep(2 * time.Millisecond)
		synctest.Wait()
		if ctx.Err() == nil {
			t.Fatal("the send was not cut off after its time")
		}
	})
	ctx, done := Finishing(t.Context(), time.Hour)
	done()
	if ctx.Err() == nil {
		t.Error("done did not end the context")
	}
}
