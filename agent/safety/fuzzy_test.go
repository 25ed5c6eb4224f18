package safety

import "testing"

// A word typed without the g of its -ing ending reads as the -ing form.
func TestDroppedG(t *testing.T) {
	for _, c := range []struct{ text string }{
		{"my bf is cuttin himself again"},
		{"been hurtin myself again"},
	} {
		if r := Detect(c.text); !r.Crisis() {
			t.Errorf("Detect(%q) = %v, want a crisis", c.text, r.Situation)
		}
	}
	if w := Default().fuzzy.correct("cutin"); w != "cuting" {
		t.Errorf("correct(cutin) = %q, want cuting", w)
	}
}

// TestKeptWordIsNoDroppedG checks that a word kept as itself (keep:) is
// never read as an -ing form with its g dropped: the French "calin" (a
// hug) is not the English "calling".
func TestKeptWordIsNoDroppedG(t *testing.T) {
	if got := Default().fuzzy.correct("calin"); got != "calin" {
		t.Errorf("correct(calin) = %q, want calin", got)
	}
	if got := Detect("been hurtin myself again"); got.Situation != Self {
		t.Errorf("Detect(been hurtin myself again) = %v, want self", got.Situation)
	}
}
