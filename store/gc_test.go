package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestRunGCStopsWithContext(t *testing.T) {
	s := openT(t, Options{Dir: t.TempDir()})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		s.RunGC(ctx, time.Millisecond)
		close(done)
	}()
	// Let a few collections run alongside turns, then stop.
	for i := 0; i < 20; i++ {
		p := person("telegram:1", "gc")
		p.Reflections[0].Answers[0] = strings.Repeat(fmt.Sprint(i), 3000)
		commit(t, s, fmt.Sprintf("u%d", i), p)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("RunGC did not return after its context ended")
	}
	if got := load(t, s, "telegram:1"); got.Reflections[0].Answers[0] != strings.Repeat("19", 3000) {
		t.Errorf("after GC the latest reflection is %.20q...", got.Reflections[0].Answers[0])
	}
}
