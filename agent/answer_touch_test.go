package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestAnswersSpeakToTheQuestion checks that a question about replying late
// or texting too much opens with a sentence on exactly that, not with a
// neighbouring paragraph of the same section (double texting, asking about
// limits). A stance may open the answer ("No: …"); the guide's sentence
// after it must then be on the question. The wordings are not the guide's
// listed questions.
func TestAnswersSpeakToTheQuestion(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want []string // the first sentence has one of these
	}{
		{"is replying a week later bad manners", []string{"replies late", "while to reply", "comes late"}},
		{"i only reply to my friends after a few days, is that bad", []string{"replies late", "while to reply", "Fast replies are not", "write back after a gap"}},
		{"is it rude to take ages to answer texts", []string{"replies late", "while to reply"}},
		// How often is a question of rhythm as much as of their replies:
		// the section on how often to get in touch speaks to it as well.
		{"am i messaging him too often", []string{"answer in kind", "comes back", "no single right rhythm"}},
		// The labelled sets name double texting for "am i texting too
		// much" too, and its sentence on messages in a row is on exactly that.
		{"do i send my sister too many texts", []string{"comes back", "answer in kind", "Several messages in a row"}},
		{"should i unfollow people from school who make me feel bad", []string{"Yes", "unfollow"}},
	}
	for _, tt := range tests {
		a := agent.ComposeAnswer(kb, tt.q)
		opening := a.First
		if a.Stance != "" {
			_, rest, _ := strings.Cut(a.Text, a.Stance)
			sentence, _, _ := strings.Cut(strings.TrimSpace(rest), ". ")
			opening = sentence
		}
		ok := false
		for _, w := range tt.want {
			ok = ok || strings.Contains(opening, w)
		}
		if !ok {
			t.Errorf("%q: first sentence %q (from %s), want one with %q", tt.q, opening, a.Cited, tt.want)
		}
	}
}
