package agent_test

import (
	"strings"
	"testing"
)

// TestDraftRegisterIsNoOccasion checks that asking for a thank-you to
// sound more professional keeps it a thank-you, with what it thanks for:
// the word is a register, never another occasion.
func TestDraftRegisterIsNoOccasion(t *testing.T) {
	h := newHarness(t)
	h.send("p", "my former team lead Bronwen put in a good word for me and i got the nursing post, i want to thank her", "")
	rs := h.send("p", "keep it professional please", "")
	d := strings.ToLower(skipToDraft(h, rs))
	if d == "" {
		t.Fatal("no draft")
	}
	for _, w := range []string{"thank", "good word"} {
		if !strings.Contains(d, w) {
			t.Errorf("draft %q lacks %q", d, w)
		}
	}
	if strings.Contains(d, "paths cross") {
		t.Errorf("draft %q was turned into a networking note", d)
	}
}
