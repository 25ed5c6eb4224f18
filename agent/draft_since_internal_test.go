package agent

import "testing"

// TestSinceIsTheGap checks that how long something lasted ("for two
// years") gives way to how long it has been since.
func TestSinceIsTheGap(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"we lived on the same street for three years, it's been about six years now", "about six years"},
		{"we havent talked for three years, she was my boss for two years", "three years"},
		{"we worked together for 6 years", "for 6 years"},
		{"we were in the same band for like five years", "for five years"},
		{"honestly its been like three years", "three years"},
		{"haven't spoken in 2 years", "2 years"},
	} {
		if got := draftSince(foldText(tc.text)); got != tc.want {
			t.Errorf("draftSince(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSinceLaterGapWins checks that a gap told in a later message wins
// over how long something lasted, told first.
func TestSinceLaterGapWins(t *testing.T) {
	first := draftSince(foldText("we rented a house together for four years in york"))
	later := draftSince(foldText("not spoken in ages"))
	if got := betterSince(first, later); got != "ages" {
		t.Errorf("betterSince(%q, %q) = %q, want ages", first, later, got)
	}
	if got := betterSince("two years", "for four years"); got != "two years" {
		t.Errorf("a gap gave way to a span: %q", got)
	}
}
