package agent_test

import (
	"strings"
	"testing"
)

// TestWhatsMyName checks that the person can ask what the companion calls
// them, before and after giving a name.
func TestWhatsMyName(t *testing.T) {
	h := newHarness(t)
	steps := []struct{ text, want string }{
		{"whats my name", "haven't told me"},
		{"call me rafa", "Rafa"},
		{"what's my name?", "call you Rafa"},
		{"do u remember my name", "call you Rafa"},
	}
	for _, s := range steps {
		rs := h.send("rafa", s.text, "")
		if len(rs) == 0 || !strings.Contains(rs[0].Text, s.want) {
			t.Fatalf("%q: replies %+v, want %q", s.text, rs, s.want)
		}
	}
}
