package revise

import "testing"

// TestMoreExcitementIsWarmer checks that asking for more excitement reads
// as warmer, and asking for less as cooler.
func TestMoreExcitementIsWarmer(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Kind
	}{
		{"more excited pls", Warmer},
		{"can it sound more enthusiastic", Warmer},
		{"make it more hyped!!", Warmer},
		{"a bit more upbeat", Warmer},
		{"happier please", Warmer},
		{"too excited", Cooler},
		{"less enthusiastic", Cooler},
	} {
		r, ok := Parse(c.in)
		if !ok || r.Kind != c.want {
			t.Errorf("Parse(%q) = %v %v, want %v", c.in, r.Kind, ok, c.want)
		}
	}
}
