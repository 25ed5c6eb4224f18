package agent

import (
	"strings"
	"testing"
)

// TestDraftReadsLaterStepsAfterALoss checks that a memory typed at a later
// step of a condolence is understood as being about the one who died, and
// that outside a condolence a death in the writer's own family does not
// turn the next message's "she" into them.
func TestDraftReadsLaterStepsAfterALoss(t *testing.T) {
	d := DraftDetails{Recipient: "Hana", Occasion: OccasionCondolence,
		Said: []string{"hana's grandad died on monday", "he used to take us sledging every winter"}}
	got := ComposeDraft(d, 0)
	if !strings.Contains(got, "him taking us sledging") || strings.Contains(got, "you used to") {
		t.Errorf("condolence draft = %q, want the memory said of him", got)
	}
	r := DraftDetails{Recipient: "Ros", Occasion: OccasionSilence,
		Said: []string{"my aunt ros, we havent spoken since my mum passed", "she used to bake me ginger biscuits"}}
	got = ComposeDraft(r, 0)
	if !strings.Contains(got, "ginger biscuits") || strings.Contains(strings.ToLower(got), "she used to") {
		t.Errorf("reconnect draft = %q, want the biscuits said to her", got)
	}
}

// TestDraftLeavesExcusesOutWhenAsked checks an apology asked, at a later
// step, to make no excuses.
func TestDraftLeavesExcusesOutWhenAsked(t *testing.T) {
	d := DraftDetails{Recipient: "Pim", Occasion: OccasionApology,
		Said: []string{"i missed pim's housewarming, my boss kept me late", "please no excuses"}}
	got := ComposeDraft(d, 0)
	if !strings.Contains(got, "housewarming") || strings.Contains(got, "boss") {
		t.Errorf("draft = %q, want the housewarming and no boss", got)
	}
}
