package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestReflectStepAnswerStays answers the question asking for one small
// step with the person's own writing or sending ("write a letter to…",
// "draft a thank-you to…"): the reflection ends with its summary and offers
// the draft, rather than starting one; a request put to the companion
// still starts the drafting flow.
func TestReflectStepAnswerStays(t *testing.T) {
	h := newHarness(t)
	tests := []struct {
		answer, want string
		summary      bool
	}{
		{"write a letter to my godmother Irene for her 80th", "Draft a message to Irene", true},
		{"draft a proper thank you to Malik for helping with the move", "Draft a message to Malik", true},
		{"send a postcard to Aunt Louise from the trip", "Here's what I heard", true},
		{"can you help me write to Malik", "", false},
	}
	for i, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			person := fmt.Sprintf("step%d", i)
			h.send(person, "hi", "")
			h.send(person, "/reflect", "")
			h.send(person, "", "journey:matter")
			for _, a := range []string{"Irene, Malik and my aunt Louise", "skip", "skip", "skip"} {
				h.send(person, a, "")
			}
			var b strings.Builder
			for _, r := range h.send(person, tt.answer, "") {
				b.WriteString(r.Text + "\n")
				for _, c := range r.Choices {
					b.WriteString("[" + c.Label + "]\n")
				}
			}
			got := b.String()
			if summed := strings.Contains(got, "Here's what I heard"); summed != tt.summary {
				t.Fatalf("%q → %q: summary %v, want %v", tt.answer, got, summed, tt.summary)
			}
			if tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("%q → %q, want %q", tt.answer, got, tt.want)
			}
		})
	}
}

// TestReflectResumeInOtherWords picks a paused reflection up, after a
// restart, when asked where things stopped in words other than
// "continue".
func TestReflectResumeInOtherWords(t *testing.T) {
	h := newHarness(t)
	for i, words := range []string{"where did we stop", "where were we up to", "ok let's finish the reflection", "pick it up where we left off",
		"get back to the questions"} {
		t.Run(words, func(t *testing.T) {
			person := fmt.Sprintf("resume%d", i)
			h.send(person, "hi", "")
			h.send(person, "/reflect", "")
			h.send(person, "", "journey:week")
			h.send(person, "coffee with my neighbour", "")
			h.send(person, "pause", "")
			h.restart()
			rs := h.send(person, words, "")
			if len(rs) == 0 || !strings.Contains(rs[0].Text, "(2/5)") {
				t.Errorf("%q after a pause → %+v, want question 2 again", words, rs)
			}
		})
	}
}
