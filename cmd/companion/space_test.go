package main

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/store"
)

// While the store is paused for lack of disk space, /readyz says so.
func TestReadinessSaysWhyTheStoreIsPaused(t *testing.T) {
	// A reserve larger than any disk: the store opens paused.
	st, err := store.Open(store.Options{Dir: t.TempDir(), SpaceMargin: 1 << 60})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := &app{store: st, log: slog.New(slog.DiscardHandler)}
	var stopping atomic.Bool
	err = a.readiness(map[string]runner{}, &stopping)(context.Background())
	if !errors.Is(err, agent.ErrPaused) || !strings.Contains(err.Error(), "MB free") {
		t.Errorf("readiness = %v; want the pause and its reason", err)
	}
}
