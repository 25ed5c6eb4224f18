package main

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/companion-dev/companion/store"
)

// /readyz says not ready while the models are being built, and ready once
// they are, so that a message sent after a start is answered at once.
func TestReadyOnceModelsAreBuilt(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	warmed := make(chan struct{})
	a := &app{store: st, log: slog.New(slog.DiscardHandler), warmed: warmed}
	var stopping atomic.Bool
	ready := a.readiness(map[string]runner{}, &stopping)
	if err := ready(context.Background()); !errors.Is(err, errWarming) {
		t.Fatalf("readiness while building = %v; want %v", err, errWarming)
	}
	close(warmed)
	if err := ready(context.Background()); err != nil {
		t.Fatalf("readiness once built = %v; want ready", err)
	}
}

// warm builds the models in the background and says when it is done.
func TestWarmClosesWhenBuilt(t *testing.T) {
	select {
	case <-warm(slog.New(slog.DiscardHandler), t.TempDir()):
	case <-time.After(2 * time.Minute):
		t.Fatal("models not built within two minutes")
	}
}
