package listen

import "testing"

// TestDeniedPride: pride said not to be felt is the guilt it tells of;
// pride said plainly, or another feeling, stays as it is.
func TestDeniedPride(t *testing.T) {
	for _, tt := range []struct {
		answer, in, want string
	}{
		{"i ghost people for weeks, not proud of it", "pride", "guilt"},
		{"hardly my proudest moment, i forgot her birthday", "pride", "guilt"},
		{"nothing to be proud of, i just left it", "pride", "guilt"},
		{"so proud of my sister for finishing the marathon", "pride", "pride"},
		{"not proud of it, and i'm worried she's upset", "worry", "worry"},
	} {
		if got := deniedPride(tt.answer, Feeling{Label: tt.in}).Label; got != tt.want {
			t.Errorf("deniedPride(%q, %s) = %s, want %s", tt.answer, tt.in, got, tt.want)
		}
	}
}
