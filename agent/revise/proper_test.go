package revise

import (
	"strings"
	"testing"
)

// A detail added in plain lowercase words keeps a name's capital and the
// words English writes with capitals.
func TestSentenceWritesProperWords(t *testing.T) {
	for in, want := range map[string]string{
		"her boyfriend tomasz":                  "your boyfriend Tomasz",
		"his daughter ife":                      "your daughter Ife",
		"that i can look over his cv":           "CV",
		"that i'm learning spanish this summer": "Spanish",
		"her fiance rahul":                      "your fiancé Rahul",
	} {
		got := Sentence(in, "Dana", false)
		if !strings.Contains(got, want) {
			t.Errorf("Sentence(%q) = %q, want it to carry %q", in, got, want)
		}
	}
	// A word after who someone is that is no name stays as it was.
	if got := Sentence("her husband and kids", "Dana", false); strings.Contains(got, "And") {
		t.Errorf("Sentence = %q: a common word capitalised", got)
	}
}
