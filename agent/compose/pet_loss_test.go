package compose

import (
	"strings"
	"testing"
)

// TestLossSaidAsTheirs checks that a loss told as someone's of the
// writer's is said to them as theirs, and that a pet named anywhere in
// what was said is named.
func TestLossSaidAsTheirs(t *testing.T) {
	for _, tc := range []struct {
		said, name string
		has, not   string
	}{
		{"my flatmate's rabbit died. the rabbit was called Clover", "Yusuf", "Clover", "flatmate's"},
		{"my girlfriends grandad died last night", "Imani", "your grandad", "girlfriend"},
		{"our neighbours dog Bramble had to be put down", "Ilse", "Bramble", "put down"},
		{"his old spaniel died on sunday, toffee, he had her 12 years", "Kwabena", "Toffee", "died on sunday"},
	} {
		d := Write(Spec{Occasion: Condolence, Name: tc.name, Details: Parse(tc.said, tc.name, Condolence)})
		if !strings.Contains(d, tc.has) || strings.Contains(d, tc.not) {
			t.Errorf("%q: draft %q; want %q in it and not %q", tc.said, d, tc.has, tc.not)
		}
	}
}
