package compose

import (
	"strings"
	"testing"
)

// TestDanglingIt holds a clause of the writer's that ends on "it" for
// something told in another clause: named as the occasion when the
// occasion says what it is, left out when nothing does.
func TestDanglingIt(t *testing.T) {
	for _, tc := range []struct {
		said, name string
		o          Occasion
		has, not_  string
	}{
		{"grandpa is turning 85 next friday and i'm driving down for it", "Grandpa", Birthday, "for your 85th", "for it"},
		{"my cousin bea graduates in july, i've booked the day off for it", "Bea", Congrats, "for your graduation", "for it"},
		{"zain is getting married in may and i've bought a new suit for it", "Zain", Congrats, "the wedding", "for it"},
		{"rowan's band has a new album out and i've cleared my saturday for it", "Rowan", Thinking, "", "for it"},
	} {
		d := Write(Spec{Occasion: tc.o, Name: tc.name, Details: Parse(tc.said, tc.name, tc.o)})
		if tc.has != "" && !strings.Contains(d, tc.has) {
			t.Errorf("%q: draft lacks %q: %s", tc.said, tc.has, d)
		}
		if strings.Contains(d, tc.not_) {
			t.Errorf("%q: draft carries %q: %s", tc.said, tc.not_, d)
		}
	}
}

// TestPluralOwnerApostrophe holds a possessive of several people typed
// without its apostrophe: written with it in the draft, while the same
// words as subject and verb stay as they are.
func TestPluralOwnerApostrophe(t *testing.T) {
	for in, want := range map[string]string{
		"helped with my kids nativity":          "kids' nativity",
		"the twins first day went well":         "twins' first day",
		"at the childrens ward all week":        "children's ward",
		"booked the girls night out for friday": "girls' night out",
	} {
		if got := tidyWords(in); !strings.Contains(got, want) {
			t.Errorf("tidyWords(%q) = %q, want %q in it", in, got, want)
		}
	}
	for _, in := range []string{"the kids play outside every day", "the lads went home early"} {
		if got := tidyWords(in); strings.Contains(got, "'") {
			t.Errorf("tidyWords(%q) = %q, a subject read as an owner", in, got)
		}
	}
}
