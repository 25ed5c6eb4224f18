package safety

import "testing"

// TestEndInSight checks ideas of the end told without a keyword: joining
// someone who has died, the world going on without the speaker from a
// day, life as a door one is going out of, gone by the time someone is
// back, an attempt before and another one thought of, reading up on how
// much it would take, cuts hidden under a sleeve, traces cleared so
// nobody has to, affairs in order and a word to everyone loved; beside a
// dinner with a wife, a task tried before, a renovation, bruises and a
// chore done for a parent.
func TestEndInSight(t *testing.T) {
	checkSituations(t, []situationCase{
		{"eighty one and tired, its time i went to be with my late husband", Self},
		{"its time for me to go and join my wife at the restaurant", None},
		{"soon i will see mum again and i dont mean at her grave", Self},
		{"everyone can carry on without me as of sunday", Self},
		{"feels like im one foot out the door of this life", Self},
		{"i overstayed my welcome on this earth", Self},
		{"before my carer comes back on monday ill be long gone", Self},
		{"by the time youre home ill be gone to the gym", None},
		{"attempted it once before and im thinking about another go", Self},
		{"tried before and im going to get it right this time, the bread will rise", None},
		{"been reading up on how much it would take", Self},
		{"been reading up on how much it would take to redo the kitchen", None},
		{"looked into which pills work fastest", Self},
		{"covering my scars with a wristband so nobody asks", Self},
		{"cleared my search history so that my sister wont have to see it", Self},
		{"cleaned the kitchen so mum wont have to do it after her shift", None},
		{"got my paperwork in order and texted everyone i care about", Self},
	})
}
