package agent_test

import (
	"strings"
	"testing"
)

// TestWordAtAStepIsNoName checks that a word or two typed at a later step,
// when the recipient is known only by who they are to the person ("my
// sister"), is an answer to that step and never becomes their name.
func TestWordAtAStepIsNoName(t *testing.T) {
	for _, c := range []struct{ ask, answer string }{
		{"i want to say sorry to my sister for missing her birthday", "sincere"},
		{"help me apologise to my brother", "honest"},
		{"can u help me write to my grandad", "heartfelt"},
		{"write something for my cousin, she got the job", "genuine please"},
	} {
		h := newHarness(t)
		h.send("p", c.ask, "")
		got := allText(h.send("p", c.answer, ""))
		word := strings.ToUpper(c.answer[:1]) + strings.Fields(c.answer)[0][1:]
		if strings.Contains(got, word) {
			t.Errorf("%q then %q: %q is used as a name:\n%s", c.ask, c.answer, word, got)
		}
	}
}
