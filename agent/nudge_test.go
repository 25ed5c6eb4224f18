package agent_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

var quiet9to21 = agent.NudgePolicy{QuietStart: 21 * 60, QuietEnd: 9 * 60, MaxPerDay: 3, StaleAfter: 6 * time.Hour}

// due returns the index entries due by t.
func (h *harness) due(t time.Time) []agent.DueEntry {
	h.t.Helper()
	es, err := h.st.DueBefore(context.Background(), t, 100)
	if err != nil {
		h.t.Fatalf("due before: %v", err)
	}
	return es
}

// nudgeAll offers every entry due now to the agent and returns the replies.
func (h *harness) nudgeAll(pol agent.NudgePolicy) []agent.Reply {
	h.t.Helper()
	for _, e := range h.due(h.clock.now) {
		err := h.ag.Nudge(context.Background(), agent.NudgeRequest{Entry: e, Now: h.clock.now, Policy: pol})
		if err != nil {
			h.t.Fatalf("nudge %s: %v", e.Reminder, err)
		}
	}
	return h.drain()
}

// setUp plays a conversation and fails on an unexpected reply.
func (h *harness) setUp(lines ...string) {
	h.t.Helper()
	for _, l := range lines {
		if id, ok := strings.CutPrefix(l, "choice:"); ok {
			h.send("alex", "", id)
			continue
		}
		h.send("alex", l, "")
	}
}

var farFuture = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)

func TestNudgeFiresOnceAcrossRestarts(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to check in with Mum every Sunday", "Berlin")
	es := h.due(farFuture)
	if len(es) != 1 {
		t.Fatalf("got %d due entries, want 1: %+v", len(es), es)
	}
	// Sunday 29 November 2026, 10:00 in Berlin is 09:00 UTC.
	want := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	if !es[0].At.Equal(want) || es[0].Channel != "test" || es[0].ChatID != "alex" {
		t.Fatalf("got entry %+v, want at %v on test/alex", es[0], want)
	}

	// A restart before the due time keeps the entry and sends nothing early.
	h.restart()
	h.clock.now = want.Add(-time.Minute)
	if got := h.nudgeAll(quiet9to21); len(got) != 0 {
		t.Fatalf("before due: got %d replies, want none", len(got))
	}
	h.clock.now = want.Add(30 * time.Second)
	got := h.nudgeAll(quiet9to21)
	if len(got) != 1 || !strings.Contains(got[0].Text, "It's Sunday") || !strings.Contains(got[0].Text, "Mum") {
		t.Fatalf("at due: got %+v, want one Sunday nudge about Mum", got)
	}
	labels := choiceLabels(got[0])
	if labels != "Draft it for me|Done|Snooze 1 day|Stop these" {
		t.Errorf("choices: got %s", labels)
	}

	// After a restart the same reminder is not sent again, and offering the
	// old entry once more is a duplicate.
	h.restart()
	if got := h.nudgeAll(quiet9to21); len(got) != 0 {
		t.Fatalf("after restart: got %d replies, want none", len(got))
	}
	err := h.ag.Nudge(context.Background(), agent.NudgeRequest{Entry: es[0], Now: h.clock.now, Policy: quiet9to21})
	if !errors.Is(err, agent.ErrDuplicate) {
		t.Fatalf("second nudge: got %v, want ErrDuplicate", err)
	}
	next := h.due(farFuture)
	if len(next) != 1 || !next[0].At.Equal(want.Add(7*24*time.Hour)) {
		t.Fatalf("next entry: got %+v, want one a week later", next)
	}
}

func choiceLabels(r agent.Reply) string {
	var ls []string
	for _, c := range r.Choices {
		ls = append(ls, c.Label)
	}
	return strings.Join(ls, "|")
}

func TestNudgeWaitsForQuietHoursToEnd(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to check in with Sam every Sunday at 10pm", "New York")
	es := h.due(farFuture)
	if len(es) != 1 {
		t.Fatalf("got %d entries, want 1", len(es))
	}
	h.clock.now = es[0].At
	if got := h.nudgeAll(quiet9to21); len(got) != 0 {
		t.Fatalf("in quiet hours: got %+v, want nothing", got)
	}
	ny, _ := time.LoadLocation("America/New_York")
	wantAt := time.Date(2026, 11, 30, 9, 0, 0, 0, ny)
	next := h.due(farFuture)
	if len(next) != 1 || !next[0].At.Equal(wantAt) {
		t.Fatalf("deferred entry: got %+v, want at %v", next, wantAt)
	}
	h.clock.now = wantAt
	got := h.nudgeAll(quiet9to21)
	if len(got) != 1 || !strings.Contains(got[0].Text, "Sam") {
		t.Fatalf("after quiet hours: got %+v, want the nudge about Sam", got)
	}
	// The weekly cadence goes on from its own day, not from the late send.
	next = h.due(farFuture)
	if len(next) != 1 || next[0].At.In(ny).Weekday() != time.Sunday || next[0].At.In(ny).Hour() != 22 {
		t.Fatalf("next entry: got %+v, want a Sunday at 22:00", next)
	}
}

func TestNudgeDailyCap(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to check in with Mum every Sunday", "UTC",
		"remind me to check in with Dad every Sunday", "remind me to check in with Ana every Sunday")
	if n := len(h.due(farFuture)); n != 3 {
		t.Fatalf("got %d entries, want 3", n)
	}
	h.clock.now = time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	pol := quiet9to21
	pol.MaxPerDay = 2
	got := h.nudgeAll(pol)
	if len(got) != 2 {
		t.Fatalf("got %d nudges, want 2 (the cap)", len(got))
	}
	left := h.due(h.clock.now.Add(24 * time.Hour))
	if len(left) != 1 || !left[0].At.Equal(time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)) {
		t.Fatalf("capped entry: got %+v, want one tomorrow at the end of quiet hours", left)
	}
	h.clock.now = left[0].At
	if got := h.nudgeAll(pol); len(got) != 1 {
		t.Fatalf("next day: got %d nudges, want 1", len(got))
	}
}

func TestNudgeStaleIsDropped(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to check in with Mum every Sunday", "UTC")
	at := h.due(farFuture)[0].At
	h.clock.now = at.Add(7 * time.Hour) // the companion was down
	if got := h.nudgeAll(quiet9to21); len(got) != 0 {
		t.Fatalf("stale: got %+v, want nothing", got)
	}
	next := h.due(farFuture)
	if len(next) != 1 || !next[0].At.Equal(at.Add(7*24*time.Hour)) {
		t.Fatalf("after a stale one: got %+v, want next week's", next)
	}
	// Late but within the window, it is still sent.
	h.clock.now = next[0].At.Add(5 * time.Hour)
	if got := h.nudgeAll(quiet9to21); len(got) != 1 {
		t.Fatalf("late within the window: got %d replies, want 1", len(got))
	}
}

func TestNudgeButtons(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to check in with Mum every Sunday", "UTC")
	at := h.due(farFuture)[0].At
	h.clock.now = at
	if got := h.nudgeAll(quiet9to21); len(got) != 1 {
		t.Fatalf("got %d nudges, want 1", len(got))
	}

	got := h.send("alex", "", "remind:snooze:c1")
	if len(got) != 1 || !strings.Contains(got[0].Text, "tomorrow") {
		t.Fatalf("snooze: got %+v", got)
	}
	if es := h.due(farFuture); len(es) != 1 || !es[0].At.Equal(at.Add(24*time.Hour)) {
		t.Fatalf("snoozed entry: got %+v, want a day later", es)
	}

	h.clock.now = at.Add(24 * time.Hour)
	h.nudgeAll(quiet9to21)
	got = h.send("alex", "", "remind:draft:c1")
	if len(got) == 0 || !strings.Contains(got[0].Text, "Let's write to Mum") {
		t.Fatalf("draft it for me: got %+v", got)
	}

	got = h.send("alex", "", "remind:done:c1")
	if len(got) != 1 || !strings.Contains(got[0].Text, "checked in with Mum") {
		t.Fatalf("done: got %+v", got)
	}

	got = h.send("alex", "", "remind:stop:c1")
	if len(got) != 1 || !strings.Contains(got[0].Text, "no more reminders about Mum") {
		t.Fatalf("stop: got %+v", got)
	}
	if es := h.due(farFuture); len(es) != 0 {
		t.Fatalf("after stop: got %+v, want no entries", es)
	}
}

func TestNudgeUnreachableStopsUntilTheyWriteAgain(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to check in with Mum every Sunday", "UTC", "/remind", "choice:remind:habit:morning")
	if n := len(h.due(farFuture)); n != 2 {
		t.Fatalf("got %d entries, want 2", n)
	}
	e := h.due(farFuture)[0]
	h.clock.now = e.At
	err := h.ag.Nudge(context.Background(), agent.NudgeRequest{Entry: e, Now: h.clock.now, Policy: quiet9to21, Unreachable: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := h.drain(); len(got) != 0 {
		t.Fatalf("unreachable: got %+v, want nothing sent", got)
	}
	if es := h.due(farFuture); len(es) != 0 {
		t.Fatalf("unreachable: got %+v, want every entry gone", es)
	}
	h.send("alex", "hi again", "")
	if n := len(h.due(farFuture)); n != 2 {
		t.Fatalf("after they wrote: got %d entries, want 2", n)
	}
}

func TestRemindOffAndForgetClearTheIndex(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to check in with Mum every Sunday", "UTC", "/plan", "choice:plan:start", "choice:remind:planat:9")
	if n := len(h.due(farFuture)); n != 2 {
		t.Fatalf("got %d entries, want 2 (Mum and the plan)", n)
	}
	h.send("alex", "/remind off", "")
	if es := h.due(farFuture); len(es) != 0 {
		t.Fatalf("after /remind off: got %+v", es)
	}
	h.send("alex", "/remind on", "")
	if n := len(h.due(farFuture)); n != 2 {
		t.Fatalf("after /remind on: got %d entries, want 2", n)
	}
	h.setUp("/forget", "choice:forget:yes")
	if es := h.due(farFuture); len(es) != 0 {
		t.Fatalf("after /forget: got %+v", es)
	}
}

func TestPlanNudgeSendsTheDaysStep(t *testing.T) {
	h := newHarness(t)
	h.setUp("/settings", "choice:settings:tz", "Europe/Berlin", "/plan", "choice:plan:start", "choice:remind:planat:9", "choice:remind:planeve")
	es := h.due(farFuture)
	if len(es) != 2 {
		t.Fatalf("got %+v, want the plan and its evening prompt", es)
	}
	// Earliest first: this evening at 20:00 Berlin, then tomorrow at 09:00.
	evening := time.Date(2026, 11, 24, 19, 0, 0, 0, time.UTC)
	morning := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	if es[0].Reminder != "plan-evening" || !es[0].At.Equal(evening) || es[1].Reminder != "plan" || !es[1].At.Equal(morning) {
		t.Fatalf("got %+v, want the evening prompt at %v and the plan at %v", es, evening, morning)
	}
	h.clock.now = evening
	got := h.nudgeAll(quiet9to21)
	if len(got) != 1 || !strings.Contains(got[0].Text, "How did today's step go?") {
		t.Fatalf("evening prompt: got %+v", got)
	}
	h.send("alex", "", "plan:done")
	h.send("alex", "", "plan:skipnote")
	h.clock.now = morning
	got = h.nudgeAll(quiet9to21)
	if len(got) != 1 || !strings.Contains(got[0].Text, "Day 2 of 7") {
		t.Fatalf("plan nudge: got %+v, want day 2", got)
	}
}

func TestTypedNumberAnswersTheNudge(t *testing.T) {
	h := newHarness(t)
	h.setUp("every 2 weeks for Sam", "UTC")
	e := h.due(farFuture)[0]
	h.clock.now = e.At
	if got := h.nudgeAll(quiet9to21); len(got) != 1 {
		t.Fatalf("got %d nudges, want 1", len(got))
	}
	got := h.send("alex", "1", "")
	if len(got) == 0 || !strings.HasPrefix(got[0].Text, "Let's write to Sam.") {
		t.Fatalf("typed 1: got %+v, want the draft to Sam to start", got)
	}
}

func TestTalkingToSomeoneMovesAnIntervalReminder(t *testing.T) {
	h := newHarness(t)
	h.setUp("every 2 weeks for Sam", "UTC")
	first := h.due(farFuture)[0].At
	h.clock.now = h.clock.now.Add(5 * 24 * time.Hour)
	got := h.send("alex", "I talked to Sam yesterday", "")
	if len(got) != 1 || !strings.Contains(got[0].Text, "in touch with Sam") {
		t.Fatalf("got %+v", got)
	}
	// Two weeks from yesterday, not from when the reminder was set.
	want := first.Add(4 * 24 * time.Hour)
	if es := h.due(farFuture); len(es) != 1 || !es[0].At.Equal(want) {
		t.Fatalf("got %+v, want the reminder at %v", es, want)
	}
	// Someone not on the list is just a message.
	got = h.send("alex", "I talked to Bernadette yesterday", "")
	if len(got) > 0 && strings.Contains(got[0].Text, "I've noted") {
		t.Fatalf("a stranger was noted: %+v", got)
	}
}

func TestPlanNudgesDefaultToTenLocal(t *testing.T) {
	h := newHarness(t)
	h.setUp("/plan", "choice:plan:start")
	es := h.due(farFuture)
	want := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	if len(es) != 1 || es[0].Reminder != "plan" || !es[0].At.Equal(want) {
		t.Fatalf("got %+v, want the plan at %v", es, want)
	}
	h.send("alex", "", "remind:planat:0")
	if es := h.due(farFuture); len(es) != 0 {
		t.Fatalf("after no daily messages: got %+v", es)
	}
}
