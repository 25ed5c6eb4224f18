package compose

import (
	"strings"
	"testing"
)

// TestHardNewsIsNeverCongratulated checks that a congratulation carrying
// hard news of theirs, however it is said, becomes a message for a hard
// time: no "congratulations" beside a job lost or a diagnosis, and the
// news said with sorrow.
func TestHardNewsIsNeverCongratulated(t *testing.T) {
	for _, news := range []string{
		"you got laid off", "you just got fired", "you were made redundant last month",
		"you got dumped", "you got diagnosed with diabetes", "you were in a car accident",
		"you've been in hospital all week", "you lost your job",
	} {
		for v := range 3 {
			got := Write(Spec{Occasion: Congrats, Name: "Ren", Tie: TieFriend, Variant: v,
				Details: []Detail{{Kind: TheirNews, Text: "on:your promotion"}, {Kind: TheirNews, Text: news}}})
			low := strings.ToLower(got)
			if strings.Contains(low, "congrat") || strings.Contains(low, "promotion") || strings.Contains(got, "!") {
				t.Errorf("%q (variant %d): %q", news, v, got)
			}
			if !strings.Contains(low, "sorry") && !strings.Contains(low, "thinking of you") {
				t.Errorf("%q (variant %d): no sorrow in %q", news, v, got)
			}
		}
	}
	// Glad news stays glad, recovery included.
	for _, news := range []string{"you got the job", "you finally got the all clear", "you're out of hospital"} {
		got := Write(Spec{Occasion: Congrats, Name: "Ren", Tie: TieFriend, Details: []Detail{{Kind: TheirNews, Text: news}}})
		if strings.Contains(strings.ToLower(got), "sorry") {
			t.Errorf("%q: %q", news, got)
		}
	}
}
