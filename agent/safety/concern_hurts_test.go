package safety

import "testing"

// TestConcernHearsPlainHurts checks that the gentle check does not ask
// about suicide after a plain hurt — being left out, not asked along, not
// answered — in wordings not among the hurts it learns from
// (testdata/concern), while a crisis said in the same words of nobody and
// noticing still sounds like one.
func TestConcernHearsPlainHurts(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the concern model")
	}
	for _, s := range []string{
		"not a single person asked whether i'd like to tag along",
		"my friends booked a cottage for the bank holiday and i only heard about it after",
		"no one from my course asked if i wanted to grab a coffee",
		"didnt get asked to the barbecue, again",
		"my housemates ordered pizza and didnt check if i wanted any",
	} {
		if c := Concern(s); c >= ConcernThreshold {
			t.Errorf("Concern(%q) = %.3f, want below %.2f", s, c, ConcernThreshold)
		}
	}
	for _, s := range []string{
		"nobody would even notice if i was gone for good",
		"no one would miss me if i stopped existing",
	} {
		if c := Concern(s); c < 0.5 {
			t.Errorf("Concern(%q) = %.3f, want it to sound like a crisis", s, c)
		}
	}
}
