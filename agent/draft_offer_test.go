package agent_test

import (
	"strings"
	"testing"
)

// TestOfferTakenWithAFeel checks that saying how the message should sound
// right after an offer to write takes the offer: the draft starts from the
// news, with that feel, and is never answered as a feeling of the
// person's own.
func TestOfferTakenWithAFeel(t *testing.T) {
	for _, tc := range []struct{ news, feel, word string }{
		{"my cousin dara just passed her bar exam", "light and fun", "Dara"},
		{"my mate yusuf finally finished his first marathon", "warm", "Yusuf"},
		{"my brother joel got into the uni he wanted", "casual", "Joel"},
	} {
		t.Run(tc.feel, func(t *testing.T) {
			h := newHarness(t)
			first := allText(h.send("p", tc.news, ""))
			if !strings.Contains(first, "Write to "+tc.word) && !strings.Contains(first, tc.word) {
				t.Fatalf("no offer to write to %s:\n%s", tc.word, first)
			}
			rs := h.send("p", tc.feel, "")
			if got := allText(rs); strings.Contains(got, "a lot to carry") || strings.Contains(got, "What feel") {
				t.Errorf("%q after the offer was not taken as its feel:\n%s", tc.feel, got)
			}
			d := skipToDraft(h, rs)
			if !strings.Contains(d, tc.word) {
				t.Errorf("draft %q is not to %s", d, tc.word)
			}
		})
	}
}

// TestShapedRequestIsARequest checks that a request which says what the
// message should be like ("one short friendly text") is written, never
// listened to as a feeling.
func TestShapedRequestIsARequest(t *testing.T) {
	for _, text := range []string{
		"one quick friendly nudge to Bea, she's gone quiet since our coffee. nothing clingy",
		"a short casual message to Omar, he never answered about the gig",
	} {
		t.Run(text, func(t *testing.T) {
			h := newHarness(t)
			if d := skipToDraft(h, h.send("p", text, "")); d == "" {
				t.Errorf("%q gave no draft", text)
			}
		})
	}
}
