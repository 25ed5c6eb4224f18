package agent_test

import (
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestChildsOwnFriendshipsAnswered checks that a parent asking about a
// child's own life with friends online (a balance with screens, unkind
// comments in a game, what to keep private, listening when the child opens
// up) is answered from the guide, while raising a small child or breaking
// hard news to one is still declined.
func TestChildsOwnFriendshipsAnswered(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"my 15 year old is on her phone chatting to online mates half the night and never goes out, how do we strike a balance", ""},
		{"my 11yo keeps getting mean comments in a game chat, what should we do about it", "conflict/when-a-space-is-not-safe"},
		{"what personal stuff should my 13 year old never share with people she meets in games", "sharing/what-to-keep-to-yourself"},
		{"my 16 year old vented about her friends and i lectured her instead of listening, how do i do better next time", "listening/acknowledging-feelings"},
	} {
		a := agent.ComposeAnswer(kb, tt.q)
		if !a.Covered() || tt.want != "" && a.Cited != tt.want {
			t.Errorf("%q cited %q, want %q", tt.q, a.Cited, tt.want)
		}
	}
	for _, q := range []string{
		"my 4 year old won't share toys at playgroup, how do i teach her",
		"how should i tell my 8 year old his grandad is very ill",
		"how do i tell my 7 year old that we're moving away from her best friend",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Covered() {
			t.Errorf("%q answered from %s, want it declined as parenting", q, a.Cited)
		}
	}
}

// TestWritingTasksAndFixesDeclined checks that a program to write, a
// eulogy or a toast, a code that never arrives, a will and old tapes to
// copy are declined, whoever they name.
func TestWritingTasksAndFixesDeclined(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"can you help me build a bot that posts birthday messages to my friends automatically",
		"my typescript function keeps throwing an error when i loop over my contacts",
		"what should i say in a eulogy for my aunt",
		"any tips for giving a toast at my brother's wedding",
		"my mum's email keeps asking for a verification code that never arrives, how do we fix it",
		"is it fair in my nan's will that my cousin gets everything",
		"how do i digitise old cassette tapes of my grandparents talking",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Covered() {
			t.Errorf("%q answered from %s, want it declined", q, a.Cited)
		}
	}
	// A coding course is a place to meet people, not code to write.
	if a := agent.ComposeAnswer(kb, "i'm taking an evening coding course online, could i meet people through it"); !a.Covered() {
		t.Errorf("a coding course as a place to meet people was declined")
	}
}

// TestSomeoneElsesHopelessnessFindsSupport checks that someone else saying
// they would be better off gone, or that nothing has a point any more, is
// answered from the section on supporting a friend who is struggling, not
// from a section on silence.
func TestSomeoneElsesHopelessnessFindsSupport(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"my sister keeps saying everyone would be better off without her and shes stopped answering me",
		"my friend told me he can't see the point in anything anymore, what do i do",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Cited != "empathy-support/supporting-a-friend-who-is-struggling" && a.Cited != "professional-help/if-you-are-in-crisis" {
			t.Errorf("%q cited %q, want the section on supporting a friend who is struggling", q, a.Cited)
		}
	}
}
