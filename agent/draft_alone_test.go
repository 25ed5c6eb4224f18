package agent_test

import (
	"strings"
	"testing"
)

// TestMessageKindAloneStartsADraft checks that a kind of message asked
// for with how it should sound and nobody named ("a short check in
// pls") starts a draft that asks who it is for, while a bare word of
// thanks or sorry to the companion does not.
func TestMessageKindAloneStartsADraft(t *testing.T) {
	h := newScenarioHarness(t)
	for i, text := range []string{"a short check in pls", "polite nudge please", "quick apology text"} {
		rs := h.send("alone-"+string(rune('a'+i)), text, "")
		if len(rs) == 0 || !strings.Contains(strings.ToLower(rs[0].Text), "who would you like to write to") {
			t.Errorf("%q did not start a draft: %+v", text, rs)
		}
	}
	for i, text := range []string{"thanks", "sorry", "nice thanks"} {
		rs := h.send("bare-"+string(rune('a'+i)), text, "")
		if len(rs) > 0 && strings.Contains(strings.ToLower(rs[0].Text), "who would you like to write to") {
			t.Errorf("%q started a draft: %q", text, rs[0].Text)
		}
	}
}

// TestNamedFromAGroupIsWrittenToAlone checks that someone named with the
// group they come from ("Idris from my running club") is greeted by name,
// never as the group.
func TestNamedFromAGroupIsWrittenToAlone(t *testing.T) {
	h := newScenarioHarness(t)
	var draft string
	for _, line := range []string{"i want to thank Idris from my choir group, he gave me a lift home every week while my car was off the road", "skip", "skip"} {
		for _, r := range h.send("choir-idris", line, "") {
			if r.Draft {
				draft = r.Text
			}
		}
	}
	if !strings.Contains(draft, "Idris") || strings.Contains(draft, "everyone") || strings.Contains(draft, "Hi all") {
		t.Errorf("draft to Idris greets the group: %q", draft)
	}
}

// TestWishToSendStartsADraft checks that a wish to send someone named one
// more message, said with "send", starts the draft at once, and that a
// follow-up asked about "dinner" is about the dinner.
func TestWishToSendStartsADraft(t *testing.T) {
	h := newScenarioHarness(t)
	var draft string
	for _, r := range h.send("send-once", "i asked my friend bruno about the gig two weeks back, no answer yet. i'd like to send him a gentle nudge, nothing pushy", "") {
		if r.Draft {
			draft = r.Text
		}
	}
	if !strings.Contains(draft, "Bruno") || !strings.Contains(draft, "gig") || strings.Contains(draft, "for about") {
		t.Errorf("no follow-up to Bruno about the gig: %q", draft)
	}
}

// TestStoryAfterCommandIsKept checks that what is told after the draft
// command itself ("/draft …, her cat Pip died") reaches the draft, while a
// command with only a name still asks.
func TestStoryAfterCommandIsKept(t *testing.T) {
	h := newScenarioHarness(t)
	var draft string
	for _, line := range []string{"/draft for Anouk, her old cat Pip died on sunday, she had him since uni", "skip", "skip"} {
		for _, r := range h.send("cmd-story", line, "") {
			if r.Draft {
				draft = r.Text
			}
		}
	}
	if !strings.Contains(draft, "Pip") {
		t.Errorf("the story after the command is lost: %q", draft)
	}
	rs := h.send("cmd-name", "/draft Anouk", "")
	if len(rs) == 0 || rs[0].Draft {
		t.Errorf("a command with only a name wrote a draft at once: %+v", rs)
	}
}
