package agent_test

import (
	"strings"
	"testing"
)

// TestTimeTypedAtTheTimezoneQuestion checks that a new time of day typed
// where the timezone is asked ("actually make it 7pm") moves the reminder
// to that time and asks for the timezone again, rather than being taken
// for a place and falling back to UTC; and that the time now ("it's 7pm
// here") still answers the question.
func TestTimeTypedAtTheTimezoneQuestion(t *testing.T) {
	for _, c := range []struct{ ask, change, want string }{
		{"remind me to ring my nan every saturday", "oh and make it 6pm", "every Saturday at 18:00"},
		{"remind me to text jo every 2 weeks", "can it be at 8am instead", "at 08:00"},
		{"remind me to call dad every sunday", "change it to 7:30pm", "every Sunday at 19:30"},
		{"remind me to check in with amir every month", "make it in the evening", "at 19:00"},
	} {
		h := newHarness(t)
		h.send("p", c.ask, "")
		got := allText(h.send("p", c.change, ""))
		if !strings.Contains(got, c.want) || !strings.Contains(got, "which timezone") || strings.Contains(got, "UTC for now") {
			t.Errorf("%q then %q:\n%s\nwant %q and the timezone asked again", c.ask, c.change, got, c.want)
		}
		if got := allText(h.send("p", "lisbon", "")); !strings.Contains(got, c.want[strings.Index(c.want, "at "):]) || !strings.Contains(got, "Europe/Lisbon") {
			t.Errorf("%q: after the place:\n%s", c.ask, got)
		}
	}
	h := newHarness(t)
	h.send("p", "remind me to ring my nan every saturday", "")
	if got := allText(h.send("p", "its 7pm here", "")); strings.Contains(got, "which timezone") {
		t.Errorf("the time now did not answer the question:\n%s", got)
	}
}

// TestListAskedAtTheTimezoneQuestion checks that asking for the list of
// reminders where the timezone is asked shows the list and asks again,
// never taking the words for a place or for a new person to remind about.
func TestListAskedAtTheTimezoneQuestion(t *testing.T) {
	for _, ask := range []string{"list my reminders", "show me my reminders", "can you show all my reminders pls"} {
		h := newHarness(t)
		h.send("p", "remind me to text my aunt every month", "")
		got := allText(h.send("p", ask, ""))
		// Served either with the question asked again, or with the
		// question kept for "continue".
		again := strings.Contains(got, "which timezone")
		if !strings.Contains(got, "keeping in touch with") || !again && !strings.Contains(got, "question about your timezone") ||
			strings.Contains(got, "UTC for now") || strings.Contains(got, "List") {
			t.Errorf("%q at the timezone question:\n%s", ask, got)
		}
		if !again {
			continue
		}
		if got := allText(h.send("p", "dublin", "")); !strings.Contains(got, "Europe/Dublin") {
			t.Errorf("%q: the place after the list was not taken:\n%s", ask, got)
		}
	}
}
