package agent_test

import (
	"strings"
	"testing"
)

// TestCareWritesToTheOneAtRisk checks that after a crisis reply about
// someone else, asking what to say or for help writing gives a message to
// that person (there for them, a plain question, an offer to talk), never
// the message asking for one's own support; that a revision keeps it so;
// and that writing to someone else, or for another occasion, is not it.
func TestCareWritesToTheOneAtRisk(t *testing.T) {
	for _, tc := range []struct{ crisis, ask, to string }{
		{"my flatmate Oksana said tonight she doesn't see the point in living", "what do i even say to her", "Oksana"},
		{"my little brother posted that he wants to end it all and i'm freaking out", "can u help me write him something", "your little brother"},
		{"i think my best mate is going to kill himself, he gave away his guitar", "ok help me message him", "your best mate"},
	} {
		h := newHarness(t)
		h.setUp("i live in dublin")
		h.send("alex", tc.crisis, "")
		reply := renderReplies(h.send("alex", tc.ask, ""))
		if !strings.Contains(reply, "send to "+tc.to) || !strings.Contains(reply, "ending your life") {
			t.Errorf("%q then %q:\n%s\nwant a message to %s that asks plainly", tc.crisis, tc.ask, reply, tc.to)
		}
		if strings.Contains(reply, "rough patch") || strings.Contains(reply, "not coping") || strings.Contains(reply, "What's the occasion") {
			t.Errorf("%q: the wrong message:\n%s", tc.ask, reply)
		}
		short := renderReplies(h.send("alex", "shorter", ""))
		if !strings.Contains(short, "safe right now") && !strings.Contains(short, "I'm here") {
			t.Errorf("shorter lost the message to them:\n%s", short)
		}
	}
	h := newHarness(t)
	h.setUp("i live in dublin")
	h.send("alex", "my friend says she wants to die", "")
	reply := renderReplies(h.send("alex", "help me write a birthday message to my aunt", ""))
	if strings.Contains(reply, "ending your life") {
		t.Errorf("a birthday message became the message to the one at risk:\n%s", reply)
	}
}
