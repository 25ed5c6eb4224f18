package safety

import "testing"

// Someone who does not make the speaker feel a burden is a hope or a
// thanks, as an answer to "what would make the biggest difference"; feeling
// a burden oneself is still heard.
func TestNotMadeToFeelABurdenIsQuiet(t *testing.T) {
	for _, m := range []string{
		"people who dont make me feel like im a burden when i ask for stuff",
		"my aunt never once made me feel like a burden",
		"a friend who wont make me feel like a burden for needing help tbh",
	} {
		if r := Detect(m); r.Crisis() {
			t.Errorf("Detect(%q) = %v, want no crisis", m, r)
		}
	}
	for _, m := range []string{"honestly i just feel like a burden on everyone lately", "i am such a burden to my family"} {
		if r := Detect(m); !r.Crisis() {
			t.Errorf("Detect(%q) = %v, want a crisis reply", m, r)
		}
	}
}
