package agent_test

import (
	"strings"
	"testing"
)

// TestHeardFromIsNews checks that a message received from someone is
// heard as news of the day, asked about, and never starts a draft to the
// sender; asking how to answer it still gets help with the words.
func TestHeardFromIsNews(t *testing.T) {
	h := newHarness(t)
	for i, c := range []struct {
		text string
		want []string // one of them must be in the reply
	}{
		{"got a text from my ex out of nowhere today", []string{"how do you feel", "how are you feeling"}},
		{"received a long email from my old boss this morning", []string{"how do you feel", "how did that feel", "what did they have to say"}},
		{"got the sweetest card from my niece today", []string{"nice", "lovely"}},
		{"my cousin messaged me out of the blue", []string{"how do you feel", "how are you feeling"}},
	} {
		person := "heard" + string(rune('a'+i))
		h.send(person, "hi", "")
		rs := h.send(person, c.text, "")
		if len(rs) != 1 {
			t.Errorf("%q: %d replies, want one", c.text, len(rs))
			continue
		}
		low := strings.ToLower(rs[0].Text)
		if !containsAny(low, c.want) || strings.Contains(low, "occasion") || strings.Contains(low, "let's write") {
			t.Errorf("%q → %q, want news heard with one of %q", c.text, rs[0].Text, c.want)
		}
	}
}

// TestNervesBeforeSomething checks that nerves about something coming up
// are heard as nerves, with a step and room to say more, never as a health
// question or as nerves about reaching out.
func TestNervesBeforeSomething(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{
		"big presentation tomorrow and my stomach is in knots",
		"so nervous for my driving test on friday",
		"dreading my job interview in the morning",
	} {
		person := "nerves" + string(rune('a'+i))
		h.send(person, "hi", "")
		rs := h.send(person, text, "")
		if len(rs) == 0 {
			t.Fatalf("%q: no reply", text)
		}
		low := strings.ToLower(rs[0].Text)
		if !containsAny(low, []string{"nerves", "matters to you", "good luck"}) || strings.Contains(low, "doctor") ||
			strings.Contains(low, "messaging people") || len(rs[0].Choices) == 0 {
			t.Errorf("%q → %q (%d choices), want nerves heard with a step", text, rs[0].Text, len(rs[0].Choices))
		}
	}
}
