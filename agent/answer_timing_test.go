package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestTimingQuestionsAnsweredWithoutHedge checks that a question of how
// often, how long or when is answered plainly by a section that lists
// questions of the same kind, even when a filler word or a detail lowers
// how much of it the section covers: the note that the guide only comes
// near is kept for weak evidence.
func TestTimingQuestionsAnsweredWithoutHedge(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"how often should i ring my dad anyway?", "checking-in/how-often-to-get-in-touch"},
		{"how often am i meant to message my nan honestly", "checking-in/how-often-to-get-in-touch"},
		{"how often should i phone my aunt anyway", "checking-in/how-often-to-get-in-touch"},
	} {
		a := agent.ComposeAnswer(kb, tt.q)
		if a.Cited != tt.want {
			t.Errorf("%q cited %q, want %q", tt.q, a.Cited, tt.want)
		}
		if a.Weak || strings.Contains(a.Text, "doesn't speak to exactly") {
			t.Errorf("%q is hedged: %q", tt.q, a.Text)
		}
	}
}
