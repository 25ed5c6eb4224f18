package agent_test

import (
	"context"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestNudgeHourFromOptions checks that a reminder set without a time uses
// the configured hour.
func TestNudgeHourFromOptions(t *testing.T) {
	ag, st := newMemAgent(t, agent.Options{NudgeHour: 18})
	ctx := context.Background()
	for i, text := range []string{"/settings", "2", "Berlin", "remind me to check in with Mum every Sunday"} {
		m := agent.Message{ID: "h" + string(rune('0'+i)), Channel: "test", ChatID: "c", Person: "test:hour", Text: text}
		if err := ag.Handle(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	pending, err := st.Pending(ctx, "test", 100)
	if err != nil {
		t.Fatal(err)
	}
	last := pending[len(pending)-1].Reply.Text
	if !strings.Contains(last, "18:00") || !strings.Contains(last, "Mum") {
		t.Errorf("reminder confirmation %q, want it at 18:00 for Mum", last)
	}
}
