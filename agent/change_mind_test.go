package agent_test

import (
	"strings"
	"testing"
)

// TestChangeOfMindAtAPrompt checks that "never mind" followed by something
// new at any prompt drops the flow and serves the new thing, and that the
// flow does not come back on the next message.
func TestChangeOfMindAtAPrompt(t *testing.T) {
	tests := []struct {
		name, start, change, want string
	}{
		{"draft, then a question", "i want to write to my old friend nadia", "actually never mind, how often should i message friends", "From the guide"},
		{"reflection menu, then a question", "i want to reflect", "forget it, whats a good way to make friends at work", "From the guide"},
		{"draft, then a reminder", "help me text my friend dana", "nvm can u remind me to call mum on sunday", "timezone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", tt.start, "")
			rs := h.send("p", tt.change, "")
			var all []string
			for _, r := range rs {
				all = append(all, r.Text)
			}
			text := strings.Join(all, "\n")
			if !strings.Contains(text, "let that go") || !strings.Contains(text, tt.want) {
				t.Fatalf("%q: replies %q, want the flow let go and %q", tt.change, text, tt.want)
			}
			if again := h.send("p", "ok", ""); len(again) > 0 && strings.Contains(again[0].Text, "occasion") {
				t.Errorf("the dropped flow came back: %q", again[0].Text)
			}
		})
	}
}

// TestNeverMindAloneCancels checks that a bare "never mind" is still a
// plain cancel, and a change of person is still a change of person.
func TestNeverMindAloneCancels(t *testing.T) {
	h := newHarness(t)
	h.send("p", "help me text my friend dana", "")
	rs := h.send("p", "never mind", "")
	if len(rs) == 0 || !strings.Contains(rs[0].Text, "stopped") {
		t.Fatalf("never mind: %+v", rs)
	}
}
