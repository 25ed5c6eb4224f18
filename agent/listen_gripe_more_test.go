package agent_test

import (
	"strings"
	"testing"
)

// TestGripeContinued plays a complaint and then more of it in words that
// name no complaint: the second message is heard as more of the first,
// never as a question for the guide, and a person named gets the offer to
// write to them. A request or a question after a complaint is still one.
func TestGripeContinued(t *testing.T) {
	tests := []struct {
		first, then string
		must        []string // each must be in the reply to then, folded
		mustNot     []string
	}{
		{"ugh work is so annoying today", "my manager keeps dumping stuff on me last minute",
			[]string{"fed up", "your manager"}, []string{"the guide", "doesn't cover"}},
		{"this commute is killing me lol", "the train sat outside the station for forty minutes with no announcement",
			[]string{"fed up"}, []string{"the guide", "doesn't cover"}},
		{"my flatmate never does the dishes, so annoying", "she leaves them piled up for days",
			[]string{"fed up", "flatmate"}, []string{"the guide", "doesn't cover"}},
		{"ugh work is so annoying today", "can you help me write to my sister", []string{"sister"}, []string{"fed up"}},
		{"ugh work is so annoying today", "how do i make friends at a new job?", nil, []string{"fed up"}},
		{"ugh work is so annoying today", "i feel so alone lately", nil, []string{"fed up"}},
		// A complaint of its own is answered as one, naming its subject.
		{"ugh work is so annoying today", "and my landlord is doing my head in", []string{"your landlord"}, []string{"fed up"}},
	}
	for _, tt := range tests {
		h := newHarness(t)
		h.send("sam", "hi", "")
		h.send("sam", tt.first, "")
		rs := h.send("sam", tt.then, "")
		var b strings.Builder
		for _, r := range rs {
			b.WriteString(r.Text + "\n")
			for _, c := range r.Choices {
				b.WriteString(c.Label + "\n")
			}
		}
		got := strings.ToLower(b.String())
		for _, m := range tt.must {
			if !strings.Contains(got, m) {
				t.Errorf("%q then %q: reply %q lacks %q", tt.first, tt.then, got, m)
			}
		}
		for _, m := range tt.mustNot {
			if strings.Contains(got, m) {
				t.Errorf("%q then %q: reply %q says %q", tt.first, tt.then, got, m)
			}
		}
	}
}
