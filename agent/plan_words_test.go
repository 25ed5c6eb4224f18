package agent_test

import (
	"strings"
	"testing"
)

// TestPlanInWords starts the plan, then says one thing about it in many
// wordings and checks the reply.
func TestPlanInWords(t *testing.T) {
	tests := []struct {
		say, reply string
	}{
		{"stop the plan", "I've stopped the plan"},
		{"cancel the plan pls", "I've stopped the plan"},
		{"i want to quit the 7 day challenge", "I've stopped the plan"},
		{"no more daily messages", "no more daily plan messages"},
		{"i don't want the daily messages anymore", "no more daily plan messages"},
		{"stop sending me the daily steps", "no more daily plan messages"},
		{"pause the plan", "The plan is paused"},
		{"can we pause the challenge for a bit", "The plan is paused"},
		{"skip to day 3", "Day 3 of 7"},
		{"can I do day 2 now?", "Day 2 of 7"},
		{"jump to day 5", "Day 5 of 7"},
		{"let me do day 4 today", "Day 4 of 7"},
		{"what's tomorrow?", "Day 2 of 7: **Reach out**"},
		{"whats day 6", "Day 6 of 7"},
		{"show me day 3 of the plan", "Day 3 of 7"},
		{"can you stop the daily messages but keep the plan", "no more daily plan messages"},
		{"no daily texts pls, i'll keep doing the plan myself", "no more daily plan messages"},
		{"turn off the daily reminders, i still want to do the challenge", "no more daily plan messages"},
		{"what do i do today", "Day 1 of 7"},
		{"whats todays task", "Day 1 of 7"},
		{"what am i supposed to be doing today?", "Day 1 of 7"},
		{"done!", "Yes, mark day 1 done"},
		{"did it 🎉", "Yes, mark day 1 done"},
		{"all done", "Yes, mark day 1 done"},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London")
			reply := renderReplies(h.send("alex", tt.say, ""))
			if !strings.Contains(reply, tt.reply) {
				t.Errorf("reply to %q:\n%s\nwant it to contain %q", tt.say, reply, tt.reply)
			}
			if strings.Contains(reply, "From the guide") {
				t.Errorf("reply to %q is a guide paragraph:\n%s", tt.say, reply)
			}
		})
	}
}

// TestPlanNoDailyMessages: every way of saying no to the daily messages
// at the plan's first question means none, and no time is set.
func TestPlanNoDailyMessages(t *testing.T) {
	for _, say := range []string{"3", "No daily messages", "no thanks", "none", "no daily messages please", "dont send me anything daily", "nope"} {
		t.Run(say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("/plan", "choice:plan:start")
			reply := renderReplies(h.send("alex", say, ""))
			if !strings.Contains(reply, "No daily messages, then") {
				t.Errorf("reply to %q:\n%s\nwant no daily messages", say, reply)
			}
			if due := h.due(farFuture); len(due) != 0 {
				t.Errorf("after %q: %d reminders scheduled, want none", say, len(due))
			}
		})
	}
}

// TestPlanDayDoneAndWhereItStands checks a day's step said done by its
// number, ahead of the calendar too, and where the plan stands asked in
// words, at the question after a step as much as with nothing going on.
func TestPlanDayDoneAndWhereItStands(t *testing.T) {
	h := newHarness(t)
	h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London")
	reply := renderReplies(h.send("alex", "finished day 1 :)", ""))
	if !strings.Contains(reply, "Day 1 done") {
		t.Fatalf("day 1 said done:\n%s", reply)
	}
	reply = renderReplies(h.send("alex", "wait which day am i on now", ""))
	if !strings.Contains(reply, "Day 1 of 7 — 1 done so far") {
		t.Errorf("where it stands, asked at the question after a step:\n%s", reply)
	}
	reply = renderReplies(h.send("alex", "honestly i already did the day 2 one yesterday, day 2 is done", ""))
	if !strings.Contains(reply, "Day 2 done") {
		t.Errorf("day 2 said done ahead of the calendar:\n%s", reply)
	}
	h.send("alex", "", "plan:skipnote")
	reply = renderReplies(h.send("alex", "how many days are left?", ""))
	if !strings.Contains(reply, "2 done so far") {
		t.Errorf("how many days are left:\n%s", reply)
	}
	week := renderReplies(h.send("alex", "", "plan:week"))
	if !strings.Contains(week, "Day 2: Reach out** ✓") {
		t.Errorf("the week does not show day 2 done:\n%s", week)
	}
	for _, not := range []string{"i did a lot today", "day 3 of my diet is done lol"} {
		h := newHarness(t)
		h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London")
		if reply := renderReplies(h.send("alex", not, "")); strings.Contains(reply, "Day 3 done") {
			t.Errorf("%q marked a plan day:\n%s", not, reply)
		}
	}
}
