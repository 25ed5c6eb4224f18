package agent_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// deliver runs reminder id through Nudge as the scheduler would: at its due
// time, and again wherever the quiet hours put it, until it is sent. It
// returns the first due time and the time the nudge went out.
func (c *quietChat) deliver(id string) (due, sent time.Time) {
	c.t.Helper()
	ctx := context.Background()
	for range 3 {
		es, err := c.st.DueBefore(ctx, farFuture, 100)
		if err != nil {
			c.t.Fatalf("due entries: %v", err)
		}
		var e agent.DueEntry
		for _, x := range es {
			if x.Reminder == id {
				e = x
			}
		}
		if e.Reminder == "" {
			c.t.Fatalf("no due entry for %q in %+v", id, es)
		}
		if due.IsZero() {
			due = e.At
		}
		c.clk.now = e.At
		res, err := c.ag.NudgeReport(ctx, agent.NudgeRequest{Entry: e, Now: e.At, Policy: c.pol})
		if err != nil {
			c.t.Fatalf("nudge %q: %v", id, err)
		}
		if res.Sent {
			if n := len(c.drain()); n != 1 {
				c.t.Fatalf("nudge %q sent %d replies, want 1", id, n)
			}
			return due, e.At
		}
	}
	c.t.Fatalf("nudge %q was not sent after three tries", id)
	return due, sent
}

var reComesAt = regexp.MustCompile(`will come at (\d\d:\d\d)( the next day)? instead\.$`)

// checkDelivery checks a confirmation against the scheduler: reminder id
// goes out when the confirmation's quiet-hours note says, or at its due
// time when there is no note.
func (c *quietChat) checkDelivery(confirmation, id string, loc *time.Location) {
	c.t.Helper()
	due, sent := c.deliver(id)
	m := reComesAt.FindStringSubmatch(confirmation)
	if m == nil {
		if containsQuiet(confirmation) {
			c.t.Fatalf("confirmation %q has a note that names no time", confirmation)
		}
		if !sent.Equal(due) {
			c.t.Errorf("no note in %q, but the nudge due %v went out at %v", confirmation, due, sent)
		}
		return
	}
	local, day := due.In(loc), 0
	if m[2] != "" {
		day = 1
	}
	want := time.Date(local.Year(), local.Month(), local.Day()+day, 0, 0, 0, 0, loc).Format("2006-01-02 ") + m[1]
	if got := sent.In(loc).Format("2006-01-02 15:04"); got != want {
		c.t.Errorf("note %q on a nudge due %v: it went out at %s, want %s", m[0], local, got, want)
	}
}

// replyWith returns the reply that contains part.
func replyWith(t *testing.T, replies []agent.Reply, part string) agent.Reply {
	t.Helper()
	for _, r := range replies {
		if strings.Contains(r.Text, part) {
			return r
		}
	}
	t.Fatalf("no reply with %q in %+v", part, replies)
	return agent.Reply{}
}

// clock writes minutes after midnight as "HH:MM".
func clock(minutes int) string { return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60) }

// quietNote is the note a confirmation gets when at is in the quiet hours.
func quietNote(at, start, end, what, when string) string {
	return "\n\nJust so you know: " + at + " is inside my quiet hours (" + start + "–" + end +
		"), when I send nothing, so " + what + " will come at " + when + " instead."
}

// A quietSetup is how the person sets a daily message: what they send, the
// reply that confirms (picked by part of its text), the reminder it is
// about, its local time, the timezone, and what the note calls the message.
type quietSetup struct {
	steps                     []string
	part, id, clock, tz, what string
}

var (
	eveningPrompt = quietSetup{[]string{"choice:remind:habit:evening"}, "Every day", "habit", "20:00", "UTC", "each prompt"}
	morningPrompt = quietSetup{[]string{"choice:remind:habit:morning"}, "Every day", "habit", "10:00", "UTC", "each prompt"}
	typedPrompt   = quietSetup{[]string{"remind me with a daily nudge"}, "Every day", "habit", "07:00", "UTC", "each prompt"}
	planStart     = []string{"/plan", "choice:plan:start"}
	planOffer     = quietSetup{planStart, "each day's step at 10:00", "plan", "10:00", "UTC", "each message"}
	planAt18      = quietSetup{append(planStart[:2:2], "choice:remind:planat:18", "Berlin"), "Each day at 18:00", "plan", "18:00", "Europe/Berlin", "each message"}
	planAt9       = quietSetup{append(planStart[:2:2], "choice:remind:planat:9", "Berlin"), "Each day at 09:00", "plan", "09:00", "Europe/Berlin", "each message"}
	planEvening   = quietSetup{append(planAt9.steps[:4:4], "choice:remind:planeve"), "ask about your day", "plan-evening", "20:00", "Europe/Berlin", "each one"}
	askedPrompt   = quietSetup{[]string{"remind me with a daily nudge at 11:30pm", "Berlin"}, "Every day at 23:30", "habit", "23:30", "Europe/Berlin", "each prompt"}
	changedPrompt = quietSetup{[]string{"choice:remind:habit:evening", "choice:remind:habittime", "6:45 am", "UTC"}, "Every day at 06:45", "habit", "06:45", "UTC", "each prompt"}
	planTyped     = quietSetup{append(planStart[:2:2], "11pm", "Berlin"), "Each day at 23:00", "plan", "23:00", "Europe/Berlin", "each message"}
)

// hm is h:m as minutes after midnight.
func hm(h, m int) int { return h*60 + m }

// checkQuietConfirmation sets s up with quiet hours from start to end and
// without any, and checks that the confirmation differs only by the note
// (which says the message comes at when; none when when is empty), and that
// the nudge really comes then.
func checkQuietConfirmation(t *testing.T, s quietSetup, start, end, nudgeHour int, when string) {
	t.Helper()
	loc, err := time.LoadLocation(s.tz)
	if err != nil {
		t.Fatal(err)
	}
	confirm := func(start, end int) (*quietChat, agent.Reply) {
		c := newQuietChatWith(t, agent.Options{QuietStart: start, QuietEnd: end, NudgeHour: nudgeHour})
		var last []agent.Reply
		for _, step := range s.steps {
			last = c.sendAll(step)
		}
		return c, replyWith(t, last, s.part)
	}
	_, plain := confirm(0, 0)
	c, got := confirm(start, end)
	want := plain.Text
	if when != "" {
		want += quietNote(s.clock, clock(start), clock(end), s.what, when)
	}
	if got.Text != want {
		t.Errorf("confirmation:\n got: %q\nwant: %q", got.Text, want)
	}
	if g, w := choiceLabels(got), choiceLabels(plain); g != w {
		t.Errorf("choices %q, want %q as without quiet hours", g, w)
	}
	c.checkDelivery(got.Text, s.id, loc)
}

// TestDailyPromptNamesQuietHours checks the note on the daily prompt's
// confirmation at the edges of the quiet hours.
func TestDailyPromptNamesQuietHours(t *testing.T) {
	tests := []struct {
		name              string
		start, end, nudge int
		setup             quietSetup
		when              string // empty for no note
	}{
		{"evening prompt after quiet hours begin", hm(19, 0), hm(7, 0), 0, eveningPrompt, "07:00 the next day"},
		{"evening prompt at the start of quiet hours", hm(20, 0), hm(7, 0), 0, eveningPrompt, "07:00 the next day"},
		{"evening prompt a minute before quiet hours", hm(20, 1), hm(7, 0), 0, eveningPrompt, ""},
		{"evening prompt at the end of quiet hours", hm(12, 0), hm(20, 0), 0, eveningPrompt, ""},
		{"early morning prompt waits the same day", hm(22, 0), hm(8, 0), 7, typedPrompt, "08:00"},
		{"morning prompt at the default quiet hours", hm(21, 0), hm(9, 0), 0, morningPrompt, ""},
		{"asked time inside quiet hours", hm(22, 0), hm(8, 0), 0, askedPrompt, "08:00 the next day"},
		{"asked time a minute before quiet hours", hm(23, 31), hm(8, 0), 0, askedPrompt, ""},
		{"changed time waits the same day", hm(22, 0), hm(7, 0), 0, changedPrompt, "07:00"},
		{"changed time at the end of quiet hours", hm(22, 0), hm(6, 45), 0, changedPrompt, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkQuietConfirmation(t, tc.setup, tc.start, tc.end, tc.nudge, tc.when)
		})
	}
}

// TestPlanMessagesNameQuietHours checks the note on the 7-day plan's daily
// message and evening question, at the edges of the quiet hours, across
// midnight and within one day.
func TestPlanMessagesNameQuietHours(t *testing.T) {
	tests := []struct {
		name       string
		start, end int
		setup      quietSetup
		when       string // empty for no note
	}{
		{"offer inside quiet hours within one day", hm(9, 30), hm(10, 30), planOffer, "10:30"},
		{"offer outside quiet hours", hm(21, 0), hm(9, 0), planOffer, ""},
		{"18:00 across midnight in Berlin", hm(17, 0), hm(9, 0), planAt18, "09:00 the next day"},
		{"18:00 at the start of quiet hours", hm(18, 0), hm(6, 30), planAt18, "06:30 the next day"},
		{"09:00 at the end of quiet hours", hm(21, 0), hm(9, 0), planAt9, ""},
		{"evening question inside quiet hours", hm(19, 45), hm(7, 0), planEvening, "07:00 the next day"},
		{"evening question before quiet hours", hm(21, 0), hm(9, 0), planEvening, ""},
		{"typed time inside quiet hours", hm(22, 0), hm(8, 0), planTyped, "08:00 the next day"},
		{"typed time before quiet hours", hm(23, 30), hm(8, 0), planTyped, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkQuietConfirmation(t, tc.setup, tc.start, tc.end, 0, tc.when)
		})
	}
}

// TestDailyQuietNoteOnChangedTime moves the daily prompt and the plan's
// message in and out of quiet hours from 17:00 to 09:00 in Tokyo: each
// confirmation says what the scheduler then does.
func TestDailyQuietNoteOnChangedTime(t *testing.T) {
	c := newQuietChatWith(t, agent.Options{QuietStart: 17 * 60, QuietEnd: 9 * 60})
	c.send("/settings")
	c.send("choice:settings:tz")
	c.send("Tokyo")
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	// check sends text, finds the confirmation with part, and checks its
	// note against quiet and against the nudge of reminder id.
	check := func(text, part, id string, quiet bool) {
		t.Helper()
		got := replyWith(t, c.sendAll(text), part).Text
		if containsQuiet(got) != quiet {
			t.Fatalf("after %s: %q, want a quiet-hours note: %v", text, got, quiet)
		}
		c.checkDelivery(got, id, tokyo)
	}
	for _, which := range []string{"morning", "evening", "morning"} {
		hour := map[string]string{"morning": "10:00", "evening": "20:00"}[which]
		check("choice:remind:habit:"+which, "Every day at "+hour, "habit", which == "evening")
	}
	c.send("/plan")
	check("choice:plan:start", "each day's step at 10:00", "plan", false)
	for _, hour := range []int{18, 9, 18} {
		check(fmt.Sprintf("choice:remind:planat:%d", hour), fmt.Sprintf("Each day at %02d:00", hour), "plan", hour == 18)
	}
}

// TestSnoozeIntoQuietHours checks that a snooze which lands in the quiet
// hours says when the reminder will really come, and that it does.
func TestSnoozeIntoQuietHours(t *testing.T) {
	c := newQuietChatWith(t, agent.Options{QuietStart: 22 * 60, QuietEnd: 8 * 60})
	if conf := c.confirm("remind me to call Mum every Sunday at 21:30"); containsQuiet(conf.Text) {
		t.Fatalf("21:30 confirmation %q, want no quiet-hours note", conf.Text)
	}
	due, sent := c.deliver("c1")
	if !sent.Equal(due) || sent.Weekday() != time.Sunday {
		t.Fatalf("Sunday nudge due %v went out at %v", due, sent)
	}

	c.clk.now = sent.Add(90 * time.Minute) // Sunday 23:00
	got := c.send("choice:remind:snooze:c1")
	want := "Okay — I'll remind you about Mum again tomorrow around this time." +
		quietNote("23:00", "22:00", "08:00", "it", "08:00 the next day")
	if got.Text != want {
		t.Fatalf("snooze at 23:00:\n got: %q\nwant: %q", got.Text, want)
	}
	c.checkDelivery(got.Text, "c1", time.UTC)

	c.clk.now = time.Date(2026, 12, 6, 21, 0, 0, 0, time.UTC)
	if got := c.send("choice:remind:snooze:c1"); containsQuiet(got.Text) {
		t.Errorf("snooze at 21:00: %q, want no quiet-hours note", got.Text)
	}
}
