package agent

import (
	"testing"

	"github.com/companion-dev/companion/agent/people"
)

// TestNamesSomeoneFirst reads who at the question of who when the answer
// says who first and more after, or names a group by its size.
func TestNamesSomeoneFirst(t *testing.T) {
	for _, s := range []string{
		"it's for dami, my cousin's girlfriend. we've only met a few times but she always brings cake",
		"the running club chat - about 20 of us, mostly from work",
		"my old uni house, there are six of us",
		"mr adebayo, my son's football coach. he drives the minibus every saturday",
	} {
		if !namesSomeone(s, foldText(s)) {
			t.Errorf("namesSomeone(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"honestly i feel so flat today, nothing is going right and i can't be bothered", "why would you ask that?"} {
		if namesSomeone(s, foldText(s)) {
			t.Errorf("namesSomeone(%q) = true, want false", s)
		}
	}
}

// TestDeedNames puts what was done on someone new only when the words say
// it was them.
func TestDeedNames(t *testing.T) {
	aunt := people.Find("my aunt carol")
	dad := people.Find("my dad")
	for _, tc := range []struct {
		text string
		p    people.Person
		want bool
	}{
		{"no it was my aunt carol who sent it", aunt, true},
		{"carol was the one who sent it", aunt, true},
		{"things were hard after him and my dad fell out but he was the one who taught me to swim", dad, false},
	} {
		if got := deedNames(foldText(tc.text), tc.p); got != tc.want {
			t.Errorf("deedNames(%q, %v) = %v, want %v", tc.text, tc.p, got, tc.want)
		}
	}
}
