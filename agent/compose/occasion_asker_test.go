package compose

import "testing"

// Help asked of the companion with the writing is no call for support;
// help the writer needs from the recipient still is.
func TestAskerHelpIsNoSupport(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Occasion
	}{
		{"please i need help to write a message to my old school friend Petra, we lost contact years ago", Reconnect},
		{"i need some help wording this, my neighbour Ivo passed his citizenship test", Congrats},
		{"i need help with the kids this weekend, can you ask my sister", Support},
	} {
		if got := DetectOccasion(tc.text); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
