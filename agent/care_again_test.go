package agent_test

import (
	"strings"
	"testing"
)

// TestCrisisAgainIsShorter checks that a second crisis message while care
// goes on is met as the same conversation: not the first reply again word
// for word, but still saying the companion is not a crisis service, naming
// the emergency number, and keeping the helplines a tap away.
func TestCrisisAgainIsShorter(t *testing.T) {
	for _, second := range []string{"idk i just feel like a weight on everyone", "i want to die", "i've been thinking about how i'd do it"} {
		t.Run(second, func(t *testing.T) {
			h := newHarness(t)
			first := allText(h.send("p", careCrisis, ""))
			rs := h.send("p", second, "")
			got := allText(rs)
			if got == first {
				t.Fatalf("the first crisis reply came again word for word:\n%s", got)
			}
			if len(got) >= len(first) {
				t.Errorf("the second reply (%d bytes) is not shorter than the first (%d)", len(got), len(first))
			}
			if !strings.Contains(got, "not a crisis service") || !strings.Contains(got, "emergency") {
				t.Errorf("the second reply lost what must be said:\n%s", got)
			}
			if !hasChoicePrefix(rs, "crisis:helplines") {
				t.Errorf("no helplines button on the second reply")
			}
		})
	}
}

// TestCareSomethingElseAnswered checks that asking to talk about something
// else together with a question answers the question.
func TestCareSomethingElseAnswered(t *testing.T) {
	h := newHarness(t)
	h.send("p", careCrisis, "")
	got := allText(h.send("p", "thanks. can we talk about something else, how do i make friends at work", ""))
	if !strings.Contains(got, "From the guide") || !strings.Contains(strings.ToLower(got), "friend") {
		t.Errorf("the question asked beside 'something else' was not answered:\n%s", got)
	}
}

// TestCareDraftSoftenedByWorry checks that a worry about how the support
// message lands ("i don't want to scare her") makes it gentler.
func TestCareDraftSoftenedByWorry(t *testing.T) {
	for _, worry := range []string{"i dont want to scare her", "its a bit too heavy", "she'll panic if she reads that"} {
		t.Run(worry, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", careCrisis, "")
			before := draftText(h.send("p", "can you help me tell my friend nadia", ""))
			if before == "" {
				t.Fatal("no support draft")
			}
			after := draftText(h.send("p", worry, ""))
			if after == "" || after == before {
				t.Errorf("%q did not change the draft (%q → %q)", worry, before, after)
			}
		})
	}
}
