package agent_test

import (
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestWholePlanAsked checks that asking for the 7-day plan as a whole
// cites the plan, not its seventh day, while a day named by its place
// ("the first day") is still answered from that part.
func TestWholePlanAsked(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"can i have a 7 day plan for reconnecting with people",
		"show me the seven-day plan please",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Cited != "seven-day-plan" {
			t.Errorf("%q cited %q, want the plan as a whole", q, a.Cited)
		}
	}
	q := "what am i supposed to do on the first day of the 7 day plan"
	if a := agent.ComposeAnswer(kb, q); a.Cited == "seven-day-plan" || a.Cited == "seven-day-plan/day-7-set-a-habit-to-keep" {
		t.Errorf("%q cited %q, want the plan's first days", q, a.Cited)
	}
}

// TestOthersDangerSaidAsNotWantingToBeHere checks that someone else said
// not to want to be here any more is answered from the section on
// supporting a friend who is struggling.
func TestOthersDangerSaidAsNotWantingToBeHere(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"my cousin keeps posting like he doesnt want to be here anymore, what should i do",
		"my friend told me she does not want to live anymore and i don't know how to help",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Cited != "empathy-support/supporting-a-friend-who-is-struggling" {
			t.Errorf("%q cited %q, want the section on supporting a friend who is struggling", q, a.Cited)
		}
	}
}
