package agent_test

import (
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestDangerWordsReachTheCrisisSection checks that danger said in other
// words than the usual ones ("ending it", not feeling safe with oneself)
// may be answered from the crisis section, which plain questions never are.
func TestDangerWordsReachTheCrisisSection(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"it's late and i can't stop thinking about ending it",
		"i don't feel safe with myself right now",
		// The asker's own danger beside words of reaching out for
		// someone: the crisis section, not the one on helping a friend.
		"cant sleep, everything is black and im frightened of what i could do, is there anyone i can ring",
		"i am terrified of what i am going to do tonight, who do i reach out to",
		// The asker's own danger told beside a friend who has gone quiet.
		"i told my best friend i feel suicidal and she never answered",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Cited != "professional-help/if-you-are-in-crisis" {
			t.Errorf("%q cited %q, want the crisis section", q, a.Cited)
		}
	}
	for _, q := range []string{
		"how do i end a friendship that has run its course",
		"is it ok to just go silent in the group chat",
		"my friend keeps saying she is scared of what she might do, how do i support her",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Cited == "professional-help/if-you-are-in-crisis" {
			t.Errorf("%q cited the crisis section", q)
		}
	}
}

// TestSomeoneElsesDangerAnswersWithSupport checks that a question about a
// friend or a relative who speaks of harming themselves is answered from
// the section on supporting someone who is struggling, or the crisis
// section, never from one on everyday messages that shares its words.
func TestSomeoneElsesDangerAnswersWithSupport(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"my brother keeps talking about hurting himself, what can i do",
		"my best mate told me he wants to die and i dont know what to say",
		// Suicide named as what someone else may mean, after words that
		// alone would read as a silence.
		"my cousin keeps saying he just wants to vanish, i'm scared it's about suicide, how do i help",
		"i think my sister might be suicidal, she has gone really quiet",
	} {
		a := agent.ComposeAnswer(kb, q)
		if a.Cited != "empathy-support/supporting-a-friend-who-is-struggling" && a.Cited != "professional-help/if-you-are-in-crisis" {
			t.Errorf("%q cited %q, want support for someone struggling or the crisis section", q, a.Cited)
		}
	}
}
