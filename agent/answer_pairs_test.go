package agent_test

import (
	"slices"
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

// TestSituationsInEverydayWords checks situations the guide's listed
// questions now say in everyday words, asked in other words again: a
// friend woken by messages across time zones, a social life that lives on
// a phone since a move, leading a team spread over countries while calling
// oneself "a numbers person", a group feared hostile, only the happy half of a message answered, being lively in text
// and silent in person, a "groupchat" left, and daily crying far from home.
func TestSituationsInEverydayWords(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"i always forget my cousin in sydney is asleep when i message her, how do i stop doing that", []string{"boundaries/respecting-other-people-s-boundaries", "mistakes/ignoring-other-people-s-limits"}},
		{"since i moved for work every friendship i have is on my phone and i havent sat with anyone in person for a month, help", []string{"boundaries/balancing-screen-time-and-face-time", "mistakes/forgetting-life-offline", "making-friends/starting-over-in-a-new-place"}},
		{"i now lead a team in four countries and im more of a numbers person, how do i get to know them properly", []string{"work-relationships", "work-relationships/working-together-at-a-distance"}},
		{"i want to join a discord for people with my condition but im afraid it will be cruel, how can i tell first", []string{"communities/choosing-safe-spaces"}},
		{"my brother texted that he got engaged and that dad is ill, and i only said congrats. how do i stop missing the serious bit", []string{"listening/read-before-you-reply"}},
		{"why am i so chatty on discord but totally silent when i meet people", []string{"shyness/why-online-can-suit-quieter-people"}},
		{"is it fine to leave a groupchat from my old job", []string{"boundaries/setting-your-own-boundaries"}},
		{"ive been crying every day since i moved for my masters and barely eating, should i talk to someone", []string{"professional-help/when-to-look-for-more-support"}},
	} {
		if a := agent.ComposeAnswer(kb, tt.q); !slices.Contains(tt.want, a.Cited) {
			t.Errorf("%q cited %q, want one of %v", tt.q, a.Cited, tt.want)
		}
	}
}

// TestRomanceAndDangerInOtherWords checks that fancying someone and a
// partner's cheating are declined as romance, and that being scared of
// oneself is answered from the crisis section.
func TestRomanceAndDangerInOtherWords(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"i think i fancy my flatmate, should i say something",
		"how do i tell her i like her without ruining our friendship",
		"is my wife cheating, she keeps texting someone late at night",
		"my boyfriend is cheating on me with a girl from his gym, what do i do",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Covered() {
			t.Errorf("%q answered from %q, want it declined", q, a.Cited)
		}
	}
	for _, q := range []string{"i'm frightened of myself right now", "it's really late and i am afraid of myself"} {
		if a := agent.ComposeAnswer(kb, q); a.Cited != "professional-help/if-you-are-in-crisis" {
			t.Errorf("%q cited %q, want the crisis section", q, a.Cited)
		}
	}
}
