package agent_test

import (
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestNearSectionsToldApart checks questions that sit between two sections
// measured to swap across the question sets, each answered from the one
// whose listed questions say its situation: feeling one must reply at once
// (depth over speed, not one's own boundaries), being worn out by holding a
// friend up (supporting a friend, not asking for space), a colleague who
// got the job one wanted (work, not good news in general), likes that do
// not bring anyone closer, a child chasing views, saying "fine" when one
// was not, one invitation left unanswered for weeks, and a relative who
// sleeps all day since a loss (more support, not supporting a friend).
func TestNearSectionsToldApart(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"my mates all answer within a minute but i like to take my time over replies, is that wrong", "boundaries/depth-over-speed"},
		{"my dad feels he has to reply to every message the instant it arrives, how do i tell him it can wait", "boundaries/depth-over-speed"},
		{"i've been the rock for my friend through her depression for months and i'm drained, am i allowed a break", "empathy-support/supporting-a-friend-who-is-struggling"},
		{"i need a break from one friend who is a lot right now, how do i say it", "friendship-strains/asking-for-some-space"},
		{"my colleague got the role i applied for, should i congratulate her", "work-relationships/keeping-it-personal"},
		{"i just tap like on everyone's posts and still feel far from all of them", "intentional/more-than-a-like"},
		{"my niece lives for likes on her videos and is gutted when they flop, how do i help her", "mistakes/chasing-numbers"},
		{"my friend of years is in a slump and keeps turning down every invite, should i stop asking", "empathy-support/supporting-a-friend-who-is-struggling"},
		{"i said i was fine about something when i wasn't, how do i speak up next time", "communication/saying-what-you-need"},
		{"an old classmate never answered my invite to meet up two weeks ago, should i try once more", "ghosting/sending-one-gentle-follow-up"},
		{"i'm worried, my uncle is sleeping all day and barely talks since his wife died, should he see someone", "professional-help/when-to-look-for-more-support"},
	} {
		if a := agent.ComposeAnswer(kb, tt.q); a.Cited != tt.want {
			t.Errorf("%q cited %q, want %q", tt.q, a.Cited, tt.want)
		}
	}
}
