package agent_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/store"
)

// quietChat talks to an agent on an in-memory store at a fixed time.
type quietChat struct {
	t   *testing.T
	ag  *agent.Agent
	st  *store.Store
	clk *fakeClock
	pol agent.NudgePolicy // the quiet hours the agent was given
	seq int
}

func newQuietChat(t *testing.T, start, end int) *quietChat {
	return newQuietChatWith(t, agent.Options{QuietStart: start, QuietEnd: end})
}

// newQuietChatWith starts a chat on Tuesday 24 November 2026, 09:00 UTC,
// with an agent built from opts and a fake clock.
func newQuietChatWith(t *testing.T, opts agent.Options) *quietChat {
	clk := &fakeClock{now: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)}
	opts.Clock = clk
	ag, st := newMemAgent(t, opts)
	pol := agent.NudgePolicy{QuietStart: opts.QuietStart, QuietEnd: opts.QuietEnd}
	return &quietChat{t: t, ag: ag, st: st, clk: clk, pol: pol}
}

// send hands over a typed text, or a choice id when text starts with "choice:",
// and returns the last reply.
func (c *quietChat) send(text string) agent.Reply {
	c.t.Helper()
	replies := c.sendAll(text)
	return replies[len(replies)-1]
}

// sendAll is send returning every reply to text.
func (c *quietChat) sendAll(text string) []agent.Reply {
	c.t.Helper()
	c.seq++
	m := agent.Message{ID: fmt.Sprintf("q:%d", c.seq), Channel: "test", ChatID: "c", Person: "test:quiet", Text: text}
	if id, ok := strings.CutPrefix(text, "choice:"); ok {
		m.Text, m.Choice = "", id
	}
	if err := c.ag.Handle(context.Background(), m); err != nil {
		c.t.Fatalf("handle %q: %v", text, err)
	}
	replies := c.drain()
	if len(replies) == 0 {
		c.t.Fatalf("no reply to %q", text)
	}
	return replies
}

// drain takes the replies waiting in the outbox.
func (c *quietChat) drain() []agent.Reply {
	c.t.Helper()
	ctx := context.Background()
	pending, err := c.st.Pending(ctx, "test", 100)
	if err != nil {
		c.t.Fatalf("pending: %v", err)
	}
	var out []agent.Reply
	for _, o := range pending {
		if err := c.st.MarkSent(ctx, "test", o.Seq); err != nil {
			c.t.Fatal(err)
		}
		out = append(out, o.Reply)
	}
	return out
}

// confirm sets a reminder for Mum with request, in UTC, and returns the confirmation.
func (c *quietChat) confirm(request string) agent.Reply {
	c.t.Helper()
	c.send(request)
	return c.send("choice:remind:tz:c1")
}

func TestReminderConfirmationNamesQuietHours(t *testing.T) {
	const (
		q22 = 22 * 60
		q08 = 8 * 60
	)
	tests := []struct {
		name       string
		start, end int
		request    string
		note       string // added to the usual confirmation; empty for none
	}{
		{"late evening waits for the next morning", q22, q08, "remind me to call Mum every Sunday at 23:30",
			"\n\nJust so you know: 23:30 is inside my quiet hours (22:00–08:00), when I send nothing, so each reminder will come at 08:00 the next day instead."},
		{"early morning waits the same day", q22, q08, "remind me to call Mum every Sunday at 7am",
			"\n\nJust so you know: 07:00 is inside my quiet hours (22:00–08:00), when I send nothing, so each reminder will come at 08:00 instead."},
		{"the start is inside", q22, q08, "remind me to call Mum every Sunday at 22:00",
			"\n\nJust so you know: 22:00 is inside my quiet hours (22:00–08:00), when I send nothing, so each reminder will come at 08:00 the next day instead."},
		{"just after midnight", q22, q08, "remind me to call Mum every Sunday at 00:15",
			"\n\nJust so you know: 00:15 is inside my quiet hours (22:00–08:00), when I send nothing, so each reminder will come at 08:00 instead."},
		{"the end is outside", q22, q08, "remind me to call Mum every Sunday at 8am", ""},
		{"a minute before is outside", q22, q08, "remind me to call Mum every Sunday at 21:59", ""},
		{"the default hour is outside", q22, q08, "remind me to call Mum every Sunday", ""},
		{"no quiet hours", 0, 0, "remind me to call Mum every Sunday at 23:30", ""},
		{"equal times mean no quiet hours", q22, q22, "remind me to call Mum every Sunday at 23:30", ""},
		{"quiet hours within one day", 13 * 60, 14*60 + 30, "remind me to call Mum every 2 weeks at 1:45pm",
			"\n\nJust so you know: 13:45 is inside my quiet hours (13:00–14:30), when I send nothing, so each reminder will come at 14:30 instead."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plain := newQuietChat(t, 0, 0).confirm(tc.request)
			got := newQuietChat(t, tc.start, tc.end).confirm(tc.request)
			if want := plain.Text + tc.note; got.Text != want {
				t.Errorf("confirmation:\n got: %q\nwant: %q", got.Text, want)
			}
			if got, want := choiceLabels(got), "Change time|OK"; got != want {
				t.Errorf("choices %q, want %q", got, want)
			}
		})
	}
}

// TestQuietNoteOnChangedTime checks that moving a reminder into the quiet
// hours with "Change time" says so, and moving it out again does not.
func TestQuietNoteOnChangedTime(t *testing.T) {
	c := newQuietChat(t, 22*60, 8*60)
	first := c.confirm("remind me to call Mum every Sunday")
	if first.Text == "" || containsQuiet(first.Text) {
		t.Fatalf("10:00 confirmation %q, want no quiet-hours note", first.Text)
	}
	c.send("choice:remind:time:c1")
	late := c.send("23:30")
	if !containsQuiet(late.Text) {
		t.Errorf("after changing to 23:30: %q, want the quiet-hours note", late.Text)
	}
	c.send("choice:remind:time:c1")
	if back := c.send("6pm"); containsQuiet(back.Text) {
		t.Errorf("after changing to 18:00: %q, want no quiet-hours note", back.Text)
	}
}

// TestQuietNoteMatchesTheNudge checks that the nudge really comes when the
// confirmation says: a Sunday 23:30 reminder in Berlin goes out on Monday
// at 08:00 Berlin time.
func TestQuietNoteMatchesTheNudge(t *testing.T) {
	pol := agent.NudgePolicy{QuietStart: 22 * 60, QuietEnd: 8 * 60}
	c := newQuietChat(t, pol.QuietStart, pol.QuietEnd)
	c.send("remind me to call Mum every Sunday at 23:30")
	conf := c.send("Berlin")
	if !containsQuiet(conf.Text) {
		t.Fatalf("confirmation %q, want the quiet-hours note", conf.Text)
	}
	ctx := context.Background()
	es, err := c.st.DueBefore(ctx, farFuture, 10)
	if err != nil || len(es) != 1 {
		t.Fatalf("due entries %+v, %v; want one", es, err)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	if at := es[0].At.In(berlin); at.Weekday() != time.Sunday || at.Format("15:04") != "23:30" {
		t.Fatalf("reminder due %v, want a Sunday at 23:30 in Berlin", at)
	}
	c.clk.now = es[0].At
	if err := c.ag.Nudge(ctx, agent.NudgeRequest{Entry: es[0], Now: c.clk.now, Policy: pol}); err != nil {
		t.Fatal(err)
	}
	es, err = c.st.DueBefore(ctx, farFuture, 10)
	if err != nil || len(es) != 1 {
		t.Fatalf("due entries after the quiet check %+v, %v; want one", es, err)
	}
	if at := es[0].At.In(berlin); at.Weekday() != time.Monday || at.Format("15:04") != "08:00" {
		t.Errorf("nudge deferred to %v, want Monday 08:00 in Berlin as the confirmation said", at)
	}
}

func containsQuiet(s string) bool { return strings.Contains(s, "quiet hours") }
