package agent_test

import (
	"strings"
	"testing"
	"time"
)

// TestFlatMoodAlone: a flat mood said in a word or two is met as a low
// moment, with a question and a gentle step, never nodded at.
func TestFlatMoodAlone(t *testing.T) {
	h := newHarness(t)
	for i, msg := range []string{"blah", "honestly just meh today", "not great tbh", "so so", "kinda bleh lately"} {
		reply, labels := freshReply(h, "flat"+strings.Repeat("x", i), msg)
		if !strings.Contains(reply, "?") || len(labels) == 0 || len(labels) > 3 {
			t.Errorf("%q: %q %v, want a question and one gentle step", msg, reply, labels)
		}
		for _, bad := range []string{"nice.", "sounds good", "lovely", "fair enough"} {
			if strings.Contains(reply, bad) {
				t.Errorf("%q: %q nods at a flat mood (%q)", msg, reply, bad)
			}
		}
	}
}

// TestOwnDayFewMarked: a birthday only a handful marked is wished and
// the sting heard, and nobody named in it is written to.
func TestOwnDayFewMarked(t *testing.T) {
	h := newHarness(t)
	for i, msg := range []string{
		"had my birthday on saturday, three people texted and one was the gym lol",
		"it was my bday yesterday and just two friends messaged",
	} {
		reply, _ := freshReply(h, "bday"+strings.Repeat("x", i), msg)
		if !strings.Contains(reply, "birthday") || !strings.Contains(reply, "sting") && !strings.Contains(reply, "hurt") {
			t.Errorf("%q: %q, want it wished and the sting heard", msg, reply)
		}
		if startsDraft(reply) || strings.Contains(reply, "nobody marked") {
			t.Errorf("%q: %q, want no draft and no \"nobody\" when a few did", msg, reply)
		}
	}
}

// TestHelloNoMenuAgain: a hello just after the menu, or a wish for the
// part of the day, is greeted back with a question, not the menu again.
func TestHelloNoMenuAgain(t *testing.T) {
	h := newHarness(t)
	h.send("wave", "/help", "")
	for _, msg := range []string{"hey there", "good evening!", "morning 🌤"} {
		rs := h.send("wave", msg, "")
		if len(rs) != 1 || len(rs[0].Choices) > 0 || !strings.HasSuffix(rs[0].Text, "?") || !strings.HasPrefix(rs[0].Text, "Hi") {
			t.Errorf("%q: %+v, want a greeting with a question and no menu", msg, rs)
		}
	}
}

// TestHelloLaterGetsMenu: a hello long after the menu was last shown gets
// the menu again.
func TestHelloLaterGetsMenu(t *testing.T) {
	h := newHarness(t)
	h.send("back", "/help", "")
	h.clock.now = h.clock.now.Add(30 * time.Hour)
	rs := h.send("back", "hey", "")
	if len(rs) != 1 || len(rs[0].Choices) < 4 {
		t.Errorf("hello a day later: %+v, want the menu", rs)
	}
}
