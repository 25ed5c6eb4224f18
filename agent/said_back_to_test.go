package agent_test

import (
	"strings"
	"testing"
)

// TestMindChangedDraftsToTheLastChosen checks that a request corrected
// partway ("for the group... no, just to him", "to my landlord, wait no,
// his daughter") is written to the one chosen last, never the first.
func TestMindChangedDraftsToTheLastChosen(t *testing.T) {
	for _, tc := range []struct{ ask, want, never string }{
		{"my mum finished her first half marathon, write something for the family group... no actually just to her, one on one", "Mum", "group"},
		{"my grandad just turned 85, can you draft a message for the cousins whatsapp... actually no, only to him", "Grandad", "group"},
		{"help me write to my landlord to say thanks for fixing the boiler so fast, wait no, to his daughter hana", "Hana", "landlord"},
	} {
		t.Run(tc.ask, func(t *testing.T) {
			h := newHarness(t)
			got := allText(h.send("p", tc.ask, ""))
			if !strings.Contains(got, "write to "+tc.want) {
				t.Errorf("reply does not write to %s:\n%s", tc.want, got)
			}
			if strings.Contains(strings.ToLower(got), "write to the "+tc.never) {
				t.Errorf("reply writes to the one taken back:\n%s", got)
			}
		})
	}
}
