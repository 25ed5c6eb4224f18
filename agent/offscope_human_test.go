package agent_test

import "testing"

// TestAskedForAPerson checks that asking to talk to a person gets the
// honest answer with the ways to one (helplines, someone trusted), that
// asking what the companion is still gets that answer, and that the time
// asked of the companion is the person's own.
func TestAskedForAPerson(t *testing.T) {
	never := "doesn't cover|From the guide"
	checkReplies(t, "human", []struct{ text, want, never string }{
		{"can i talk to a human", "no one here I can pass you to", never},
		{"i need a real person to talk to", "crisis:helplines", never},
		{"is there an actual person i could speak to", "menu:draft", never},
		{"could i please speak with someone real", "no one here I can pass you to", never},
		{"get me a human pls", "no one here I can pass you to", never},
		{"are you a real person", "program, not a person", "pass you to"},
		{"what time is it for you", "clock or a place of my own", never},
		{"whats the time where you are?", "for you, going by your timezone", never},
		{"what time is it", "going by your timezone", never + "|clock or a place"},
	})
}
