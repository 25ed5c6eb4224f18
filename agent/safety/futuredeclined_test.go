package safety

import "testing"

// TestFutureDeclined checks the future declined (en.futuredeclined.txt
// and the found-in-the-morning lines of xx.lasttimes.txt): no place to be
// kept next year, a wedding or a graduation the speaker will not be at,
// nothing bought to last, things promised "soon", being found in the
// morning; beside a clash, a flight, a move and a sunny winter abroad.
func TestFutureDeclined(t *testing.T) {
	checkSituations(t, []situationCase{
		{"no need to book me a place for the reunion next year", Self},
		{"i dont think ill be around for her graduation. sorry", Self},
		{"i wont be there for the wedding, my flight got cancelled", None},
		{"ask someone else to be guardian for the kids. i wont be around", Self},
		{"stopped buying things that last more than a month, no point", Self},
		{"didnt renew my passport this year, i wont need it", Self},
		{"never bought boots this year, i wont need any in australia", None},
		{"told my nephew he can have my guitar when im gone", Self},
		{"told my sister she can have my bike, i bought a new one", None},
		{"my flatmate will find me tomorrow morning i guess", Self},
		{"mia sorella mi trovera domattina", Self},
		{"mon pere va me trouver demain matin.", Self},
		{"ze vinden me morgenochtend wel.", Self},
		{"rano mnie znajda.", Self},
	})
}

// TestFutureDeclinedKeepsTheMeans checks that the near miss of a clash or
// a flight never hides an end told beside a shift, an operation or a
// train.
func TestFutureDeclinedKeepsTheMeans(t *testing.T) {
	checkSituations(t, []situationCase{
		{"honestly i hope i dont make it through the operation next week", Self},
		{"i hope i dont make it home, the train line is right there", Self},
	})
}
