package agent_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// dueAfterNudge fires the one due reminder under the operator's policy pol
// and returns when it is due next.
func (c *quietChat) dueAfterNudge(pol agent.NudgePolicy) (was, next time.Time) {
	c.t.Helper()
	ctx := context.Background()
	es, err := c.st.DueBefore(ctx, farFuture, 10)
	if err != nil || len(es) != 1 {
		c.t.Fatalf("due entries %+v, %v; want one", es, err)
	}
	c.clk.now = es[0].At
	if err := c.ag.Nudge(ctx, agent.NudgeRequest{Entry: es[0], Now: c.clk.now, Policy: pol}); err != nil {
		c.t.Fatal(err)
	}
	after, err := c.st.DueBefore(ctx, farFuture, 10)
	if err != nil || len(after) != 1 {
		c.t.Fatalf("due entries after the nudge %+v, %v; want one", after, err)
	}
	return es[0].At, after[0].At
}

// TestQuietHoursInWordsMoveTheNudge checks that quiet hours a person sets
// in words hold back a reminder inside them until they end, even when the
// operator set none.
func TestQuietHoursInWordsMoveTheNudge(t *testing.T) {
	c := newQuietChat(t, 0, 0)
	c.confirm("remind me to call Mum every Sunday at 21:30")
	if got := c.send("please dont text me after 9pm").Text; !strings.Contains(got, "21:00") {
		t.Fatalf("setting the start: %q, want 21:00 confirmed", got)
	}
	if got := c.send("and nothing before 9:30am either").Text; !strings.Contains(got, "21:00 and 09:30") {
		t.Fatalf("setting the end: %q, want 21:00 and 09:30 confirmed", got)
	}
	was, next := c.dueAfterNudge(agent.NudgePolicy{})
	if was.Weekday() != time.Sunday || was.Format("15:04") != "21:30" {
		t.Fatalf("reminder due %v, want a Sunday at 21:30", was)
	}
	if next.Weekday() != time.Monday || next.Format("15:04") != "09:30" {
		t.Errorf("nudge moved to %v, want Monday 09:30, where the quiet time ends", next)
	}
	if got := c.sendAll("/settings")[0].Text; !strings.Contains(got, "21:00–09:30") {
		t.Errorf("settings %q, want the quiet hours shown", got)
	}
}

// TestQuietWeekendsMoveTheNudgeToMonday checks "not on weekends": a Sunday
// reminder waits for Monday at the end of the nightly quiet hours.
func TestQuietWeekendsMoveTheNudgeToMonday(t *testing.T) {
	c := newQuietChat(t, 22*60, 7*60)
	c.confirm("remind me to call Mum every Sunday")
	if got := c.send("could you not message me at the weekend").Text; !strings.Contains(got, "weekend") {
		t.Fatalf("weekends off: %q", got)
	}
	_, next := c.dueAfterNudge(agent.NudgePolicy{QuietStart: 22 * 60, QuietEnd: 7 * 60})
	if next.Weekday() != time.Monday || next.Format("15:04") != "07:00" {
		t.Errorf("nudge moved to %v, want Monday 07:00", next)
	}
}

// TestQuietHoursRemovedInWords checks that the operator's hours come back
// when the person removes their own, and that none at all lets a late
// reminder through.
func TestQuietHoursRemovedInWords(t *testing.T) {
	pol := agent.NudgePolicy{QuietStart: 22 * 60, QuietEnd: 8 * 60}
	c := newQuietChat(t, pol.QuietStart, pol.QuietEnd)
	c.confirm("remind me to call Mum every Sunday at 23:00")
	if got := c.send("you can message me any time, day or night").Text; !strings.Contains(got, "no quiet hours") {
		t.Fatalf("no quiet hours: %q", got)
	}
	if _, next := c.dueAfterNudge(pol); next.Weekday() != time.Sunday || next.Format("15:04") != "23:00" {
		t.Errorf("with no quiet hours the nudge went out and the next is %v, want the Sunday after at 23:00", next)
	}
	if got := c.send("reset my quiet hours").Text; !strings.Contains(got, "22:00–08:00") {
		t.Errorf("reset: %q, want the usual 22:00–08:00", got)
	}
}
