package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestStepSaysWhatToTell checks that a next step named as a bare "tell"
// and a name ends the reflection with what to tell: what the person said
// they would like that someone to know, else what that someone means to
// them; a step that already says what is kept as said.
func TestStepSaysWhatToTell(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	var j agent.Journey
	for _, x := range kb.Journeys() {
		if x.ID == "matter" {
			j = x
		}
	}
	if len(j.Questions) < 5 {
		t.Fatalf("the journey on who matters has %d questions", len(j.Questions))
	}
	tests := []struct {
		answers []string
		must    []string
	}{
		{[]string{"my cousin Priya", "at her wedding", "distance", "that i still think about our summers at the lake", "probably tell priya"},
			[]string{"tell Priya that you still think about your summers at the lake"}},
		{[]string{"Tomasz", "months ago", "i get shy", "", "i'll tell tomasz on friday"},
			[]string{"tell Tomasz what", "mean", "to you", "Friday"}},
		{[]string{"Ines", "last spring", "nothing", "how grateful i am", "tell ines she got me through my exams"},
			[]string{"tell Ines she got you through your exams"}},
	}
	for _, tc := range tests {
		_, next := agent.SummarizeReflection(j, tc.answers)
		for _, m := range tc.must {
			if !strings.Contains(next.Text, m) {
				t.Errorf("answers %q: next step %q, want %q in it", tc.answers, next.Text, m)
			}
		}
		if strings.HasSuffix(strings.TrimSuffix(next.Text, "."), "tell "+next.Recipient) {
			t.Errorf("answers %q: next step %q says nothing of what to tell", tc.answers, next.Text)
		}
	}
}
