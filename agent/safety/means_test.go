package safety

import "testing"

// TestOverdoseAndGivingAway checks two ideas said loosely: an amount of
// medicine already taken, with words between the verb, the amount and the
// medicine; and one's things given away with no move, clear-out or charity
// to explain it; a last thing set in order followed by a strange calm; and
// an animal hit on the road, which is no emergency. Each has near misses beside it that change one thing.
func TestOverdoseAndGivingAway(t *testing.T) {
	tests := []situationCase{
		{"i just swallowed way too many of my sleeping tablets", Medical},
		{"necked loads of my anxiety meds an hour ago and everything is spinning", Medical},
		{"popped half a bottle of my painkillers and my chest feels tight", Medical},
		{"ive taken a whole load of my mums tablets", Medical},
		{"took like 30 of my pills", Medical},
		{"the doctor says im taking too many painkillers for my back, should i cut down", None},
		{"how many paracetamol is too many for a headache", None},
		{"my nan keeps forgetting whether she took her pills", None},
		{"took too many photos of the sunset lol", None},
		{"been handing out my stuff to people this week, feels right somehow", Self},
		{"im giving my things away so nobody has to sort through them after", Self},
		{"giving all my belongings away bit by bit", Self},
		{"slowly giving my stuff away, it's simpler", Self},
		{"giving my stuff away before the move to lisbon, cant take it all", None},
		{"decluttering this weekend and giving my things away to whoever wants them", None},
		{"the kids outgrew their toys so im giving their stuff away", None},
		{"gave my old phone away to my nephew", None},
		{"our neighbours dog was hit by a van this morning, the kids are gutted", None},
		{"updated my will and closed my bank account today, i feel strangely at peace", Self},
		{"cancelled all my subscriptions and signed my will. everything feels peaceful now", Self},
		{"im weirdly calm since i wrote down all my passwords for my sister", Self},
		{"we made our wills after the twins were born, feels very grown up", None},
		{"cancelled my gym membership, so relieved lol", None},
		{"sorted out my will with the solicitor, boring but done", None},
		{"my brother got hit by a car and hes not moving", Medical},
	}
	checkSituations(t, tests)
}
