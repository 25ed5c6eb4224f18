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

// TestYearlyLeadInWords checks that "remind me a week before" moves a
// birthday's first nudge to a week ahead, says so, and keeps the nudge on
// the day; a lead for one person leaves another's date as it was.
func TestYearlyLeadInWords(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to text Jess every month", "London", "her birthday is on 14 March", "my dad's birthday is on 20 march", "1")
	reply := renderReplies(h.send("alex", "can you remind me a week before jess's birthday", ""))
	if !strings.Contains(reply, "a week before Jess's birthday (14 March)") {
		t.Fatalf("reply: %q, want the week's lead said back", reply)
	}
	nudged := func(at time.Time) []string {
		h.clock.now = at
		var texts []string
		for _, r := range h.nudgeAll(agent.NudgePolicy{}) {
			if strings.Contains(r.Text, "birthday") {
				texts = append(texts, r.Text)
			}
		}
		return texts
	}
	if got := nudged(time.Date(2027, 3, 7, 10, 1, 0, 0, time.UTC)); len(got) != 1 || !strings.Contains(got[0], "Jess") || !strings.Contains(got[0], "in 7 days") {
		t.Errorf("a week ahead: got %q, want Jess's birthday in 7 days", got)
	}
	if got := nudged(time.Date(2027, 3, 11, 10, 1, 0, 0, time.UTC)); len(got) != 0 {
		t.Errorf("three days ahead: got %q, want nothing now the lead is a week", got)
	}
	if got := nudged(time.Date(2027, 3, 14, 10, 1, 0, 0, time.UTC)); len(got) != 1 || !strings.Contains(got[0], "Today is Jess's birthday") {
		t.Errorf("on the day: got %q", got)
	}
	if got := nudged(time.Date(2027, 3, 17, 10, 1, 0, 0, time.UTC)); len(got) != 1 || !strings.Contains(got[0], "in 3 days") {
		t.Errorf("dad's birthday: got %q, want the usual three days ahead", got)
	}
}
