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

// TestJustVentingIsHeard checks that "just needed to say it" after a hard
// story is taken as it is, and that a small step asked for next is about
// the story told before it.
func TestJustVentingIsHeard(t *testing.T) {
	for _, vent := range []string{"i'm fine, just needed to say it somewhere", "sorry for the rant lol", "just venting tbh"} {
		t.Run(vent, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "nobody at work talks to me, i eat lunch alone every day", "")
			got := allText(h.send("p", vent, ""))
			if !strings.Contains(got, "said it") || strings.Contains(got, "struggling") {
				t.Errorf("venting not taken as it is:\n%s", got)
			}
			next := allText(h.send("p", "what's a small thing i could try tomorrow", ""))
			if strings.Contains(next, "doesn't cover") || !strings.Contains(next, "hello") {
				t.Errorf("the small step is not about being alone at work:\n%s", next)
			}
		})
	}
}
