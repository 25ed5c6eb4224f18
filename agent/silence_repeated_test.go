package agent_test

import (
	"strings"
	"testing"
)

// TestRepeatedReachIsHeardFirst checks that reaching out more than once
// and hearing nothing is heard as a hurt, with writing offered and no
// draft started, however the tries are counted; one message unanswered,
// or a request to write again, still starts a draft.
func TestRepeatedReachIsHeardFirst(t *testing.T) {
	for _, in := range []string{
		"dropped my old flatmate 4 texts since friday, not one answer",
		"called mum twice yesterday and she never rang back",
		"left a few voicemails for my uncle this month and heard nothing",
		"put several messages in the cousins group and nobody answered",
		"kept messaging amara over the holidays, still nothing",
	} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) {
			t.Errorf("%q started a draft:\n%s", in, got)
			continue
		}
		if !containsAny(got, []string{"hurt", "sting", "unanswered", "ignored", "passed over"}) {
			t.Errorf("%q: the silence was not heard:\n%s", in, got)
		}
		offered := hasChoice(rs, "menu:draft") || hasChoice(rs, "offer:yes")
		if !offered {
			t.Errorf("%q: no message offered:\n%s", in, got)
		}
	}
	for _, in := range []string{
		"emailed my landlord once last month and no reply yet",
		"messaged priya three times and no answer, can you help me write one last nudge",
	} {
		h := newHarness(t)
		if rs := h.send("p", in, ""); !draftStarted(rs) {
			t.Errorf("%q started no draft:\n%s", in, allText(rs))
		}
	}
}
