package safety

import "testing"

// TestBurdenFeltByOthers checks that making someone else feel like a
// burden, wanted or feared, is no risk to the speaker, while the speaker
// feeling like one still is, in the same message too.
func TestBurdenFeltByOthers(t *testing.T) {
	tests := []situationCase{
		{"that i dont make them feel like a burden when they ask for help", None},
		{"i try hard never to make my dad feel like a burden since his stroke", None},
		{"how do i visit my gran without making her feel like she is a burden", None},
		{"i feel like a burden to all of them", Self},
		{"i make my friends feel like a burden and honestly im a burden too", Self},
	}
	checkSituations(t, tests)
}
