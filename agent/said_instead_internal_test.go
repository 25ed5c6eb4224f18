package agent

import (
	"strings"
	"testing"
)

// TestSaidInstead changes who a message is for when the person corrects
// themselves halfway through, in several wordings, and keeps the rest of
// what they said; a plan for the message taken back is dropped.
func TestSaidInstead(t *testing.T) {
	for _, tc := range []struct {
		in       string
		has, not []string
	}{
		{in: "can you write to my brother tom... wait no, his girlfriend nadia, she's the one who helped. she drove me to the station",
			has: []string{"nadia", "drove me to the station"}, not: []string{"tom", "wait no", "girlfriend"}},
		{in: "a thank you note to my uncle ray for the book token. no wait, it was auntie pam who sent it, ray just posted it",
			has: []string{"auntie pam", "thank you note", "book token"}, not: []string{"ray", "no wait"}},
		{in: "text my dad to ask if he can drive me saturday... actually no not dad, he's busy. my friend joss instead",
			has: []string{"my friend joss", "drive me saturday"}, not: []string{"dad", "busy", "actually no"}},
		{in: "message to the choir group.. no sorry, the allotment group, choir is fine",
			has: []string{"the allotment group"}, not: []string{"choir", "no sorry"}},
		{in: "to professor lee? sorry no, to his assistant dana",
			has: []string{"Dana"}, not: []string{"lee", "assistant"}},
		{in: "my sister won her race today. i was going to make a joke about her shoes but actually no, make it proud",
			has: []string{"won her race", "make it proud"}, not: []string{"joke", "shoes"}},
	} {
		got := saidInstead(tc.in)
		for _, h := range tc.has {
			if !strings.Contains(strings.ToLower(got), strings.ToLower(h)) {
				t.Errorf("saidInstead(%q) = %q, want %q in it", tc.in, got, h)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(strings.ToLower(got), strings.ToLower(n)) {
				t.Errorf("saidInstead(%q) = %q, want no %q", tc.in, got, n)
			}
		}
	}
	for _, keep := range []string{
		"no wait, make it shorter",
		"actually no, i don't think i want to",
		"my friend sam got the job! wait no, she got the other one",
		"write to my mum about sunday",
	} {
		if got := saidInstead(keep); got != keep {
			t.Errorf("saidInstead(%q) = %q, want it kept", keep, got)
		}
	}
}
