package agent_test

import (
	"strings"
	"testing"
)

// TestDoubtAfterAStory checks that "is it me?" after telling a hard story
// is answered by the companion itself, never declined as outside the guide.
func TestDoubtAfterAStory(t *testing.T) {
	for _, tc := range []struct{ story, doubt string }{
		{"my friends from uni barely reply anymore and im always the one texting first", "is it me"},
		{"everyone in the office went for drinks friday and nobody invited me", "am i the problem"},
		{"i feel so lonely since i moved here, weekends are the worst", "whats wrong with me"},
	} {
		t.Run(tc.doubt, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", tc.story, "")
			got := allText(h.send("p", tc.doubt, ""))
			if strings.Contains(got, "doesn't cover") || strings.Contains(got, "From the guide") {
				t.Fatalf("%q after the story was sent to the guide:\n%s", tc.doubt, got)
			}
			if !strings.Contains(got, "?") && !strings.Contains(strings.ToLower(got), "not") {
				t.Errorf("no answer to the doubt:\n%s", got)
			}
		})
	}
}
