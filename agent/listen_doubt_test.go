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

// TestSmallStepAsked checks that asking for one small thing to try is read
// as asking what to do.
func TestSmallStepAsked(t *testing.T) {
	for _, s := range []string{"what's a small thing i could try tomorrow", "whats one thing i can do", "give me one small thing to try", "what would be a good first step to try",
		"any small thing we can try", "is there anything little i could start with", "something easy to do?", "one tiny step i might try"} {
		if !asksWhatToDo(s) {
			t.Errorf("%q not read as asking what to do", s)
		}
	}
	for _, s := range []string{"what's a good thing to say to my sister about her divorce", "is there anything i could try to make my flatmate tidy up"} {
		if asksWhatToDo(s) {
			t.Errorf("%q, a question with a topic of its own, read as asking what to do", s)
		}
	}
}

// TestReachAnyoneDaily checks that a reminder to reach out to no one in
// particular is the daily prompt, and one for someone named is not.
func TestReachAnyoneDaily(t *testing.T) {
	for _, s := range []string{"every weekday at 8am to text one person", "to message a friend every day", "remind me daily to reach out to someone"} {
		if !reachAnyoneDaily(s) {
			t.Errorf("%q not read as the daily prompt", s)
		}
	}
	for _, s := range []string{"to text my sister every day", "to call someone every sunday", "to ring dad every other week"} {
		if reachAnyoneDaily(s) {
			t.Errorf("%q read as the daily prompt", s)
		}
	}
}
