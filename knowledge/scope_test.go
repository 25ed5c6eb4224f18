package knowledge

import "testing"

// The model of the guide's scope learns from the question sets what the
// guide does not cover: a speech at a wedding, a proposal or a toddler's
// sleep reads as outside, a question about a quiet friend as inside, and with no
// set learned from nothing is outside.
func TestOutsideTellsScope(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	inside := []string{
		"my friend hasnt answered my texts in two weeks, should i message again",
		"how do i make friends after moving to a new town",
		"i always feel left out when my friends make plans",
	}
	outside := []string{
		"help me write a funny speech for my sisters wedding",
		"how should i propose to my girlfriend",
		"tips to get my toddler to sleep through the night",
	}
	for _, q := range inside {
		if p := kb.Outside(q); p >= 0.5 {
			t.Errorf("Outside(%q) = %.2f, want under 0.5", q, p)
		}
	}
	for _, q := range outside {
		if p := kb.Outside(q); p < 0.5 {
			t.Errorf("Outside(%q) = %.2f, want at least 0.5", q, p)
		}
	}
	none, err := Load(Options{Asked: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	if p := none.Outside(outside[0]); p != 0 {
		t.Errorf("with no question set learned from, Outside = %.2f, want 0", p)
	}
}
