package agent_test

import (
	"strings"
	"testing"
)

// TestCondolenceGreetsTheBereaved checks that a condolence asked for after
// naming the one who died is written to the one left, greeted by their own
// family word, never by the word of the one who died.
func TestCondolenceGreetsTheBereaved(t *testing.T) {
	for _, tc := range []struct{ text, greet, not string }{
		{"grandpa passed away in the night, nana is in bits, can you help me with a message", "Nana", "Grandpa,"},
		{"mum died in the spring and dad is rattling round the house alone, help me write something", "Dad", "Mum,"},
		{"our uncle femi died on tuesday, i want to send aunt kemi a few words", "Kemi", "Femi,"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			h := newHarness(t)
			d := skipToDraft(h, h.send("p", tc.text, ""))
			first, _, _ := strings.Cut(d, ".")
			if !strings.Contains(first, tc.greet) || strings.Contains(first, tc.not) {
				t.Errorf("draft %q: first sentence should greet %s, not %s", d, tc.greet, tc.not)
			}
		})
	}
}
