package scheduler_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// BenchmarkTickNudges measures a tick in which many reminders come due at
// once, through the real agent and store on disk: each nudge loads the
// person, writes the reply, the person and the index change in one
// transaction. 500 people have a weekly check-in; every op is one week.
func BenchmarkTickNudges(b *testing.B) {
	const people = 500
	p := newPlatform(b)
	ctx := context.Background()
	for i := range people {
		id := agent.PersonID(fmt.Sprintf("fake:%d", i))
		for j, text := range []string{"remind me to check in with Mum every Sunday", "UTC"} {
			m := agent.Message{ID: fmt.Sprintf("setup:%d:%d", i, j), Channel: "fake", ChatID: fmt.Sprint(i), Person: id, Text: text}
			if err := p.ag.Handle(ctx, m); err != nil {
				b.Fatal(err)
			}
		}
	}
	sunday := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	week := 0
	handled := 0
	for b.Loop() {
		p.clock.set(sunday.Add(time.Duration(week) * 7 * 24 * time.Hour))
		week++
		stats, err := p.sched.Tick(ctx)
		if err != nil {
			b.Fatal(err)
		}
		handled += stats.Handled
	}
	if handled != people*b.N {
		b.Fatalf("handled %d nudges, want %d", handled, people*b.N)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(handled), "µs/nudge")
}
