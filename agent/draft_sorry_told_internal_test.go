package agent

import "testing"

// TestSorryToldIsNoSlip checks that a sorry saying what for, typed while a
// draft is under way, is what the message says, never a word taken back,
// while "sorry, I meant…" still changes the occasion.
func TestSorryToldIsNoSlip(t *testing.T) {
	for _, text := range []string{"so sorry i skipped his graduation", "sorry for forgetting our lunch"} {
		if o := otherOccasion(text, DraftDetails{}); o != "" {
			t.Errorf("otherOccasion(%q) = %q, want no change of mind", text, o)
		}
	}
	if o := otherOccasion("sorry i meant a thank you", DraftDetails{Occasion: OccasionApology}); o != OccasionThanks {
		t.Errorf("a slip taken back gives %q, want %q", o, OccasionThanks)
	}
}
