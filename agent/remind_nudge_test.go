package agent_test

import (
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// TestOnceNudgeComesOnce sets a one-off reminder in words and checks it
// comes at its time, once, and is then gone from the list.
func TestOnceNudgeComesOnce(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to call mum every sunday", "London", "can you nudge me to message Priya in like 3 days")
	// Friday 27 November 2026, 10:00 in London is 10:00 UTC.
	at := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	h.clock.now = at.Add(-time.Minute)
	if got := h.nudgeAll(quiet9to21); len(got) != 0 {
		t.Fatalf("before due: got %d replies", len(got))
	}
	h.clock.now = at.Add(time.Minute)
	got := h.nudgeAll(quiet9to21)
	if len(got) != 1 || !strings.Contains(got[0].Text, "Priya") {
		t.Fatalf("at due: got %+v, want one nudge about Priya", got)
	}
	h.clock.now = at.Add(8 * 24 * time.Hour)
	for _, r := range h.nudgeAll(agent.NudgePolicy{}) {
		if strings.Contains(r.Text, "Priya") {
			t.Errorf("the one-off came again: %q", r.Text)
		}
	}
	list := renderReplies(h.send("alex", "/contacts", ""))
	if strings.Contains(list, "once,") {
		t.Errorf("the list still shows the one-off:\n%s", list)
	}
}

// TestYearlyNudgeAheadAndOnTheDay checks a birthday is nudged three days
// ahead and on the day, and that the pause in words holds it.
func TestYearlyNudgeAheadAndOnTheDay(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to text Jess every month", "London", "her birthday is on 14 March")
	ahead := time.Date(2027, 3, 11, 10, 0, 0, 0, time.UTC)
	on := time.Date(2027, 3, 14, 10, 0, 0, 0, time.UTC)
	var texts []string
	for _, now := range []time.Time{ahead.Add(time.Minute), on.Add(time.Minute)} {
		h.clock.now = now
		for _, r := range h.nudgeAll(agent.NudgePolicy{}) {
			if strings.Contains(r.Text, "birthday") {
				texts = append(texts, r.Text)
			}
		}
	}
	if len(texts) != 2 || !strings.Contains(texts[0], "in 3 days") || !strings.Contains(texts[1], "Today is Jess's birthday") {
		t.Fatalf("birthday nudges: got %q, want one 3 days ahead and one on the day", texts)
	}

	h.setUp("pause reminders for jess")
	h.clock.now = time.Date(2028, 3, 14, 10, 1, 0, 0, time.UTC)
	for _, r := range h.nudgeAll(agent.NudgePolicy{}) {
		if strings.Contains(r.Text, "Jess") {
			t.Errorf("a paused contact was nudged: %q", r.Text)
		}
	}
}
