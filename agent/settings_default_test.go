package agent_test

import (
	"strings"
	"testing"
)

// TestToneDefaultInWords checks that the tone drafts start with can be set
// in everyday words, comparatives included, and that asking what time it
// is for the person answers by their timezone, never with a decline.
func TestToneDefaultInWords(t *testing.T) {
	for _, c := range []struct{ text, tone string }{
		{"make drafts more casual by default", "casual"},
		{"i want my drafts to be warmer from now on", "warm"},
		{"can all my messages be funnier by default", "playful"},
		{"drafts should always be formal pls", "formal"},
	} {
		h := newHarness(t)
		if reply := renderReplies(h.send("alex", c.text, "")); !strings.Contains(reply, "Drafts will start "+c.tone) {
			t.Errorf("%q:\n%s\nwant drafts to start %s", c.text, reply, c.tone)
		}
		if s := renderReplies(h.send("alex", "/settings", "")); !strings.Contains(s, "Preferred tone for drafts:** "+c.tone) {
			t.Errorf("%q: settings after:\n%s", c.text, s)
		}
	}
	h := newHarness(t)
	h.setUp("I live in Lyon")
	reply := renderReplies(h.send("alex", "what time is it for me", ""))
	if !strings.Contains(reply, "Europe/Paris") || strings.Contains(reply, "outside what I can help") {
		t.Errorf("time for me:\n%s\nwant the time by the person's timezone", reply)
	}
}

// TestPlanDayMissed checks that a missed or skipped plan day, said in
// words while the plan runs, gets reassurance and today's step one tap
// away, never a guide paragraph or a reply about missing someone.
func TestPlanDayMissed(t *testing.T) {
	for _, text := range []string{"i missed a day last week is that bad", "can i skip today", "ugh i fell behind on the plan"} {
		h := newHarness(t)
		h.setUp("/plan", "Start today", "No daily messages")
		reply := renderReplies(h.send("alex", text, ""))
		if !strings.Contains(reply, "isn't a streak") || strings.Contains(reply, "miss them") || strings.Contains(reply, "From the guide") {
			t.Errorf("%q:\n%s\nwant reassurance about the plan", text, reply)
		}
	}
	h := newHarness(t)
	if reply := renderReplies(h.send("alex", "i missed a day of work yesterday", "")); strings.Contains(reply, "isn't a streak") {
		t.Errorf("with no plan running: %q", reply)
	}
}
