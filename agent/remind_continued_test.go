package agent_test

import (
	"strings"
	"testing"
)

// TestOneMoreReminderInShort checks that a reminder added the short way
// right after another ("and …", "also …") is set up like the first, both
// when the timezone question is on screen and when nothing is, and that a
// message opening with "and" that asks for no reminder is not read as one.
func TestOneMoreReminderInShort(t *testing.T) {
	h := newHarness(t)
	h.send("alex", "remind me tomorrow to ring Ifeoma about the keys", "")
	reply := renderReplies(h.send("alex", "and on saturday to text my stepdad", ""))
	if strings.Contains(reply, "couldn't place") {
		t.Errorf("a second request was taken for a place:\n%s", reply)
	}
	h.send("alex", "Lisbon", "")
	h.send("alex", "oh and also call Bartek every other monday", "")
	list := renderReplies(h.send("alex", "/contacts", ""))
	for _, want := range []string{"**Ifeoma** — once", "stepdad", "**Bartek** — every 2 weeks on Monday"} {
		if !strings.Contains(list, want) {
			t.Errorf("the list lacks %q:\n%s", want, list)
		}
	}
	for _, told := range []string{"and honestly i miss how we used to talk every week", "and tomorrow i'm going to call my mum", "also we're seeing gran on sunday"} {
		reply = renderReplies(h.send("alex", told, ""))
		if strings.Contains(reply, "I'll remind you") {
			t.Errorf("%q set a reminder:\n%s", told, reply)
		}
	}
}

// TestForgetOneOnTheList checks that "forget" said of someone on the list
// takes them off it and nothing more, and that "forget" said of someone
// who is not on it takes nobody off and erases nothing.
func TestForgetOneOnTheList(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to call Yusra every week", "Cairo", "remind me to text my brother Omar every month")
	reply := renderReplies(h.send("alex", "forget yusra", ""))
	if !strings.Contains(reply, "Yusra is off your list") {
		t.Errorf("forget yusra:\n%s", reply)
	}
	reply = renderReplies(h.send("alex", "ugh forget my landlord honestly", ""))
	if strings.Contains(reply, "off your list") || strings.Contains(reply, "erase") || strings.Contains(reply, "delete") {
		t.Errorf("someone not on the list, yet:\n%s", reply)
	}
	reply = renderReplies(h.send("alex", "can you delete my data", ""))
	if !strings.Contains(reply, "Are you sure") {
		t.Errorf("delete my data, with people on the list:\n%s", reply)
	}
	h.send("alex", "no", "")
	list := renderReplies(h.send("alex", "/contacts", ""))
	if strings.Contains(list, "Yusra") || !strings.Contains(list, "**Omar** (brother)") {
		t.Errorf("the list after forgetting Yusra:\n%s", list)
	}
}
