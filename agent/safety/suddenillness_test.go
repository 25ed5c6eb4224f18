package safety

import "testing"

// TestSuddenIllnessInEveryLanguage checks emergencies told by their signs
// (xx.suddenillness.txt): a dose taken twice by mistake with the body
// reacting, a throat or tongue swelling with breathing hard whichever comes
// first, a drooping face with slurred speech, a small child who drank a
// household product; beside a dose doubled with nothing felt and a
// swelling with no trouble breathing.
func TestSuddenIllnessInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"accidentally had a double dose of my blood pressure tablets and now im faint and confused", Medical},
		{"took my vitamins twice by mistake this morning lol", None},
		{"por error me tome dos veces la pastilla del corazon y estoy muy mareada", Medical},
		{"aus versehen zweimal meine tabletten genommen, mir ist total schwindelig", Medical},
		{"per sbaglio ho preso due volte le gocce e ora mi gira la testa", Medical},
		{"przez pomylke wzialem dwa razy leki na cisnienie i strasznie kreci mi sie w glowie", Medical},
		{"se me esta hinchando la lengua despues de la gamba y casi no puedo respirar", Medical},
		{"mi zwelt de keel dicht na die pinda, ik kan slecht ademen", Medical},
		{"spuchlo mi gardlo po orzechach i nie moge zlapac powietrza", Medical},
		{"de repente mi abuelo tiene la boca torcida y habla raro", Medical},
		{"mijn vader zijn mondhoek hangt ineens en hij praat heel onduidelijk", Medical},
		{"meu filho de dois anos bebeu agua sanitaria, o que eu faço", Medical},
		{"mio figlio piccolo ha bevuto il detersivo dei piatti", Medical},
		{"bebegim pil yutmus olabilir", Medical},
		{"mio figlio ha bevuto tutto il latte e ne vuole ancora", None},
	})
}
