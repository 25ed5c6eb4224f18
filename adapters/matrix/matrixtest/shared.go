package matrixtest

import (
	"context"
	"errors"
	"os"
	"sync"
	"testing"
	"time"
)

// Shared starts one Dendrite for a whole test binary, on first use, so that
// tests that do not need it pay nothing. Call Close from TestMain after
// m.Run.
type Shared struct {
	once sync.Once
	srv  *Server
	dir  string
	err  error
}

// Get returns the running server. When the binaries are missing it skips
// the test with a message naming scripts/dendrite.sh, or fails it when the
// CI environment variable is set (CI must run these tests).
func (s *Shared) Get(t testing.TB) *Server {
	t.Helper()
	s.once.Do(func() {
		s.dir, s.err = os.MkdirTemp("", "companion-dendrite-")
		if s.err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
		defer cancel()
		s.srv, s.err = Start(ctx, s.dir)
	})
	if s.err != nil {
		if errors.Is(s.err, ErrNoBinaries) && os.Getenv("CI") == "" {
			t.Skipf("skipping Matrix integration test: %v", s.err)
		}
		t.Fatalf("dendrite: %v", s.err)
	}
	return s.srv
}

// Close stops the server, if one was started, and removes its files.
func (s *Shared) Close() {
	if s.srv != nil {
		s.srv.Close()
	}
	if s.dir != "" {
		_ = os.RemoveAll(s.dir)
	}
}
