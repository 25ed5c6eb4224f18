package agent

import "testing"

// TestLowKindsInOtherWords checks that a feeling told without its usual
// words is named as that feeling: not being asked along or kept at the
// edge is being left out, a life gone quiet of people is loneliness, and
// none of them is read into a plain day.
func TestLowKindsInOtherWords(t *testing.T) {
	for _, tc := range []struct{ text, kind string }{
		{"my flatmates go to the pub every week and they never once invite me to come", "left out"},
		{"no one even asks me along anymore", "left out"},
		{"i always seem to be on the fringes of the group at work", "left out"},
		{"with the book club i'm there but never really part of it", "left out"},
		{"since retiring the evenings have been so quiet", "lonely"},
		// A phone that never rings is the scene of loneliness
		// (listen_scene.go), heard before the word for it.
		{"most of my old mates have passed away and the phone hardly ever rings", "lonely scene"},
	} {
		k, ok := findLow(tc.text)
		if !ok || k.name != tc.kind {
			t.Errorf("%q: kind %q (found %v), want %q", tc.text, k.name, ok, tc.kind)
		}
	}
	for _, text := range []string{
		"asked my sister along to the cinema, she said yes",
		"the library is so quiet on sundays, perfect for reading",
		"i'm the one on the edge of my seat for the final",
	} {
		if k, ok := findLow(text); ok && (k.name == "left out" || k.name == "lonely") {
			t.Errorf("%q: read as %q", text, k.name)
		}
	}
}

// TestChildLeftIsLeavingHome checks that a child gone off to study or
// moved out is named as leaving home, and a child going to work is not.
func TestChildLeftIsLeavingHome(t *testing.T) {
	for _, text := range []string{
		"our eldest went off to uni on saturday",
		"both my kids have moved out now",
	} {
		if !reChildLeft.MatchString(foldText(text)) {
			t.Errorf("%q: not read as a child leaving home", text)
		}
	}
	for _, text := range []string{
		"my daughter leaves for school at 8",
		"my son went to the college open day",
	} {
		if reChildLeft.MatchString(foldText(text)) {
			t.Errorf("%q: read as a child leaving home", text)
		}
	}
}
