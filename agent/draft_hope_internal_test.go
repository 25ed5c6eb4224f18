package agent

import (
	"strings"
	"testing"
)

// TestClosingHopeFitsTheOccasion checks that the wish under a finished
// draft never hopes someone grieving or owed an apology is "glad to hear
// from you", and that it still reads as a sentence with no name known.
func TestClosingHopeFitsTheOccasion(t *testing.T) {
	for _, occ := range []string{OccasionCondolence, OccasionHardTime, OccasionApology, OccasionMend, OccasionSupport, OccasionFollowUp} {
		for _, who := range []string{"Priya", ""} {
			h := closingHope(occ, who)
			if strings.Contains(h, "glad to hear") {
				t.Errorf("%s to %q: %q", occ, who, h)
			}
			if who != "" && !strings.Contains(h, who) {
				t.Errorf("%s: %q does not name %s", occ, h, who)
			}
			if !strings.HasSuffix(h, ".") || strings.Contains(h, "  ") {
				t.Errorf("%s to %q: %q is not a clean sentence", occ, who, h)
			}
		}
	}
	for _, occ := range []string{OccasionSilence, OccasionThinking, OccasionBirthday, OccasionWin, OccasionGroup, ""} {
		if h := closingHope(occ, "Sam"); h != "I hope Sam is glad to hear from you." {
			t.Errorf("%q: %q, want the glad wish for a hello", occ, h)
		}
	}
}
