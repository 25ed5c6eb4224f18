package safety

import "testing"

// TestFollowTheDead checks someone who died and the speaker following or
// joining them, a letter that absolves to be read afterwards, and
// messages scheduled as "them" after the writing is named
// (en.followthedead.txt, en.plansmeansandleaving.txt); following a dead
// friend's page, lunch with relatives and blame laid elsewhere stay quiet.
func TestFollowTheDead(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my dad took his own life in march. some days i think ill join him soon", Self},
		{"since my twin passed away i want to be with her now", Self},
		{"i need my mum to know none of it was on her. she'll find the note afterwards", Self},
		{"wrote long emails to my best mates. queued them for monday. by then ill be gone", Self},
		{"my uncle passed last spring, we still follow him on facebook memories", None},
		{"after gran's funeral we join them for tea most sundays", None},
		{"wrote emails to the team and scheduled them for monday, by then the launch will be done", None},
	})
}
