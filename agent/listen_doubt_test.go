package agent

import "testing"

// TestDoubtKindsAreKnown checks that every story kind the doubt answers
// are written for is a kind the listening replies name.
func TestDoubtKindsAreKnown(t *testing.T) {
	for kind := range doubtByFeeling {
		if _, ok := adviceByFeeling[kind]; !ok {
			t.Errorf("doubt answer for %q, a kind no listening reply names", kind)
		}
	}
}

// TestIsItMe checks the ways of asking "is it me?" are read as doubt, and
// questions with a topic of their own are not.
func TestIsItMe(t *testing.T) {
	for _, s := range []string{"is it me", "is it just me??", "am i the problem here", "be honest am i being too needy",
		"did i do something wrong", "whats wrong with me", "am i overreacting or what", "is it something i did"} {
		if !reIsItMe.MatchString(foldText(s)) {
			t.Errorf("%q not read as doubt", s)
		}
	}
	for _, s := range []string{"is it me or is the app slow", "am i the problem in my marriage, how do i fix it",
		"is it rude to leave someone on read", "did i do something wrong by not going to her party last year when she asked me"} {
		if reIsItMe.MatchString(foldText(s)) {
			t.Errorf("%q read as doubt", s)
		}
	}
}
