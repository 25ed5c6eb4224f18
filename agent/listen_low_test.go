package agent_test

import (
	"strings"
	"testing"
)

// TestLowFeelingKeepsTheGuideNear checks that a low feeling the guide
// speaks to is met as a feeling, with the guide's section one tap away
// and readable from that button.
func TestLowFeelingKeepsTheGuideNear(t *testing.T) {
	h := newHarness(t)
	rs := h.send("kim", "i feel so left out, my friends keep hanging out without me", "")
	var read string
	for _, r := range rs {
		if strings.Contains(r.Text, "From the guide") || strings.Contains(r.Text, "doesn't cover") {
			t.Errorf("a feeling was answered as a guide question: %q", r.Text)
		}
		for _, c := range r.Choices {
			if strings.HasPrefix(c.Label, "Read: ") {
				read = c.ID
			}
		}
	}
	if read == "" {
		t.Fatalf("no guide section offered beside the feeling reply: %+v", rs)
	}
	rs = h.send("kim", "", read)
	if len(rs) == 0 || len(rs[0].Text) < 80 {
		t.Errorf("the section button read nothing: %+v", rs)
	}

}
