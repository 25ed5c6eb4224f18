package agent_test

import (
	"strings"
	"testing"
)

// TestPendingPartsBeforeTheDraft asks, at a step before the first draft,
// for something to be said or left out: the first draft carries it out as
// the same words would on a draft already shown, and the words of the
// request never go into the draft.
func TestPendingPartsBeforeTheDraft(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lines    []string
		has, not []string
	}{
		{name: "a line to add, at the feel step",
			lines: []string{"write to my cousin bea, she just got engaged to her girlfriend", "can you add that i'll be home for christmas"},
			has:   []string{"engaged", "I'll be home for Christmas"}, not: []string{"add that", "can you"}},
		{name: "a memory to leave out, at the feel step",
			lines: []string{"help me message my mate joel, his dad is in hospital and we used to play chess every tuesday", "please don't mention the chess"},
			has:   []string{"Joel"}, not: []string{"chess", "mention"}},
		{name: "a part to skip is no skip of the step",
			lines: []string{"write to my friend imani, she got a place at art school and we went camping in wales last year", "skip the bit about camping"},
			has:   []string{"art school"}, not: []string{"camping"}},
		{name: "a line to say, at the mention step",
			lines: []string{"message my colleague bruno, his mum died last week", "skip", "tell him the whole team is thinking of him"},
			has:   []string{"The whole team is thinking of you"}, not: []string{"tell him"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDraftAfter(t, tc.lines, tc.has, tc.not) })
	}
}

// checkDraftAfter sends lines as one person, skips to the draft, and checks
// that it has every word of has and none of not (case aside).
func checkDraftAfter(t *testing.T, lines, has, not []string) {
	t.Helper()
	h := newHarness(t)
	rs := h.send("p", lines[0], "")
	for _, l := range lines[1:] {
		rs = h.send("p", l, "")
	}
	d := skipToDraft(h, rs)
	if d == "" {
		t.Fatalf("no draft after %q", lines)
	}
	for _, w := range has {
		if !strings.Contains(strings.ToLower(d), strings.ToLower(w)) {
			t.Errorf("draft %q lacks %q", d, w)
		}
	}
	for _, w := range not {
		if strings.Contains(strings.ToLower(d), strings.ToLower(w)) {
			t.Errorf("draft %q has %q", d, w)
		}
	}
}
