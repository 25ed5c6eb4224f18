package agent_test

import (
	"strings"
	"testing"
	"time"
)

// TestOneOffKeepsWhatItIsFor checks that a one-off reminder asked with a
// task says the task back when it is set and when it comes, turned to the
// person, and that one asked only to be in touch keeps the plain words.
func TestOneOffKeepsWhatItIsFor(t *testing.T) {
	h := newHarness(t)
	h.setUp("i live in london")
	reply := renderReplies(h.send("alex", "remind me in 2 days to ask wiremu how my speech went down", ""))
	if !strings.Contains(reply, "to ask Wiremu how your speech went down") {
		t.Errorf("the task is not said back:\n%s", reply)
	}
	h.clock.now = h.clock.now.Add(49 * time.Hour)
	nudge := renderReplies(h.nudgeAll(quiet9to21))
	if !strings.Contains(nudge, "ask Wiremu how your speech went down") {
		t.Errorf("the reminder that came does not say what it is for:\n%s", nudge)
	}
	reply = renderReplies(h.send("alex", "remind me tomorrow to ring my aunt", ""))
	if !strings.Contains(reply, "to get in touch with") {
		t.Errorf("a reminder only to be in touch:\n%s", reply)
	}
}
