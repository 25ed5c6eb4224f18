package agent_test

import "testing"

// TestQuestionFrameNeverInDraft starts a draft from the guide's answer to
// a question of what to say: the question's own words never reach the
// message.
func TestQuestionFrameNeverInDraft(t *testing.T) {
	for _, lines := range [][]string{
		{"help me write to my friend ines", "actually what do i even say to a friend whose dad is in hospital", "yes help me write it", "her name is ines, her dad had a stroke on monday"},
		{"how should i message a colleague who just lost her brother", "yes", "its for my colleague dana"},
	} {
		checkDraftAfter(t, lines, nil, []string{"what do i", "even say", "how should", "should i"})
	}
}
