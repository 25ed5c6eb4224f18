package safety

import "testing"

// TestIllnessAlreadyPast checks that an illness told as already over, or
// already in a doctor's hands, is news to listen to rather than an
// emergency, while the same illness happening now still is one.
func TestIllnessAlreadyPast(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my coworker priya's dad had a stroke over the weekend", None},
		{"his grandad had a heart attack yesterday, hes in the icu now", None},
		{"my aunt had a seizure on tuesday and theyre still running tests", None},
		{"my boss had a stroke earlier this week so work is chaos", None},
		{"our neighbour had a heart attack a couple of weeks back", None},
		{"my uncle had a stroke the other day and is in hospital", None},
		{"my dad is having a stroke right now", Medical},
		{"i think my mum is having a heart attack, shes grey and sweating", Medical},
		{"she just had a seizure and wont wake up", Medical},
	})
}
