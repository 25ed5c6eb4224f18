package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestSelfBlameAnsweredNo asks, after a silence, whether it is the asker's
// fault: the first sentence reassures, never a "yes" taken from a stance
// on whether to text again.
func TestSelfBlameAnsweredNo(t *testing.T) {
	for _, q := range []string{
		"my cousin stopped answering my messages two weeks ago. is it me",
		"Nobody from the old team replies in the group anymore, was it something i said?",
		"my flatmate has been ignoring my texts, did i do something wrong",
		"do u think my mates hate me, no one answers in our chat anymore",
		// No longer being talked to is a silence too.
		"my old uni crowd stopped speaking to me after i changed jobs, is it me",
	} {
		h := newHarness(t)
		r := lastReply(t, h.send("u", q, ""))
		first, _, _ := strings.Cut(r.Text, ".")
		if strings.HasPrefix(r.Text, "Yes") || !strings.Contains(strings.ToLower(first), "not") {
			t.Errorf("%q: answer opens %q, want a reassuring no", q, first)
		}
	}
}

// TestJudgedWayAnsweredNotAtAll asks whether a way of being in touch the
// guide speaks kindly of is weird: "Not at all", then what the guide says
// of it.
func TestJudgedWayAnsweredNotAtAll(t *testing.T) {
	for _, c := range []struct{ q, about string }{
		{"is it odd to reply with a voice note", "voice"},
		{"would it be weird to send voice messages to my uncle", "voice"},
		{"is it rude to stop replying to the family chat", ""},
	} {
		h := newHarness(t)
		r := lastReply(t, h.send("u", c.q, ""))
		if c.about == "" {
			// Not doing something is judged: never a "Not at all" drawn
			// from what the guide says about doing something else.
			if strings.HasPrefix(r.Text, "Not at all") {
				t.Errorf("%q: answer %q", c.q, r.Text)
			}
			continue
		}
		first, rest, _ := strings.Cut(r.Text, ". ")
		second, _, _ := strings.Cut(rest, ".")
		if first != "Not at all" || !strings.Contains(strings.ToLower(second), c.about) {
			t.Errorf("%q: answer %q, want \"Not at all.\" then a sentence about %s", c.q, r.Text, c.about)
		}
	}
}

// TestLongGapDoubtAnsweredNo asks whether getting back in touch after a long
// silence is weird or too late, in words no listed question uses: the
// answer opens with the no the guide gives every such question.
func TestLongGapDoubtAnsweredNo(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"is it weird to text an old teacher after years?",
		"we lost touch after school, is it too late to drop her a line",
		"would it be weird to message a uni friend i havent spoken to in years",
		"is it too late to get back in touch with my godmother",
	} {
		a := agent.ComposeAnswer(kb, q)
		if !strings.HasPrefix(a.Stance, "No") || !strings.HasPrefix(a.First, "No") {
			t.Errorf("%q: stance %q, first %q from %s, want a plain no first", q, a.Stance, a.First, a.Cited)
		}
	}
}
