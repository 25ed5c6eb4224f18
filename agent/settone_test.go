package agent_test

import (
	"strings"
	"testing"
)

// TestToneSetInWords checks that the tone drafts start with can be set in
// words outside the settings menu, and that an unknown tone sets nothing.
func TestToneSetInWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"set my tone to casual", "casual"},
		{"change the default tone to warm", "warm"},
		{"make my draft tone playful", "playful"},
	} {
		h := newHarness(t)
		if got := allText(h.send("p", c.in, "")); !strings.Contains(got, "Drafts will start "+c.want+".") {
			t.Errorf("%q: %q", c.in, got)
		}
		if got := allText(h.send("p", "/settings", "")); !strings.Contains(got, "Preferred tone for drafts:** "+c.want) {
			t.Errorf("%q: the settings do not show it:\n%s", c.in, got)
		}
	}
	h := newHarness(t)
	if got := allText(h.send("p", "set my tone to purple", "")); strings.Contains(got, "Drafts will start") {
		t.Errorf("an unknown tone was set: %q", got)
	}
}
