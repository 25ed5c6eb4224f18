// Package lifecycletest runs a chat adapter in a test the way the companion
// runs it, and checks the contract the adapters share: Run returns nil soon
// after its context is cancelled, and Shutdown reports what it left behind.
package lifecycletest

import (
	"context"
	"testing"
	"time"
)

// Run calls run in a goroutine with a context that stop cancels. stop then
// checks that run returned nil within wait; it also runs when the test
// ends, and does nothing the second time. Call stop from the test's
// goroutine.
func Run(t testing.TB, wait time.Duration, run func(context.Context) error) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	stopped := false
	stop = func() {
		t.Helper()
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run returned %v after cancel, want nil", err)
			}
		case <-time.After(wait):
			t.Errorf("Run did not return within %s of cancel", wait)
		}
	}
	t.Cleanup(stop)
	return stop
}

// Shutdowner is an adapter that can stop gracefully.
type Shutdowner interface {
	Shutdown(ctx context.Context) (left int, err error)
}

// Result is what Shutdown returned.
type Result struct {
	Left int
	Err  error
}

// Shutdown calls s.Shutdown in a goroutine, with a deadline d away, and
// returns where its result arrives.
func Shutdown(s Shutdowner, d time.Duration) <-chan Result {
	res := make(chan Result, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), d)
		defer cancel()
		left, err := s.Shutdown(ctx)
		res <- Result{left, err}
	}()
	return res
}
