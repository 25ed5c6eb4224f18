package compose

import (
	"strings"
	"testing"
)

// TestFollowUpThroughTheSilence checks that a follow-up told as the
// silence it met carries what was asked or sent, never the silence, and
// that a guess at why no answer came stays out.
func TestFollowUpThroughTheSilence(t *testing.T) {
	for _, c := range []struct {
		name, text string
		has        []string
		not        []string
	}{
		{"Gran", "my gran never replied when i asked if she wanted to come to the panto in december",
			[]string{"whether you'd like to come to the panto in December"}, []string{"never replied", "she"}},
		{"Omar", "i texted my old flatmate omar whether he'd like to go climbing next month and nothing yet",
			[]string{"you'd like to go climbing next month"}, []string{"old flatmate", "nothing yet"}},
		{"Bea", "bea still hasn't got back to me about the holiday cottage booking",
			[]string{"follow up on the holiday cottage booking"}, []string{"hasn't got back"}},
		{"Kemi", "i sent kemi over email my portfolio for the illustrator job and heard nothing",
			[]string{"my portfolio"}, []string{"heard nothing"}},
		{"Dan", "dan hasn't answered about the tickets. he's probably just swamped at work",
			[]string{"the tickets"}, []string{"swamped", "probably"}},
		{"Mo", "mo didn't reply about the stag do. we need to pay the deposit by thursday",
			[]string{"the stag do", "pay the deposit by Thursday"}, []string{"didn't reply"}},
	} {
		var ds []Detail
		for _, s := range splitClauses(c.text) {
			ds = append(ds, Parse(s, c.name, FollowUp)...)
		}
		got := Write(Spec{Occasion: FollowUp, Name: c.name, Tie: TieFriend, Details: ds})
		for _, h := range c.has {
			if !strings.Contains(got, h) {
				t.Errorf("%q: %q lacks %q", c.text, got, h)
			}
		}
		for _, n := range c.not {
			if strings.Contains(strings.ToLower(got), strings.ToLower(n)) {
				t.Errorf("%q: %q has %q", c.text, got, n)
			}
		}
	}
}

// TestStillSuitsAsked checks that asking whether a time still suits them
// is asked plainly.
func TestStillSuitsAsked(t *testing.T) {
	for text, want := range map[string]string{
		"ask if saturday still works":     "Does Saturday still work for you?",
		"ask whether the 3rd still suits": "Does the 3rd still suit you?",
	} {
		got := Write(Spec{Occasion: FollowUp, Name: "Lin", Tie: TieFriend, Details: Parse(text, "Lin", FollowUp)})
		if !strings.Contains(got, want) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
