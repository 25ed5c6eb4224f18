package agent

import (
	"strings"
	"testing"
)

// TestKeptTimeNamesBothLimits checks that an answer keeping a day free and
// wanting nothing late names both limits, never one alone.
func TestKeptTimeNamesBothLimits(t *testing.T) {
	q := Question{Text: "When are you happy to be reached, and when do you need to be left alone?"}
	for _, answer := range []string{
		"texts after 10pm stress me out, and i want saturdays to myself",
		"nothing after eleven please, and my evenings are for family",
	} {
		got := keptTimeAck(q, answer, 0)
		if !strings.Contains(got, "after") || !(strings.Contains(strings.ToLower(got), "saturday") || strings.Contains(got, "evenings")) {
			t.Errorf("%q → %q, want both limits named", answer, got)
		}
	}
}
