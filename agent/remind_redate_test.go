package agent_test

import (
	"strings"
	"testing"
	"time"
)

// TestYearlyDatePutRight keeps a birthday, then puts it right in words:
// a day said alone keeps the month kept, the name may be lowercase with
// who they are said after it, and a message about something else on a day
// of the month, or about someone else, changes nothing.
func TestYearlyDatePutRight(t *testing.T) {
	setup := []string{"London", "marisol's birthday is 21 october, she's my godmother"}
	tests := []struct {
		say   string
		reply string // must appear in the reply
		list  string // must appear in /contacts after
	}{
		{"whoops her birthday is actually the 23rd", "23 October", "**Marisol** (godmother) — birthday 23 October"},
		{"sorry wrong day, it's the 19th", "19 October", "birthday 19 October"},
		{"move marisol's to the 2nd", "2 October", "birthday 2 October"},
		{"change Marisol's birthday to the 30th please", "30 October", "birthday 30 October"},
		{"can you change marisol to november 4", "4 November", "birthday 4 November"},
		{"make it the 31st", "31 October", "birthday 31 October"},
		{"actually the birthday is the 20th not the 21st", "20 October", "birthday 20 October"},
		{"my dentist appointment is on the 3rd", "", "birthday 21 October"},
		{"oops, tayo's birthday is the 5th actually", "", "birthday 21 October"},
		{"it was her 40th birthday last year", "", "birthday 21 October"},
		{"oops the party is actually on the 4th", "", "birthday 21 October"},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			h := newHarness(t)
			h.setUp(setup...)
			reply := renderReplies(h.send("alex", tt.say, ""))
			if tt.reply != "" && !strings.Contains(reply, tt.reply) {
				t.Errorf("reply to %q:\n%s\nwant it to contain %q", tt.say, reply, tt.reply)
			}
			list := renderReplies(h.send("alex", "/contacts", ""))
			if !strings.Contains(list, tt.list) {
				t.Errorf("/contacts after %q:\n%s\nwant it to contain %q", tt.say, list, tt.list)
			}
			if strings.Count(list, "Marisol") != 1 || strings.Contains(list, "your godmother") {
				t.Errorf("the godmother is listed twice or without her name:\n%s", list)
			}
		})
	}
}

// TestYearlyDatePutRightMovesItsNudge checks that a date put right moves
// the nudge due for it, and that a day the month lacks is asked about.
func TestYearlyDatePutRightMovesItsNudge(t *testing.T) {
	h := newHarness(t)
	h.setUp("London", "my uncle Desmond's birthday is on 10 december")
	reply := renderReplies(h.send("alex", "oops his birthday is the 20th", ""))
	if !strings.Contains(reply, "20 December") || !strings.Contains(reply, "Thursday 17 December") {
		t.Errorf("the reply does not say the new date and its first nudge:\n%s", reply)
	}
	var at []string
	for id, when := range h.load("alex").Profile.Schedule {
		if strings.HasSuffix(id, "/birthday") {
			at = append(at, when.In(time.UTC).Format("2 January"))
		}
	}
	if len(at) != 1 || at[0] != "17 December" {
		t.Errorf("the birthday nudge is due on %v; want 17 December only", at)
	}
	reply = renderReplies(h.send("alex", "no wait, make it the 31st of november", ""))
	if !strings.Contains(reply, "no 31st") {
		t.Errorf("a day November lacks was kept:\n%s", reply)
	}
}
