package agent

import "testing"

// TestStanceBesideSaysNothingTwice checks that a stance whose words the
// passage says again is cut to its yes or no, and that other stances stay
// whole.
func TestStanceBesideSaysNothingTwice(t *testing.T) {
	for _, c := range []struct{ stance, passage, want string }{
		{"No, it is far less weird than it feels.", "Texting after a long silence is far less weird than it feels.", "No."},
		{"Yes, once is fine; more than that starts to feel like pressure.", "A second message is fine, once.", "Yes, once is fine; more than that starts to feel like pressure."},
		{"It depends.", "Some people like calls.", "It depends."},
		{"No, not before you have told them.", "Tell them first, kindly.", "No, not before you have told them."},
	} {
		if got := stanceBeside(c.stance, c.passage); got != c.want {
			t.Errorf("stanceBeside(%q) = %q, want %q", c.stance, got, c.want)
		}
	}
}
