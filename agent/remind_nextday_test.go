package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestNextWeekdayOffersTheOneAfter: "next friday" said on a Tuesday keeps
// this Friday, names it, and puts the Friday of next week one tap away;
// "next monday" said on a Tuesday is next week's already and asks nothing.
func TestNextWeekdayOffersTheOneAfter(t *testing.T) {
	h := newHarness(t) // the clock says Tuesday 24 November
	h.setUp("remind me to call dan every sunday", "London")
	reply := h.send("alex", "can you remind me to text priya next friday", "")
	shown := renderReplies(reply)
	if !strings.Contains(shown, "Friday 27 November") || !strings.Contains(shown, "Friday after, 4 December") {
		t.Fatalf("next friday on a Tuesday:\n%s\nwant this Friday and the one after named", shown)
	}
	moved := renderReplies(h.send("alex", "Friday 4 December instead", "remind:weeklater:"+choiceArg(t, reply, "remind:weeklater:")))
	if !strings.Contains(moved, "Friday 4 December") || strings.Contains(moved, "27 November") || strings.Contains(moved, "instead") {
		t.Errorf("after choosing the Friday after:\n%s\nwant the reminder on 4 December, asked no more", moved)
	}

	for _, say := range []string{"remind me to ring my aunt next monday", "remind me to message tom this friday", "remind me to call jo on friday"} {
		if shown := renderReplies(h.send("alex", say, "")); strings.Contains(shown, " after, ") {
			t.Errorf("%q:\n%s\nwant no second date offered", say, shown)
		}
	}
}

// choiceArg is the rest of the ID of the choice starting with prefix in
// replies.
func choiceArg(t *testing.T, replies []agent.Reply, prefix string) string {
	t.Helper()
	for _, r := range replies {
		for _, c := range r.Choices {
			if rest, ok := strings.CutPrefix(c.ID, prefix); ok {
				return rest
			}
		}
	}
	t.Fatalf("no choice %s… offered", prefix)
	return ""
}
