package agent

import "testing"

// TestSinceIsTheGap checks that how long something lasted ("for two
// years") gives way to how long it has been since.
func TestSinceIsTheGap(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"we lived on the same street for three years, it's been about six years now", "about six years"},
		{"we havent talked for three years, she was my boss for two years", "three years"},
		{"we worked together for 6 years", "6 years"},
		{"haven't spoken in 2 years", "2 years"},
	} {
		if got := draftSince(foldText(tc.text)); got != tc.want {
			t.Errorf("draftSince(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
