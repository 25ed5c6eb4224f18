package agent_test

import (
	"strings"
	"testing"
)

// TestStopByNameSaid checks that a reminder is stopped by a name said in
// any sentence shape ("cancel the grandpa one"), outside the flow and at
// the timezone question the new reminder asked, where the stop takes back
// the reminder being set up; a place typed there still answers it.
func TestStopByNameSaid(t *testing.T) {
	withTwo := []string{"remind me to call grandpa on the 1st of every month", "London", "remind me to text ana every sunday"}
	for _, tt := range []struct {
		setup []string
		say   string
		reply string // must appear in the reply, or one of the replies after a "Yes" button
		list  string // must appear in /contacts after
		keep  string // must also appear in /contacts after
	}{
		{withTwo, "cancel the grandpa one", "Grandpa", "**Grandpa** — no reminder", "**Ana** — every Sunday"},
		{withTwo, "the reminder for ana can go now", "Ana", "**Ana** — no reminder", "**Grandpa** — on the 1st of every month"},
		{[]string{"remind me to call grandpa on the 1st of every month"}, "cancel the grandpa one", "no more reminders about Grandpa",
			"**Grandpa** — no reminder", ""},
		{[]string{"remind me to call grandpa on the 1st of every month"}, "Berlin", "Europe/Berlin",
			"**Grandpa** — on the 1st of every month", ""},
	} {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp(tt.setup...)
			reply := renderReplies(h.send("alex", tt.say, ""))
			if strings.Contains(reply, "Yes, stop them") {
				reply += renderReplies(h.send("alex", "1", ""))
			}
			if !strings.Contains(reply, tt.reply) {
				t.Errorf("reply to %q:\n%s\nwant it to contain %q", tt.say, reply, tt.reply)
			}
			list := renderReplies(h.send("alex", "/contacts", ""))
			if !strings.Contains(list, tt.list) || !strings.Contains(list, tt.keep) {
				t.Errorf("/contacts after %q:\n%s\nwant %q and %q", tt.say, list, tt.list, tt.keep)
			}
		})
	}
}
