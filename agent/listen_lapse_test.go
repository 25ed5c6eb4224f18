package agent_test

import (
	"strings"
	"testing"
)

// TestSmallLapseInProportion answers a small slip towards someone (a
// birthday forgotten, a call missed) in proportion, never as a heavy
// guilt, and keeps the weight for what is bigger.
func TestSmallLapseInProportion(t *testing.T) {
	for _, c := range []struct {
		text  string
		small bool
	}{
		{"i completely forgot my cousin's birthday on monday, ugh", true},
		{"i missed my nan's call yesterday and feel bad", true},
		{"i feel so guilty, i haven't visited my aunt in the hospital for months", false},
	} {
		h := newHarness(t)
		first, _, _ := strings.Cut(renderReplies(h.send("alex", c.text, "")), "\n")
		heavy := strings.Contains(first, "heavy")
		light := strings.Contains(first, "happens to everyone") || strings.Contains(first, "Easily done")
		if c.small && (heavy || !light) || !c.small && light {
			t.Errorf("%q → %q (a small slip: %v)", c.text, first, c.small)
		}
	}
}
