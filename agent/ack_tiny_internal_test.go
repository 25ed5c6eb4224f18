package agent

import (
	"strings"
	"testing"
)

// TestTinyAnswersNotSaidBack answers an answer of a word or two without
// saying it back in italics, and a good word denied ("not good really")
// without gladness.
func TestTinyAnswersNotSaidBack(t *testing.T) {
	news := Question{Text: "Think of a recent time someone had good or bad news. How did you respond?"}
	step := Question{Text: "What is one small thing you'd like to do for a relationship next week?"}
	for _, tt := range []struct {
		q      Question
		answer string
	}{
		{news, "poorly"}, {news, "awkwardly tbh"}, {step, "not sure. anything"}, {news, "not well"},
	} {
		for v := 0; v < 3; v++ {
			got := Acknowledge(tt.q, tt.answer, v)
			if strings.Contains(got, "_") || strings.Contains(strings.ToLower(got), "lovely") {
				t.Errorf("Acknowledge(%q, %d) = %q, want the point named, no echo, no gladness", tt.answer, v, got)
			}
		}
	}
}

// TestSharedThenRegretted names the loop of sharing and then wishing one
// had not, and leaves sharing with no regret to the other lines.
func TestSharedThenRegretted(t *testing.T) {
	private := Question{Text: "What do you keep private online, and is there anything you share that you would rather keep to yourself?"}
	for _, a := range []string{"i told the whole group chat about the interview and wished i hadnt", "tbh i vent online way too much and then i want to take it back"} {
		if got := Acknowledge(private, a, 0); strings.Contains(got, "_") || !strings.Contains(strings.ToLower(got), "regret") {
			t.Errorf("Acknowledge(%q) = %q, want the regret named, no echo", a, got)
		}
	}
	if got := sharedRegretAck("i post loads and never regret it", 0); got != "" {
		t.Errorf("no regret, yet %q", got)
	}
}
