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

// TestPlanCommandAtDayQuestion checks that the plan's own command, typed
// in other words at the day's question, acts rather than being kept as
// what the person noticed, and that the week asked for in words outside
// any question is shown too.
func TestPlanCommandAtDayQuestion(t *testing.T) {
	h := newHarness(t)
	h.setUp("/plan", "Start today", "No daily messages", "/plan")
	if asked := renderReplies(h.send("alex", "Mark it done", "")); !strings.Contains(asked, "?") {
		t.Fatalf("marking the day done asks nothing:\n%s", asked)
	}
	reply := renderReplies(h.send("alex", "show me the whole week", ""))
	if !strings.Contains(reply, "week at a glance") || strings.Contains(reply, "Thank you for writing that down") {
		t.Errorf("command at the day's question:\n%s\nwant the week shown", reply)
	}
	h = newHarness(t)
	h.setUp("/plan", "Start today", "No daily messages")
	if reply := renderReplies(h.send("alex", "show me the whole week", "")); !strings.Contains(reply, "week at a glance") {
		t.Errorf("the week asked for in words:\n%s", reply)
	}
}
