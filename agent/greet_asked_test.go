package agent_test

import (
	"strings"
	"testing"
)

// TestGreetingAskingAfter checks that a hello that also asks after the
// companion in other words than "how are you" is answered as small talk,
// never with the menu.
func TestGreetingAskingAfter(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{"hii, what's happening with you", "hey hey, how have you been", "morning! whats good"} {
		c := outsideCase{kind: "chat", text: text, mustNot: [][]string{{"what would you like to do", "draft a message"}}}
		if bad := outsideProblemsFor(h, "asked"+strings.Repeat("x", i), c); len(bad) > 0 {
			t.Errorf("%q: %s", text, strings.Join(bad, ", "))
		}
	}
}
