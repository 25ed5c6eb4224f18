package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
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

func TestSweepDropsUnusedKeys(t *testing.T) {
	s := memStore(t)
	commit(t, s, "u1", person("telegram:1", "kept"))
	if err := s.Enqueue(t.Context(), reply("telegram:2", "telegram", "still to send")); err != nil {
		t.Fatal(err)
	}
	ghost := s.keys.personHash("telegram:ghost")
	if _, err := s.keys.ensure(ghost); err != nil {
		t.Fatal(err)
	}
	if got := s.sweepKeys(); got != 1 {
		t.Errorf("sweepKeys dropped %d keys, want 1", got)
	}
	if s.keys.get(ghost) != nil {
		t.Error("the unused key survived the sweep")
	}
	for _, id := range []agent.PersonID{"telegram:1", "telegram:2"} {
		if s.keys.get(s.keys.personHash(id)) == nil {
			t.Errorf("the sweep dropped the key of %s, which is in use", id)
		}
	}
	if got := load(t, s, "telegram:1"); got.Profile.Name != "name-kept" {
		t.Errorf("after the sweep LoadPerson = %+v", got.Profile)
	}
}
