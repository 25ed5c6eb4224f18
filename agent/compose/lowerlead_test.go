package compose

import "testing"

// A memory said as how it was keeps a pronoun lowered after "how".
func TestLowerLead(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"We moved away in the spring", "we moved away in the spring"},
		{"Our dog chased your cat", "our dog chased your cat"},
		{"Marta sang at the wedding", "Marta sang at the wedding"},
		{"I fell in the river", "I fell in the river"},
	} {
		if got := lowerLead(tc.in); got != tc.want {
			t.Errorf("lowerLead(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
