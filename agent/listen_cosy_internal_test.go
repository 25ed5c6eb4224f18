package agent

import (
	"strings"
	"testing"
)

// TestCosyWeatherIsGlad checks that bad weather spent in comfort is
// answered gladly, and bad weather alone or with a complaint is not.
func TestCosyWeatherIsGlad(t *testing.T) {
	for _, text := range []string{
		"snowing outside, curled up with a book and hot chocolate",
		"raining all day so its soup and a film on the sofa",
	} {
		got := strings.ToLower(smalltalkText(text, foldText(text)))
		if !strings.Contains(got, "cosy") && !strings.Contains(got, "perfect") && !strings.Contains(got, "lovely") {
			t.Errorf("%q: %q, want it answered gladly", text, got)
		}
	}
	for _, text := range []string{
		"its pouring and i got soaked on the way in",
		"freezing cold and the heating broke, worst day, stuck under a blanket",
	} {
		got := strings.ToLower(smalltalkText(text, foldText(text)))
		if strings.Contains(got, "cosy") || strings.Contains(got, "perfect") {
			t.Errorf("%q: %q, answered as a cosy time", text, got)
		}
	}
}
