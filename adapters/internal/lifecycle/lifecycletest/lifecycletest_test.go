package lifecycletest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

// recorder stands in for the test Run checks, keeping what it reports.
type recorder struct {
	testing.TB
	errs     []string
	cleanups []func()
}

func (r *recorder) Helper()          {}
func (r *recorder) Cleanup(f func()) { r.cleanups = append(r.cleanups, f) }
func (r *recorder) Errorf(format string, a ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, a...))
}

func TestRun(t *testing.T) {
	tests := []struct {
		name    string
		run     func(ctx context.Context, release <-chan struct{}) error
		wantErr string // "" for none
	}{
		{"returns nil", func(ctx context.Context, _ <-chan struct{}) error {
			<-ctx.Done()
			return nil
		}, ""},
		{"returns an error", func(ctx context.Context, _ <-chan struct{}) error {
			<-ctx.Done()
			return errors.New("boom")
		}, "Run returned boom after cancel, want nil"},
		{"does not return", func(_ context.Context, release <-chan struct{}) error {
			<-release
			return nil
		}, "Run did not return within 5s of cancel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				rec := &recorder{TB: t}
				release := make(chan struct{})
				defer close(release)
				started := make(chan struct{})
				stop := Run(rec, 5*time.Second, func(ctx context.Context) error {
					close(started)
					return tt.run(ctx, release)
				})
				<-started
				synctest.Wait()
				if len(rec.errs) != 0 {
					t.Fatalf("reported %q before stop", rec.errs)
				}
				stop()
				stop()
				for _, f := range rec.cleanups {
					f()
				}
				want := []string{}
				if tt.wantErr != "" {
					want = []string{tt.wantErr}
				}
				if got := strings.Join(rec.errs, "|"); got != strings.Join(want, "|") {
					t.Errorf("reported %q, want %q once", rec.errs, want)
				}
				if len(rec.cleanups) != 1 {
					t.Errorf("%d cleanups registered, want 1 (stop)", len(rec.cleanups))
				}
			})
		})
	}
}

// deadlineShutdowner reports how far off its context's deadline was, in
// seconds, as the count left.
type deadlineShutdowner struct{}

func (deadlineShutdowner) Shutdown(ctx context.Context) (int, error) {
	dl, ok := ctx.Deadline()
	if !ok {
		return 0, errors.New("no deadline")
	}
	return int(time.Until(dl) / time.Second), nil
}

func TestShutdown(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := <-Shutdown(deadlineShutdowner{}, 7*time.Second)
		if r.Left != 7 || r.Err != nil {
			t.Errorf("Shutdown = %+v, want a deadline 7s away and no error", r)
		}
	})
}
