package revise

import (
	"strings"
	"testing"
)

// TestDropTakesItsEchoes drops the part that carried a piece of news: the
// reactions to it and the question about it go with it, and the rest
// stays.
func TestDropTakesItsEchoes(t *testing.T) {
	for _, tc := range []struct {
		text, part string
		keep, gone []string
	}{
		{"Hey Rafa! Congratulations on getting into the conservatory! You totally deserve it! I still think about our gig at the Blue Room. How are you celebrating?",
			"the conservatory", []string{"Hey Rafa", "Blue Room", "?"}, []string{"conservatory", "deserve", "celebrating"}},
		{"Hi Mina. I heard you got the flat in Kyoto. I'm so happy for you! The kids keep asking about your cat. Speak soon.",
			"kyoto", []string{"kids keep asking", "Speak soon"}, []string{"Kyoto", "happy for you"}},
	} {
		got, err := Apply(tc.text, Request{Kind: Drop, Detail: tc.part}, Context{})
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		for _, w := range tc.keep {
			if !strings.Contains(got, w) {
				t.Errorf("dropping %q from %q gave %q: lost %q", tc.part, tc.text, got, w)
			}
		}
		for _, w := range tc.gone {
			if strings.Contains(got, w) {
				t.Errorf("dropping %q from %q gave %q: %q is left", tc.part, tc.text, got, w)
			}
		}
	}
}
