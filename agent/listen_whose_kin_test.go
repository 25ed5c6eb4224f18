package agent_test

import (
	"strings"
	"testing"
)

// TestSomeoneElsesParentIsNeverMumOrDad checks that "his mum", "her dad"
// said about someone named beside them, before or after, is heard as
// that one's parent in the listening reply, never as the person's own
// Mum or Dad, and that a draft asked for goes to the one named.
func TestSomeoneElsesParentIsNeverMumOrDad(t *testing.T) {
	for _, tc := range []struct{ text, owner string }{
		{"her mum is in intensive care and i don't know how to support my wife", "wife"},
		{"his dad is really poorly, my old flatmate marcus", "Marcus"},
		{"my neighbour ines, her dad is in hospital again", "Ines"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			h := newHarness(t)
			got := allText(h.send("p", tc.text, ""))
			for _, bad := range []string{"about Mum", "about Dad", "to Mum", "to Dad"} {
				if strings.Contains(got, bad) {
					t.Errorf("reply reads %q as the person's own parent:\n%s", bad, got)
				}
			}
			if !strings.Contains(got, tc.owner) {
				t.Errorf("reply does not name %s:\n%s", tc.owner, got)
			}
		})
	}
	for _, tc := range []struct{ ask, want string }{
		{"help me write to my friend noor, her dad is in hospital", "Noor"},
		{"his mum passed away on monday, can you help me message my colleague teo", "Teo"},
	} {
		t.Run(tc.ask, func(t *testing.T) {
			h := newHarness(t)
			d := skipToDraft(h, h.send("p", tc.ask, ""))
			if !strings.Contains(d, tc.want) {
				t.Errorf("draft %q is not to %s", d, tc.want)
			}
			if strings.HasPrefix(d, "Hi Mum") || strings.HasPrefix(d, "Hi Dad") || strings.HasPrefix(d, "Dear Mum") || strings.HasPrefix(d, "Dear Dad") {
				t.Errorf("draft %q is to the person's own parent", d)
			}
		})
	}
}
