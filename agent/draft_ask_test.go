package agent_test

import (
	"strings"
	"testing"
)

// TestAskOfSomeoneDrafts checks that asking someone for something — a
// reference, an introduction, advice, a favour — starts a draft to the one
// asked, whatever the words. The draft carries the ask for half of them
// today (reference, advice, recommendation); that is the floor.
func TestAskOfSomeoneDrafts(t *testing.T) {
	carried := 0
	for _, tc := range []struct{ text, who, ask string }{
		{"i'm after a reference from my old supervisor, dr okoro", "Dr Okoro", "reference"},
		{"could really do with some advice from my uncle tunde about mortgages", "Tunde", "advice"},
		{"my old coach marguerite, i'd love her to write me a recommendation", "Marguerite", "recommend"},
		{"need an intro to her agency from my friend bella", "Bella", "intro"},
		{"going to ask my neighbour gita if she could feed the cat while im away", "Gita", "cat"},
		{"would my ex colleague wes be willing to put in a good word for me", "Wes", "word"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			h := newHarness(t)
			rs := h.send("p", tc.text, "")
			if !draftStarted(rs) || !strings.Contains(allText(rs), tc.who) {
				t.Fatalf("got %q, want a draft to %s", allText(rs), tc.who)
			}
			d := skipToDraft(h, rs)
			if !strings.Contains(d, tc.who) {
				t.Errorf("draft %q does not address %s", d, tc.who)
			}
			if strings.Contains(strings.ToLower(d), tc.ask) {
				carried++
			}
		})
	}
	if carried < 3 {
		t.Errorf("%d drafts carry the ask, want at least 3", carried)
	}
}

// TestAskForAdviceAboutSomeoneIsNoDraft checks that advice wanted about
// someone, or an ask of the companion, is not taken for an ask of them.
func TestAskForAdviceAboutSomeoneIsNoDraft(t *testing.T) {
	for _, text := range []string{
		"i need advice about my brother, he's drinking a lot",
		"can you give me some tips on my flatmate situation",
		"should i ask my manager for a reference?",
		"my mum is always giving me advice i never asked for",
	} {
		h := newHarness(t)
		if rs := h.send("p", text, ""); draftStarted(rs) {
			t.Errorf("%q started a draft: %q", text, allText(rs))
		}
	}
}
