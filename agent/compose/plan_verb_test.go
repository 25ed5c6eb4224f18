package compose

import (
	"strings"
	"testing"
)

// A plan told as what the writer would do is offered in words that read:
// never "Would you be up for buy your lunch?".
func TestPlanStartingWithAVerb(t *testing.T) {
	for text, want := range map[string]string{
		"buy your lunch":             "I'd love to buy you lunch sometime.",
		"ring you":                   "I'd love to ring you sometime.",
		"take you out for a curry":   "I'd love to take you out for a curry sometime.",
		"a walk round the reservoir": "a walk round the reservoir?",
	} {
		w := newWriter(Spec{Occasion: Thanks, Name: "Ade"})
		if got := w.plan(text, 0); !strings.Contains(got, want) {
			t.Errorf("plan(%q) = %q, want %q", text, got, want)
		}
	}
}
