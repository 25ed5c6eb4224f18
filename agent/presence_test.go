package agent_test

import (
	"strings"
	"testing"
)

// TestPresenceCheck checks that asking whether the companion is still
// there gets a short "here", never the menu, and that a question about
// who reads the messages is still answered as one.
func TestPresenceCheck(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{"hey, u still around?", "is anybody there", "you awake rn", "r u busy atm?", "hi are you free to chat"} {
		person := "presence-" + string(rune('a'+i))
		h.send(person, "hello", "")
		rs := h.send(person, text, "")
		if len(rs) == 0 || !strings.Contains(strings.ToLower(rs[0].Text), "here") || len(rs[0].Choices) > 0 {
			t.Errorf("%q → %+v, want a short reply that says it is here, no choices", text, rs)
		}
	}
	h.send("presence-who", "hello", "")
	rs := h.send("presence-who", "is somebody there reading what i write", "")
	if len(rs) == 0 || !strings.Contains(rs[0].Text, "program") {
		t.Errorf("a question about who reads → %+v, want the answer about what the companion is", rs)
	}
}

// TestStepAwayOutsideFlow checks that a word of pausing said with nothing
// going on gets a short see-you, not "we're not in the middle of
// anything" and the menu.
func TestStepAwayOutsideFlow(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{"let's pause", "take a break", "continue later"} {
		person := "away-" + string(rune('a'+i))
		h.send(person, "hello", "")
		rs := h.send(person, text, "")
		if len(rs) == 0 || strings.Contains(rs[0].Text, "middle of anything") || len(rs[0].Choices) > 0 {
			t.Errorf("%q → %+v, want a short see-you with no menu", text, rs)
		}
	}
}

// TestPresenceWordsInAStory checks that "anyone here" or "someone around"
// inside a story of loneliness is heard as that, never answered as a
// check that the companion is there.
func TestPresenceWordsInAStory(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{
		"moved to leeds for work 3 months ago and i still dont really know anyone here",
		"i wish i had someone around on sundays",
	} {
		person := "story-" + string(rune('a'+i))
		rs := h.send(person, text, "")
		if len(rs) == 0 || strings.Contains(rs[0].Text, "What's on your mind") || strings.Contains(rs[0].Text, "Still here") {
			t.Errorf("%q → %+v, want it heard, not a presence answer", text, rs)
		}
	}
}
