package agent

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent/revise"
)

// reviewTurn is a turn at the review step with draft on screen and the
// given model (nil for none).
func reviewTurn(llm *fakeLLM, draft string) *turn {
	a := &Agent{}
	if llm != nil {
		a.hooks = testHooks(llm, time.Second)
	}
	return &turn{ctx: context.Background(), a: a, p: Person{Flow: Flow{Name: flowDraft, Step: stepReview,
		Draft: &DraftState{Details: DraftDetails{Recipient: "Sam", Occasion: OccasionSilence}, History: []string{draft}}}}}
}

// TestModelRevisionChecked: a model's rewrite is shown only when the change
// asked for can be seen in it; otherwise the rules' text is.
func TestModelRevisionChecked(t *testing.T) {
	const draft = "Hi Sam! It's been ages, and I was thinking about our road trip! How have you been?"
	tests := []struct {
		name, model string
		want        func(shown string) bool
	}{
		{"ignores the request", "Hi Sam! So great to think of our road trip! How have you been?",
			func(s string) bool { return !strings.Contains(s, "!") && strings.Contains(s, "road trip") }},
		{"honours it", "Hi Sam, it's been ages and our road trip came to mind. How have you been?",
			func(s string) bool {
				return s == "Hi Sam, it's been ages and our road trip came to mind. How have you been?"
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := reviewTurn(replies(tt.model), draft)
			tr.revise([]revise.Request{{Kind: revise.NoExclaim}})
			shown := tr.p.Flow.Draft.currentDraft()
			if !tt.want(shown) {
				t.Errorf("shown %q", shown)
			}
		})
	}
}

// TestReviseWithoutModelSaysWhy: a change that cannot be made shows no
// new draft and says why.
func TestReviseWithoutModelSaysWhy(t *testing.T) {
	tr := reviewTurn(nil, "Hi Sam, how have you been?")
	tr.revise([]revise.Request{{Kind: revise.NoExclaim}})
	if len(tr.p.Flow.Draft.History) != 1 || len(tr.replies) != 1 || tr.replies[0].Draft {
		t.Fatalf("replies %+v, history %q", tr.replies, tr.p.Flow.Draft.History)
	}
	if !strings.Contains(tr.replies[0].Text, "no exclamation marks") {
		t.Errorf("reply %q does not say why", tr.replies[0].Text)
	}
}

// TestModelAnotherKeepsChanges: a model's new version keeps the changes
// asked before it ("no exclamation marks", what to say).
func TestModelAnotherKeepsChanges(t *testing.T) {
	tr := reviewTurn(replies("Hi Sam! Our road trip to the coast came to mind today! How have you been?"),
		"Hi Sam, it's been ages. How have you been?")
	rs := tr.p.Flow.Draft.revisionState()
	rs.Changes = []revise.Request{{Kind: revise.NoExclaim}, {Kind: revise.Say, Detail: "I will visit him in May"}}
	tr.anotherDraft()
	shown := tr.p.Flow.Draft.currentDraft()
	if strings.Contains(shown, "!") || !strings.Contains(shown, "I'll visit you in May.") || !strings.Contains(shown, "road trip") {
		t.Errorf("shown %q", shown)
	}
}
