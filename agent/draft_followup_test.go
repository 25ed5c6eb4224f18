package agent_test

import (
	"strings"
	"testing"
)

// TestFollowUpAfterSilence checks that reaching out and hearing nothing,
// told in any words, starts one gentle follow-up to the one reached: the
// person after the verb, never the message sent.
func TestFollowUpAfterSilence(t *testing.T) {
	for _, tc := range []struct{ text, who string }{
		{"emailed my landlord about the boiler on monday, still nothing", "landlord"},
		{"left my brother deji a voicemail on sunday and he hasn't called back", "Deji"},
		{"whatsapped maria the photos days ago... crickets", "Maria"},
		{"i dropped my old teacher mr haddad a line in march and never heard back", "Mr Haddad"},
		{"pinged nadia about drinks friday, zero response", "Nadia"},
		{"sent my auntie a card for her 60th and not a word since", "aunt"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			h := newHarness(t)
			rs := h.send("p", tc.text, "")
			if !draftStarted(rs) || !strings.Contains(allText(rs), tc.who) {
				t.Fatalf("got %q, want a draft to %s", allText(rs), tc.who)
			}
			d := strings.ToLower(skipToDraft(h, rs))
			if !strings.Contains(d, "no pressure") && !strings.Contains(d, "no rush") && !strings.Contains(d, "whenever") && !strings.Contains(d, "no worries") {
				t.Errorf("draft %q is not a gentle follow-up", d)
			}
			for _, raw := range []string{"a card", "a voicemail", "the photos", "a line"} {
				if strings.Contains(d, "follow up on "+raw) || strings.Contains(d, "my "+raw) {
					t.Errorf("draft %q follows up on the message itself", d)
				}
			}
		})
	}
}
