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
