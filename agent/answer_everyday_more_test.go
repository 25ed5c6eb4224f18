package agent_test

import (
	"slices"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
)

// TestEverydayAsksOfMoreSections checks, with no question set learned
// from, that more everyday ways of asking find their section through the
// questions the sections list and the guide's concepts: coming back after
// vanishing oneself, a friendship that only lives in one chat, nosy
// questions about a separation, a brother asleep hours ahead, jokes that
// read as digs, a troll under every post, getting a reserved parent to
// talk, a stranger asking where one lives, the joker who never says how
// they are, checking a chat over and over for a reply, and a friend's big
// news that deserves more than emojis.
func TestEverydayAsksOfMoreSections(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Options{Asked: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"once my depression lifted i saw i had ghosted all my mates for half a year, how do i show up again",
			[]string{"checking-in/reaching-out-after-a-long-gap"}},
		{"me and my penpal have only ever typed to each other for years, how do we make it more than a chat",
			[]string{"beyond-text", "beyond-text/voice-and-video-calls"}},
		{"my neighbours keep prying about why my marriage ended, how do i politely not get into it",
			[]string{"boundaries/setting-your-own-boundaries", "sharing/what-to-keep-to-yourself", "communication/saying-what-you-need"}},
		{"my brother moved to japan and i keep texting him when its the middle of the night there",
			[]string{"boundaries/respecting-other-people-s-boundaries", "mistakes/ignoring-other-people-s-limits"}},
		{"my teasing comes off as nasty in the group chat, how do i make jokes land in writing",
			[]string{"communication/getting-the-tone-right"}},
		{"some troll comments on everything i upload, should i keep answering them",
			[]string{"conflict/when-a-space-is-not-safe"}},
		{"my dad never talks about how he feels, only the weather and sport. how can i get him to open up",
			[]string{"sharing/inviting-openness-back"}},
		{"a guy from an online game keeps asking what town i live in and my school, should i say",
			[]string{"sharing/what-to-keep-to-yourself"}},
		{"i play the clown with my friends so nobody sees when im low, how do i get more real with them",
			[]string{"sharing/being-honest-and-open", "five-steps/step-1-be-honest-and-open"}},
		{"i open the chat every five minutes to see if he replied, how do i make myself stop",
			[]string{"ghosting/where-to-put-your-energy"}},
		{"my mate landed her dream job and i want to say more than a row of emojis",
			[]string{"empathy-support/celebrating-their-good-news"}},
	}
	for _, tt := range tests {
		a := agent.ComposeAnswer(kb, tt.q)
		if !slices.Contains(tt.want, a.Cited) {
			t.Errorf("%q cited %q, want one of %v", tt.q, a.Cited, tt.want)
		}
	}
}
