package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestGuideQuestionsShapedLikeOthers checks questions that look like
// another field's and are the guide's: an app asked for to talk to family
// on, a pet named as the only one to talk to, a day of the plan asked by
// its number. The wordings are not the question sets' lines.
func TestGuideQuestionsShapedLikeOthers(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want string // the cited section's id starts with this
	}{
		{"my grandson says we should all get signal, which app is easiest for calling the family", "habits-tools/tools-for-talking"},
		{"what app would you use to video chat with cousins overseas", "habits-tools/tools-for-talking"},
		{"i live alone and honestly the only one i talk to most days is my dog", ""},
		{"what's day 3 of the plan about", "seven-day-plan/days-3-and-4"},
		{"i'm on day six of the connection plan, what do i do", "seven-day-plan/days-5-and-6"},
		{"remind me what day 7 of the plan asks", "seven-day-plan/day-7"},
	}
	for _, tt := range tests {
		a := agent.ComposeAnswer(kb, tt.q)
		if !a.Covered() {
			t.Errorf("%q: declined", tt.q)
			continue
		}
		if !strings.HasPrefix(a.Cited, tt.want) {
			t.Errorf("%q: cited %s, want %s", tt.q, a.Cited, tt.want)
		}
	}
	// Which app to date on stays another field's.
	if a := agent.ComposeAnswer(kb, "which dating app is best for chatting to people over 60"); a.Covered() {
		t.Errorf("a dating app asked for: answered from %s", a.Cited)
	}
}
