package compose

import (
	"strings"
	"testing"
)

// An apology says the writer's reason once, and leaves out a verdict on
// themselves and what they already did about it.
func TestApologyReasonsOwnedOnce(t *testing.T) {
	for _, tc := range []struct {
		said  string
		has   []string
		never []string
	}{
		{"i missed her leaving drinks because my train got cancelled and i only rang her the day after. i feel like the worst friend ever",
			[]string{"train", "rang"}, []string{"worst friend", "Honestly, I only"}},
		{"i spilled red wine on his new rug. i've already apologised in person but i want to say it properly",
			[]string{"rug"}, []string{"already apologised"}},
	} {
		d := Write(Spec{Occasion: Apology, Name: "Ravi", Details: Parse(tc.said, "Ravi", Apology)})
		for _, h := range tc.has {
			if !strings.Contains(d, h) {
				t.Errorf("apology for %q = %q; lacks %q", tc.said, d, h)
			}
		}
		for _, n := range tc.never {
			if strings.Contains(d, n) {
				t.Errorf("apology for %q = %q; says %q", tc.said, d, n)
			}
		}
		if strings.Count(d, "Honestly") > 1 {
			t.Errorf("apology for %q = %q; more than one honestly", tc.said, d)
		}
	}
}

// "…but i don't want to get into that" keeps out what it points back at.
func TestNotGettingIntoWhatCameBefore(t *testing.T) {
	for _, tc := range []struct {
		occ   Occasion
		said  string
		keep  string
		never string
	}{
		{Apology, "i skipped his leaving do twice. my anxiety has been bad lately but i'd rather not go into that", "leaving do", "anxiety"},
		{Reconnect, "we fell out over money years ago. i don't want to drag any of that up, i'd just love to meet for lunch", "lunch", "money"},
	} {
		d := Write(Spec{Occasion: tc.occ, Name: "Ravi", Details: Parse(tc.said, "Ravi", tc.occ)})
		if !strings.Contains(d, tc.keep) || strings.Contains(strings.ToLower(d), tc.never) {
			t.Errorf("%s for %q = %q; want %q kept and %q left out", tc.occ, tc.said, d, tc.keep, tc.never)
		}
	}
}
