package agent_test

import (
	"strings"
	"testing"
)

// TestApprovalFinishesTheDraft checks, end to end, that liking a draft in
// one's own words finishes it, never adds the words to it.
func TestApprovalFinishesTheDraft(t *testing.T) {
	for _, said := range []string{"That is lovely. Done.", "yeah thats good done", "That will do nicely", "looks great, im happy with that"} {
		h := newHarness(t)
		if skipToDraft(h, h.send("p", "help me write to my friend jo, she got a new job", "")) == "" {
			t.Fatal("no draft shown")
		}
		got := allText(h.send("p", said, ""))
		if !strings.Contains(got, "to copy") || strings.Contains(got, "happy with that") {
			t.Errorf("%q: got %q, want the draft finished", said, got)
		}
	}
}
