package agent_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestPrivacyInWords checks that questions about what is kept, asked in
// everyday words, are answered about what is kept, never from the guide:
// erasing asks to confirm, seeing it all says it in words (the data itself on asking to export it), and anything else says
// what is kept with both one tap away. The wordings are the project's own.
func TestPrivacyInWords(t *testing.T) {
	ag, st := newMemAgent(t, agent.Options{})
	for i, c := range []struct{ text, want string }{
		{"do you send my messages anywhere", "What I keep, and where"},
		{"is any of this going to a server somewhere", "What I keep, and where"},
		{"who else can read the stuff i tell you", "What I keep, and where"},
		{"how do i delete my stuff", "erase"},
		{"can u wipe everything you know about me pls", "erase"},
		{"can i see everything you have", "Here's what I keep about you"},
		{"show me all the data you've got on me", "Here's what I keep about you"},
		{"export my data please", `"person"`},
		{"will you forget everything if i close the app", "Nothing is forgotten on its own"},
		{"does it keep my stuff after i restart my laptop?", "Nothing is forgotten on its own"},
		{"what happens to all my drafts when i quit", "Nothing is forgotten on its own"},
		{"forget everything you know about me", "Are you sure"},
		{"can you delete my data", "Are you sure"},
	} {
		got := replyTo(t, ag, st, fmt.Sprintf("priv:%d", i), c.text)
		if strings.Contains(got, "From the guide") || strings.Contains(got, "guide I draw on") {
			t.Errorf("%q got a guide answer:\n%s", c.text, got)
			continue
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: got\n%s\nwant it to contain %q", c.text, got, c.want)
		}
	}
}

// TestPrivacyOnlyAboutWhatIsKept checks that a question the classifier may
// read as privacy but that speaks of neither the companion nor what the
// person told it ("what about online stuff, like discord servers?") is
// not answered with what the companion keeps.
func TestPrivacyOnlyAboutWhatIsKept(t *testing.T) {
	ag, st := newMemAgent(t, agent.Options{})
	for i, text := range []string{"what about online stuff, like discord servers?", "are discord servers safe for teens"} {
		if got := replyTo(t, ag, st, fmt.Sprintf("notpriv:%d", i), text); strings.Contains(got, "What I keep, and where") {
			t.Errorf("%q got the privacy card:\n%s", text, got)
		}
	}
}
