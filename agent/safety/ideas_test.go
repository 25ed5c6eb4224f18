package safety

import "testing"

// TestSelfIdeas checks the ideas added to en.sentence.txt while the
// validation parts were kept unseen, each on wordings of its own, with a
// near miss beside it that changes one thing.
func TestSelfIdeas(t *testing.T) {
	tests := []situationCase{
		{"i kept cutting most nights over the summer holidays and nobody knows", Self},
		{"gone back to cutting to cope with it all", Self},
		{"ive been cutting down on coffee", None},
		{"i can't stop wishing to not wake up", Self},
		{"it's the final text anyone will get from me", Self},
		{"last text before my flight tomorrow, no signal till monday", None},
		{"my mind is made up. it's over next week", Self},
		{"i quit taking my antidepressants and im keeping them aside", Self},
		{"been googling which pills are deadly mixed with alcohol", Self},
		{"at least the kids will get my life insurance when im gone", Self},
		{"every time he comes home drunk we go and hide upstairs", Abuse},
		{"my sister texted a goodbye message last night and nobody can reach her", Other},
		{"we worked out who gets which bedroom in the new house", None},
		{"i wish the bus would stop being so late", None},
		{"honestly so sick of being alive", Self},
		{"fed up of living on toast and cereal", None},
		{"without my little sister i would not be alive by now", Self},
		{"been thinking of getting myself out of everyones way permanently", Self},
		{"taking myself out of the picture for the weekend to rest", None},
		{"i stopped being afraid of death now and that should scare me", Self},
		{"i keep getting kicked when he has had a drink", Abuse},
		{"ive been strangled by my ex twice", Abuse},
		{"my stepdad made me sleep with him", Abuse},
		{"i got kicked out of the five a side team", None},
	}
	checkSituations(t, tests)
}
