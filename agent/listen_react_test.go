package agent

import (
	"strings"
	"testing"
)

// TestSmalltalkHearsHowItWent checks that a message which already says how
// something went is answered for that, and good news said as a figure of
// speech is met gladly.
func TestSmalltalkHearsHowItWent(t *testing.T) {
	tests := []struct{ text, want, never string }{
		{"we just finished watching a movie where the main guy dies, i cried so much", "got to you|stayed with you", "How"},
		{"just got back from the gig, it was amazing", "lovely|nice to hear", "How was it"},
		{"just finished the escape room, honestly it was a disaster", "What happened|What went wrong", "lovely"},
		{"just got back from the gym", "How was it|how did it go", ""},
		{"just got back from my grans funeral, i cried so much", "so sorry", "moved"},
		{"i killed it at the presentation today", "Congratulations|Well done", "guide"},
		{"nailed my driving test this morning!!", "Congratulations|Well done", "guide"},
	}
	for _, tt := range tests {
		got := smalltalkText(tt.text, foldText(tt.text))
		if goodNews(tt.text) {
			got = goodNewsReply(tt.text)
		}
		ok := false
		for _, w := range strings.Split(tt.want, "|") {
			ok = ok || strings.Contains(got, w)
		}
		if !ok || tt.never != "" && strings.Contains(got, tt.never) {
			t.Errorf("%q: reply %q, want one of %q and never %q", tt.text, got, tt.want, tt.never)
		}
	}
}

// TestLowNotOnlyAboutPeople checks that a plain low feeling about work or
// a day is not told it is about people.
func TestLowNotOnlyAboutPeople(t *testing.T) {
	for _, text := range []string{"im alright, bit tired. work was rough", "had a crap day honestly", "my plant died and im kind of sad about it lol"} {
		line, k := lowNamed(text)
		if strings.Contains(line+k.step, "about people") {
			t.Errorf("%q: %q %q speaks of people", text, line, k.step)
		}
	}
}
