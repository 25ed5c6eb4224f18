package revise

import (
	"strings"
	"testing"
)

// TestWarmerReadsTheMomentNotATimeMarker checks that a graduation named
// only as when two people last spoke does not make a reconnecting draft a
// celebration: "warmer" adds warmth, never "so happy for you" or "proud
// of you"; a graduation that is the news still celebrates.
func TestWarmerReadsTheMomentNotATimeMarker(t *testing.T) {
	for i, in := range []string{
		"Hi Kez! It's been a long time since graduation, and I've been thinking about you. How have you been?",
		"Hey Bo, we haven't really talked since our graduation party. How are things with you?",
	} {
		out, err := Apply(in, Request{Kind: Warmer}, Context{Seed: i})
		if err != nil {
			t.Fatalf("Apply(%q): %v", in, err)
		}
		for _, bad := range []string{"happy for you", "proud of you", "made my day"} {
			if strings.Contains(out, bad) {
				t.Errorf("warmer on %q gave %q, which says %q", in, out, bad)
			}
		}
	}
	if m := moodOf(draft{body: []string{"Congratulations on your graduation, Ana!"}}); m != moodCelebrate {
		t.Errorf("a graduation that is the news reads as %v, want a celebration", m)
	}
}
