package safety

import "testing"

// TestLossAndEffortAreNotDanger checks two everyday sorrows that share
// words with danger: missing someone who died ("the first christmas
// without her") and a one-sided friendship ("nobody would notice if i
// stopped texting first"), while the danger those words also make stays
// caught.
func TestLossAndEffortAreNotDanger(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my grandmother died in october and its the first christmas without her", None},
		{"my dad passed in spring, first fathers day without him coming up", None},
		{"my best friend moved to perth and the flat feels weird without her", None},
		{"nobody would notice if i stopped texting first", None},
		{"honestly no one would care if i stopped organising the meetups", None},
		{"nobody would even notice if i wasnt in the group chat", None},
		{"nobody would notice if i stopped breathing", Self},
		{"nobody would notice if i was gone", Self},
		{"my sister keeps saying everyone is better off without her", Other},
		{"its been a year since mum died and everyone acts like i should be over it", None},
	})
}
