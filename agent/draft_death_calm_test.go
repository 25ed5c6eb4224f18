package agent_test

import (
	"strings"
	"testing"
)

// A draft about a death, the day marking one, or a hard time opens
// calmly, whatever feel was picked: no "Hi Ana!" and no exclamation mark
// anywhere in its first line.
func TestDraftAboutADeathOpensCalmly(t *testing.T) {
	for _, c := range []struct{ request, feel string }{
		{"help me message marek, friday is the anniversary of his dad's death", "warm"},
		{"can you write to joanne, the death of her sister was a year ago this week", "cheerful"},
		{"i want to text luis, it's two years since his grandma died", "casual"},
		{"write to femi, he's going through a really hard time since the divorce", "warm"},
	} {
		h := newHarness(t)
		h.send("p", c.request, "")
		draft := ""
		for _, answer := range []string{c.feel, "no", "no"} {
			text := allText(h.send("p", answer, ""))
			if i := strings.Index(text, "> "); i >= 0 {
				draft = text[i+2:]
				break
			}
		}
		if draft == "" {
			t.Fatalf("%q: no draft offered", c.request)
		}
		first := strings.SplitN(draft, ".", 2)[0]
		if strings.Contains(first, "!") || strings.Contains(strings.ToLower(draft), "happy birthday") {
			t.Errorf("%q (%s): draft opens %q, want a calm opening", c.request, c.feel, first)
		}
	}
}
