package agent_test

import (
	"strings"
	"testing"
)

// Thanks under a draft keeps it, as "done" would; thanks with a change
// asked for still makes the change.
func TestThanksUnderADraftKeepsIt(t *testing.T) {
	for _, thanks := range []string{"thanks x", "perfect thank you", "ty!!"} {
		h := newHarness(t)
		h.send("p", "help me write to my cousin ines, she passed her driving test", "")
		h.send("p", "casual", "")
		text := allText(h.send("p", thanks, ""))
		if strings.Contains(text, "what to change") || strings.Contains(text, "I'm not sure what to change") {
			t.Errorf("%q under a draft: %q, want the draft kept", thanks, text)
		}
	}
}
