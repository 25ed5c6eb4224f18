package agent_test

import (
	"strings"
	"testing"
)

// TestOutsideWordsOfLife checks replies to a few kinds of message outside
// any flow: a change of path is named as one with a step, a first pay is
// glad news and no change of job, a training got into or finished is no
// change of path, and someone close no longer knowing the person is heard
// as a loss, a family home sold is the end of an era, and a machine that died is a nuisance, never a death.
func TestOutsideWordsOfLife(t *testing.T) {
	h := newHarness(t)
	for i, c := range []struct {
		text      string
		want, not []string
		choices   bool
	}{
		{"switching careers at 45, nursing school starts in september", []string{"path", "brave", "big step"}, []string{"sorry"}, true},
		{"im retraining as a plumber after ten years in an office", []string{"path", "brave", "big step"}, []string{"sorry"}, true},
		{"i got my first paycheck from my new job", []string{"well done", "brilliant", "congrat"}, []string{"new job is a big change"}, false},
		{"my sister graduated from law school today!", []string{"congrat", "brilliant", "wonderful", "proud"}, []string{"new path"}, false},
		{"my phone died halfway through the call with mum", []string{"annoying", "rough", "ugh", "oof"}, []string{"loss", "sorry about"}, false},
		{"its 30 degrees and my fan just died lol", []string{"annoying", "rough", "ugh", "oof"}, []string{"loss", "sorry about"}, false},
		{"we sold grandads house last week, end of an era", []string{"era", "bittersweet", "memories", "years"}, []string{"the guide"}, true},
		{"my grandad doesnt recognise me anymore when i visit", []string{"grief", "loss", "heartbreak"}, []string{"the guide"}, true},
		{"pretty sure my uni friends only invite me when they need someone to drive", []string{"one-sided", "tiring", "only one"}, []string{"let's write", "what's the occasion"}, false},
		{"feels like my cousins only call when they want money tbh", []string{"one-sided", "tiring", "only one"}, []string{"let's write", "what's the occasion"}, false},
	} {
		person := "life" + string(rune('a'+i))
		h.send(person, "hi", "")
		rs := h.send(person, c.text, "")
		if len(rs) == 0 {
			t.Fatalf("%q: no reply", c.text)
		}
		low := strings.ToLower(rs[0].Text)
		if !containsAny(low, c.want) || containsAny(low, c.not) || c.choices && len(rs[0].Choices) == 0 {
			t.Errorf("%q → %q (%d choices), want one of %q and none of %q", c.text, rs[0].Text, len(rs[0].Choices), c.want, c.not)
		}
	}
}

// TestRemembersAnswered checks that asking whether the companion
// remembers things gets an honest answer about what it keeps, never a
// guide paragraph, however the classifier splits it between what the
// companion is and what it keeps.
func TestRemembersAnswered(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{"can you remember stuff i told you last week?", "do u remember things between chats"} {
		person := "mem" + string(rune('a'+i))
		h.send(person, "hi", "")
		rs := h.send(person, text, "")
		if len(rs) == 0 {
			t.Fatalf("%q: no reply", text)
		}
		low := strings.ToLower(rs[0].Text)
		if !strings.Contains(low, "keep") || !strings.Contains(low, "/privacy") || strings.Contains(low, "the guide") {
			t.Errorf("%q → %q, want what is kept and /privacy", text, rs[0].Text)
		}
	}
}
