package compose

import (
	"strings"
	"testing"
)

// TestGroupDraftsCarryWhatWasSaid checks that a message to a group chat
// names the chat it wakes, puts a suggestion as one, asks how everyone
// is when that was the wish, and keeps news the whole group shares.
func TestGroupDraftsCarryWhatWasSaid(t *testing.T) {
	for _, tc := range []struct {
		said     string
		has, not []string
	}{
		{"the running club chat has been silent since autumn, want to wake it up and suggest a relay in april",
			[]string{"running club chat", "a relay in April?"}, []string{"wake it up", "silent since"}},
		{"my old orchestra group chat, want to say hi and ask how everyones getting on",
			[]string{"orchestra chat", "How is everyone doing?"}, []string{"say hi and", "everyones"}},
		{"darts lads chat went quiet, want to see if anyone fancies a curry night", []string{"darts chat", "a curry night"}, []string{"lads chat", "fancies"}},
		{"grandad turns 90 in july and i thought we could plan something", []string{"Grandad turns 90 in July", "plan something"}, []string{"Some news from me"}},
		{"can i suggest a new film night without being pushy", []string{"a new film night?"}, []string{"pushy", "can i"}},
	} {
		d := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse(tc.said, "", Group)})
		for _, h := range tc.has {
			if !strings.Contains(d, h) {
				t.Errorf("%q: draft %q lacks %q", tc.said, d, h)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(d, n) {
				t.Errorf("%q: draft %q contains %q", tc.said, d, n)
			}
		}
	}
}

// TestCountsOfAttemptsStayOut checks that how many times something
// happened is left out of what is said back.
func TestCountsOfAttemptsStayOut(t *testing.T) {
	for _, tc := range []struct {
		said string
		o    Occasion
		not  string
	}{
		{"she passed her theory test on the 3rd try", Congrats, "3rd try"},
		{"i cancelled on him last minute again", Apology, "last minute"},
		{"he failed his audition for the second time", HardTime, "second time"},
	} {
		d := Write(Spec{Occasion: tc.o, Name: "Sam", Details: Parse(tc.said, "Sam", tc.o)})
		if strings.Contains(d, tc.not) {
			t.Errorf("%q: draft %q keeps %q", tc.said, d, tc.not)
		}
	}
}
