package agent

import (
	"strings"
	"testing"
)

// TestConfidantNamed names the one person an answer says sees the real
// picture, by name or by what they are to the person; an answer naming no
// one in particular is left to the other lines.
func TestConfidantNamed(t *testing.T) {
	honest := Question{Text: "How honest are you about your own ups and downs with the people close to you?"}
	tests := map[string]string{
		"hardly. my counsellor is the only person who knows what its like": "your counsellor",
		"only my cousin really knows, everyone else gets the highlights":   "your cousin",
		"totally open with bilal, with the rest i keep it surface level":   "Bilal",
		"real with my husband but not really with others":                  "your husband",
	}
	for answer, want := range tests {
		for v := 0; v < 2; v++ {
			if got := Acknowledge(honest, answer, v); !strings.Contains(got, want) || strings.Contains(got, "_") {
				t.Errorf("Acknowledge(%q, %d) = %q, want %q named, no echo", answer, v, got, want)
			}
		}
	}
	if got := confidantAck("im the only one who knows how bad it is", nil, 0); got != "" {
		t.Errorf("no one else named, yet %q", got)
	}
}

// TestLossOwnerAndStepBesideLoss names whose loss it is when the answer
// names one person ("her mum" after "priya"), and hears a death told
// beside a step before the step.
func TestLossOwnerAndStepBesideLoss(t *testing.T) {
	if got := lossOwnerNamed("jonah said his mum passed and i just sent a heart", "his mum", []string{"Jonah"}); got != "Jonah's mum" {
		t.Errorf("lossOwnerNamed = %q, want Jonah's mum", got)
	}
	if got := lossOwnerNamed("she told us her mum passed", "her mum", nil); got != "her mum" {
		t.Errorf("lossOwnerNamed with no one named = %q, want her mum", got)
	}
	got := stepAck([]string{"visit grandma on sunday, she's been on her own since grandad died"}, 0)
	if !strings.HasPrefix(got, "I'm so sorry about your grandad.") || !strings.Contains(got, "Grandma") {
		t.Errorf("stepAck beside a death = %q, want the loss, then the step", got)
	}
	limit := Question{Text: "Is there a limit you'd like someone to know about? How could you say it clearly and kindly?"}
	if !stepAfterPoint(limit, "no calls on sunday mornings. ill text zofia about it") {
		t.Errorf("a limit told before a step was read as the step")
	}
	if stepAfterPoint(limit, "text zofia tonight. no calls before ten") {
		t.Errorf("a step told first was not read as the step")
	}
}
