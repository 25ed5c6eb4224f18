package agent

import "testing"

// A gap told with the writer's unease about it is said as a long time; a
// gap told plainly, or how long something lasted, is kept.
func TestSoftGap(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"we haven't spoken in 4 years and honestly it feels so awkward now", "a long time"},
		{"we have not talked since 2018, kinda nervous he forgot me", "a long time"},
		{"it's been like 7 years, not sure she'd even remember me", "a long time"},
		{"it's been about 12 years since she taught me violin", "about 12 years"},
		{"we lived together for three years and it felt weird when she left", "for three years"},
	} {
		f := foldText(tc.text)
		if got := softGap(draftSince(f), f); got != tc.want {
			t.Errorf("softGap(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
