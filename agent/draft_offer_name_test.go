package agent_test

import "testing"

// TestNameAfterWhatToSay answers the guide's advice on what to say to
// someone unnamed with their name alone: the draft starts, to them, for
// what the question was about.
func TestNameAfterWhatToSay(t *testing.T) {
	checkDraftAfter(t, []string{"what should i say to my coworker, his mum passed away on sunday", "yusuf"},
		[]string{"Yusuf", "sorry"}, []string{"what should"})
	checkDraftAfter(t, []string{"what should i write to my neighbour, her husband died last week", "ingrid"},
		[]string{"Ingrid", "sorry"}, []string{"what should"})
}
