package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// lastReply is the text and choices of the last of replies.
func lastReply(t *testing.T, rs []agent.Reply) agent.Reply {
	t.Helper()
	if len(rs) == 0 {
		t.Fatal("no reply")
	}
	return rs[len(rs)-1]
}

// TestSorryForADeathFirst checks that a death told while drafting is met
// with sympathy once, before anything about the message, and that the
// feels offered for it are quiet ones. (A friend's loss told with no
// message asked for is heard first: TestFriendsLossHeardFirst.)
func TestSorryForADeathFirst(t *testing.T) {
	for _, msg := range []string{
		"help me text my mate joel, he lost his grandad on friday",
		"need to write something to amira, her mum passed away",
		"kev's cat died last night, he's gutted",
	} {
		h := newHarness(t)
		r := lastReply(t, h.send("u", msg, ""))
		if !strings.HasPrefix(r.Text, "I'm so sorry") {
			t.Errorf("%q: reply %q does not open with sympathy", msg, r.Text)
		}
		if strings.Count(r.Text, "sorry") != 1 {
			t.Errorf("%q: sympathy said more than once in %q", msg, r.Text)
		}
		for _, c := range r.Choices {
			if c.Label == "Playful" {
				t.Errorf("%q: a playful feel offered for a death", msg)
			}
		}
		if next := lastReply(t, h.send("u", "warm", "")); strings.Contains(next.Text, "sorry to hear") {
			t.Errorf("%q: sympathy said again at the next step: %q", msg, next.Text)
		}
	}
	h := newHarness(t)
	r := lastReply(t, h.send("u", "help me write to my cousin priya, just thinking of her", ""))
	if strings.Contains(r.Text, "sorry") {
		t.Errorf("sympathy offered where nothing sad was told: %q", r.Text)
	}
}
