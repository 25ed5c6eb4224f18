package agent_test

import (
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestAnswersOnNewTopics checks the topics the guide gained late, a friend
// who keeps cancelling and making friends while working from home, in
// wordings that are not its listed questions.
func TestAnswersOnNewTopics(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want []string // any of them
	}{
		{"my friend has cancelled on me the last three times we had plans", []string{"friendship-strains/a-friend-who-keeps-cancelling"}},
		{"how do i deal with a mate who always bails at the last minute", []string{"friendship-strains/a-friend-who-keeps-cancelling"}},
		{"my cousin flakes on every single plan, do i keep inviting her", []string{"friendship-strains/a-friend-who-keeps-cancelling"}},
		{"ive worked from home for two years and dont have any friends nearby, where do i start", []string{"making-friends/making-friends-when-you-work-from-home"}},
		{"how can i meet people when i wfh every day", []string{"making-friends/making-friends-when-you-work-from-home", "habits-tools/tools-for-finding-people"}},
	}
	for _, tt := range tests {
		if a := agent.ComposeAnswer(kb, tt.q); !contains(tt.want, a.Cited) {
			t.Errorf("%q cited %q, want one of %q", tt.q, a.Cited, tt.want)
		}
	}
}
