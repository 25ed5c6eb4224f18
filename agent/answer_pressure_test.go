package agent_test

import (
	"strings"
	"testing"
)

// TestSupportWithoutPressure checks that asking how to help someone
// without pushing them ("without being pushy", "without nagging") is
// answered with the guide's words on support without pressure, not a
// neighbouring paragraph that shares only the word "support".
func TestSupportWithoutPressure(t *testing.T) {
	for _, q := range []string{
		"how can i be there for my cousin without being pushy",
		"whats the best way to support my mate thats depressed without nagging him",
		"how do i help my sister through her breakup without pressuring her",
	} {
		h := newHarness(t)
		r := lastReply(t, h.send("u", q, ""))
		if !strings.Contains(r.Text, "without pressure") {
			t.Errorf("%q: answer %q does not speak of support without pressure", q, r.Text)
		}
	}
}
