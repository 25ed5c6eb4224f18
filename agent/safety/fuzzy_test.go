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
