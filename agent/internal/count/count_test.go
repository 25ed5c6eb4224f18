package count

import (
	"regexp"
	"testing"
)

func TestValue(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"7", 7, true}, {"seven", 7, true}, {"Nine", 9, true}, {"seventeen", 17, true},
		{"twenty", 20, true}, {"twenty-five", 25, true}, {"thirty one", 31, true}, {"a", 1, true},
		{"several", 0, false}, {"twentyish", 0, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := Value(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Value(%q) = %d, %v, want %d, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestWords(t *testing.T) {
	re := regexp.MustCompile(`(?i)^` + Words + ` years$`)
	for _, s := range []string{"six years", "Eight years", "seventeen years", "forty-two years", "twenty five years", "12 years"} {
		if !re.MatchString(s) {
			t.Errorf("%q is not read as a count", s)
		}
	}
	for _, s := range []string{"several years", "few years"} {
		if re.MatchString(s) {
			t.Errorf("%q is read as a count", s)
		}
	}
}
