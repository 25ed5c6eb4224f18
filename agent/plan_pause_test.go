package agent_test

import (
	"strings"
	"testing"
	"time"
)

// planDue is when the plan's next daily message is due, zero when none is.
func planDue(h *harness) time.Time {
	for _, e := range h.due(farFuture) {
		if e.Reminder == "plan" {
			return e.At
		}
	}
	return time.Time{}
}

// TestPlanPauseUntil: a pause said with a length or an end day holds the
// plan until then, says when it comes back, and the daily message and the
// day reached come back that day on their own.
func TestPlanPauseUntil(t *testing.T) {
	// The harness starts on Tuesday 24 November 2026, in London.
	tests := []struct {
		say, until string
		resume     time.Time
	}{
		{"pause the plan for a week", "Tuesday 1 December", time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)},
		{"can we freeze the challenge for 3 days", "Friday 27 November", time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)},
		{"hold the plan till monday", "Monday 30 November", time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)},
		{"put my plan on hold until 2 december", "Wednesday 2 December", time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)},
		{"i need a break from the 7 day plan for two weeks", "Tuesday 8 December", time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)},
		{"gonna take a week off the plan", "Tuesday 1 December", time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London", "choice:plan:done", "choice:plan:skipnote")
			reply := renderReplies(h.send("alex", tt.say, ""))
			if !strings.Contains(reply, "paused until "+tt.until) {
				t.Fatalf("reply to %q:\n%s\nwant it paused until %s", tt.say, reply, tt.until)
			}
			if got := planDue(h); !got.Equal(tt.resume) {
				t.Errorf("after %q the plan's next message is due %v, want %v", tt.say, got, tt.resume)
			}
			// The day before it ends, the plan still stands on day 2 and
			// says it is paused.
			h.clock.now = tt.resume.Add(-24 * time.Hour)
			shown := renderReplies(h.send("alex", "/plan", ""))
			if !strings.Contains(shown, "Day 2 of 7") || !strings.Contains(shown, "paused until") {
				t.Errorf("/plan during the pause:\n%s\nwant day 2, paused", shown)
			}
			// On the day, the message comes and it is day 2 again, not a
			// day for each that went by.
			h.clock.now = tt.resume.Add(time.Minute)
			got := h.nudgeAll(quiet9to21)
			if len(got) != 1 || !strings.Contains(got[0].Text, "Day 2 of 7") {
				t.Fatalf("on the day the pause ends: got %+v, want the day 2 message", got)
			}
			if shown := renderReplies(h.send("alex", "/plan", "")); strings.Contains(shown, "paused") {
				t.Errorf("/plan after the pause still says it is paused:\n%s", shown)
			}
		})
	}
}

// TestPlanPauseResumeSooner: "resume the plan" ends a pause with an end
// day before that day.
func TestPlanPauseResumeSooner(t *testing.T) {
	h := newHarness(t)
	h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London", "pause the plan for two weeks")
	h.clock.now = h.clock.now.Add(48 * time.Hour)
	reply := renderReplies(h.send("alex", "ok resume the plan please", ""))
	if !strings.Contains(reply, "back on") {
		t.Fatalf("resume during a pause:\n%s\nwant it back on", reply)
	}
	if got, want := planDue(h), time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("after resuming the next message is due %v, want %v", got, want)
	}
}

// TestPlanRestart: starting over in words, once confirmed (progress made
// would be cleared), goes back to day 1 today with nothing done, and keeps
// the hour of the daily message.
func TestPlanRestart(t *testing.T) {
	for _, say := range []string{"restart the plan", "start the plan over", "can i do the 7 day plan again from day one",
		"i want to start my challenge from scratch", "start the plan again"} {
		t.Run(say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London", "choice:plan:done", "choice:plan:skipnote")
			h.clock.now = h.clock.now.Add(72 * time.Hour)
			asked := renderReplies(h.send("alex", say, ""))
			if !strings.Contains(asked, "Start over from day 1?") || !strings.Contains(asked, "1 of 7 days done") || strings.Contains(asked, "again") {
				t.Fatalf("reply to %q:\n%s\nwant the progress named and a question before anything is cleared", say, asked)
			}
			reply := renderReplies(h.send("alex", "yes please", ""))
			if !strings.Contains(reply, "day 1 of 7 again") || !strings.Contains(reply, "09:00") {
				t.Fatalf("yes to starting over after %q:\n%s\nwant the plan from day 1 with its hour", say, reply)
			}
			shown := renderReplies(h.send("alex", "/plan", ""))
			if !strings.Contains(shown, "Day 1 of 7") || strings.Contains(shown, "done so far") {
				t.Errorf("/plan after %q:\n%s\nwant day 1 with nothing done", say, shown)
			}
			if got, want := planDue(h), time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC); !got.Equal(want) {
				t.Errorf("after %q the next message is due %v, want %v", say, got, want)
			}
		})
	}
}

// TestPlanRestartDeclinedKeepsProgress: "no" to starting over leaves the
// days done as they were; a plan with nothing yet done starts over unasked.
func TestPlanRestartDeclinedKeepsProgress(t *testing.T) {
	h := newHarness(t)
	h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London", "choice:plan:done", "choice:plan:skipnote")
	h.send("alex", "reset my plan", "")
	if reply := renderReplies(h.send("alex", "nah", "")); !strings.Contains(reply, "progress stays") {
		t.Fatalf("no to starting over:\n%s\nwant the progress kept", reply)
	}
	if shown := renderReplies(h.send("alex", "/plan", "")); !strings.Contains(shown, "done so far") {
		t.Errorf("/plan after keeping the progress:\n%s\nwant day 1 still marked done", shown)
	}

	fresh := newHarness(t)
	fresh.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London")
	if reply := renderReplies(fresh.send("alex", "restart the plan", "")); !strings.Contains(reply, "day 1 of 7 again") {
		t.Errorf("restart with nothing done:\n%s\nwant it to start over without asking", reply)
	}
}

// TestPlanWeekInWords: the whole week asked for in plain words shows all
// seven days, not today's step.
func TestPlanWeekInWords(t *testing.T) {
	for _, say := range []string{"show me the week", "can i see all the days", "list the steps please", "show me the 7 days of the plan"} {
		h := newHarness(t)
		h.setUp("/plan", "choice:plan:start", "choice:remind:planat:9", "London")
		if reply := renderReplies(h.send("alex", say, "")); !strings.Contains(reply, "week at a glance") || !strings.Contains(reply, "Day 7") {
			t.Errorf("%q:\n%s\nwant the week at a glance", say, reply)
		}
	}
}

// TestPlanStartedInWords: asked to start in so many words, the plan
// starts (saying what it is); asked about, or opened with /plan, it is
// offered first.
func TestPlanStartedInWords(t *testing.T) {
	for _, say := range []string{"start the 7 day plan", "ok lets do the challenge", "sign me up for the seven day thing plan", "i want to start the plan pls"} {
		h := newHarness(t)
		reply := renderReplies(h.send("alex", say, ""))
		if !strings.Contains(reply, "Day 1 of 7") || !strings.Contains(reply, "one small step a day") || strings.Contains(reply, "Start today") {
			t.Errorf("%q:\n%s\nwant the plan started, with what it is", say, reply)
		}
	}
	for _, say := range []string{"/plan", "what is the 7 day plan", "tell me about the plan"} {
		h := newHarness(t)
		if reply := renderReplies(h.send("alex", say, "")); !strings.Contains(reply, "Start today") {
			t.Errorf("%q:\n%s\nwant the plan offered, not started", say, reply)
		}
	}
}
