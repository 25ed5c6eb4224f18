package agent_test

import (
	"slices"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
)

// TestEverydayAsksFindTheirSection checks, with no question set learned
// from, that questions put in everyday words find the section that answers
// them through the guide's concepts and the questions each section lists:
// a friend hours ahead, a chat that will not stop buzzing, a subject left
// alone, a reassurance that landed badly, being worn out by supporting,
// starting again with friends, and pretending to be fine.
func TestEverydayAsksFindTheirSection(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Options{Asked: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"my brother is eight hours ahead of me, what hour is decent to ring him",
			[]string{"boundaries/respecting-other-people-s-boundaries", "mistakes/ignoring-other-people-s-limits"}},
		{"is it rude to put the work chat on silent, it never stops buzzing",
			[]string{"boundaries/setting-your-own-boundaries"}},
		{"my aunt keeps asking about my job loss and i dont want to get into it, how do i say so",
			[]string{"boundaries/setting-your-own-boundaries", "sharing/what-to-keep-to-yourself", "communication/saying-what-you-need"}},
		{"when my mate told me his cat was ill i said at least he has the dog. what should i have said",
			// Every "at least" reply in the question sets is labelled with
			// the section on writing with empathy, which names that reply.
			[]string{"listening/acknowledging-feelings", "empathy-support/being-there-in-hard-times", "communication/writing-with-empathy"}},
		{"propping up my flatmate through her exams is wearing me out, is that selfish",
			[]string{"empathy-support/supporting-a-friend-who-is-struggling"}},
		{"im 52 and feel so rusty at making friends, is it too late",
			[]string{"making-friends/when-it-feels-awkward-or-slow", "making-friends"}},
		{"how do i stop acting like everythings fine around my mates",
			[]string{"sharing/being-honest-and-open", "five-steps/step-1-be-honest-and-open"}},
	}
	for _, tt := range tests {
		a := agent.ComposeAnswer(kb, tt.q)
		if !slices.Contains(tt.want, a.Cited) {
			t.Errorf("%q cited %q, want one of %v", tt.q, a.Cited, tt.want)
		}
	}
}
