package agent_test

import (
	"strings"
	"testing"
)

// TestAvailabilityAsked checks that asking whether the companion will be
// there at another time than now gets a plain "any time" — never a
// goodbye, a hello, the menu or a guide paragraph — while a goodbye, a
// check that it is there now and a request about someone else's time keep
// their own replies.
func TestAvailabilityAsked(t *testing.T) {
	for _, msg := range []string{
		"will you be around on saturday?",
		"u free tonight? long day, might need to talk",
		"are you awake at 2am usually",
		"can i chat to you again in the morning",
		"could we talk again later",
		"are u online over the holidays",
		"do you ever switch off",
		"if i message you at midnight will you reply",
	} {
		h := newHarness(t)
		h.send("p", "hi", "")
		text := allText(h.send("p", msg, ""))
		if !strings.Contains(strings.ToLower(text), "any time") {
			t.Errorf("%q: %q, want it to say it is there any time", msg, text)
		}
	}
	for _, msg := range []string{
		"ok talk to you tomorrow",
		"hello? you still there",
		"can i ring my gran tomorrow or is it too early",
		"is my sister free on sunday do you think",
		"are you up for helping me text my cousin",
		"are you free to help me plan tomorrow",
		"will you be around later to remind me about mum",
	} {
		h := newHarness(t)
		h.send("p", "hi", "")
		if text := allText(h.send("p", msg, "")); strings.Contains(strings.ToLower(text), "any time") {
			t.Errorf("%q: %q, read as a question whether the companion is there later", msg, text)
		}
	}
}
