package agent_test

import (
	"strings"
	"testing"
)

// TestQuestionUnderDraft checks that a question typed under a draft that
// asks for no change ("should i get a gift or is that weird") is answered
// as a question, with the draft kept, never met with the list of ways to
// change it.
func TestQuestionUnderDraft(t *testing.T) {
	for _, q := range []string{"should i get a gift or is that weird", "how soon is too soon to visit a new baby"} {
		h := newHarness(t)
		h.send("alex", "help me congratulate my colleague priya on her new baby", "")
		for range 3 {
			if out := renderReplies(h.send("alex", "skip", "")); strings.Contains(out, "┃") {
				break
			}
		}
		reply := renderReplies(h.send("alex", q, ""))
		if strings.Contains(reply, "in your own words what to change") || !strings.Contains(reply, "still here") {
			t.Errorf("%q under a draft:\n%s\nwant it answered, the draft kept", q, reply)
		}
	}
}

// TestFollowUpQuestion checks that a short follow-up after a guide answer
// ("what about family") is read as the question before it, about the new
// topic, rather than on its own.
func TestFollowUpQuestion(t *testing.T) {
	h := newHarness(t)
	first := renderReplies(h.send("alex", "how often should i message a friend so it doesnt get awkward", ""))
	if !strings.Contains(first, "How often to get in touch") {
		t.Fatalf("first answer:\n%s", first)
	}
	if got := renderReplies(h.send("alex", "what about family", "")); !strings.Contains(got, "How often to get in touch") {
		t.Errorf("follow-up:\n%s\nwant the same question answered for family", got)
	}
	if got := renderReplies(h.send("alex", "and coworkers?", "")); !strings.Contains(got, "From the guide") || strings.Contains(got, "online friends") {
		t.Errorf("second follow-up:\n%s\nwant a guide answer about work", got)
	}
}

// TestDraftKeepsPersonAfterQuestion checks that a request to write with
// no one named, made after a question asked while writing to someone, is
// still to them, and that "make it really low pressure" asks for a feel,
// never turns the message into support for a hard time.
func TestDraftKeepsPersonAfterQuestion(t *testing.T) {
	h := newHarness(t)
	h.send("alex", "i messaged my friend oksana 2 weeks ago and she never answered", "")
	h.send("alex", "should i message her again?", "")
	if reply := renderReplies(h.send("alex", "ok help me write a follow up", "")); !strings.Contains(reply, "Oksana") {
		t.Fatalf("request after the question:\n%s\nwant the message still to Oksana", reply)
	}
	reply := renderReplies(h.send("alex", "make it really low pressure", ""))
	for range 3 {
		if strings.Contains(reply, "┃") {
			break
		}
		reply = renderReplies(h.send("alex", "skip", ""))
	}
	if !strings.Contains(reply, "Oksana") || strings.Contains(reply, "going through") || strings.Contains(reply, "support them") {
		t.Errorf("draft:\n%s\nwant a gentle follow-up to Oksana", reply)
	}
}
