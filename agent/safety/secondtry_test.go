package safety

import "testing"

// TestOrdinarySecondTry checks that "this time it works" is no return of an
// attempt by itself: a try told with nothing of dying, its means or its
// aftermath (a test, a recipe, a diet, named or not) and a success hoped
// for this time stay quiet in every main language; the same hope after an
// attempt told with its means, its aftermath or its name, and the thought
// of trying it again after a plain "i tried", are heard, and so is a
// return that names the speaker as its object ("je vais pas me louper").
func TestOrdinarySecondTry(t *testing.T) {
	checkSituations(t, []situationCase{
		{"messed it up twice already, but this time ill get it right", None},
		{"i failed the theory part in june, next time i will succeed", None},
		{"l'ho già provato due volte ma questa volta ci riesco", None},
		{"ci ho provato a marzo, la prossima volta non fallisco", None},
		{"ik heb het vorige maand al geprobeerd, dit keer werkt het", None},
		{"hab's im herbst schon einmal versucht, aber nächstes mal gelingt es", None},
		{"próbowałam w marcu, następnym razem mi się uda", None},
		{"ya lo intenté en enero, la próxima vez lo consigo", None},
		{"já tentei no verão, da próxima vez eu consigo", None},
		{"j'ai déjà essayé en mai, la prochaine fois je vais réussir", None},
		{"şubatta denedim, bu kez başaracağım", None},
		{"próbowałem się już raz zabić, następnym razem zrobię to porządnie", Self},
		{"cette fois je vais pas me louper", Self},
		{"esta vez nadie me va a salvar.", Self},
		{"il y a un an on m'a fait un lavage d'estomac. cette fois ça marchera", Self},
		{"lo intenté con pastillas hace tres años y ahora pienso en volver a hacerlo", Self},
		{"ich hab's schon mal versucht und überlege, es wieder zu versuchen", Self},
		{"eu já tentei uma vez e ando pensando em tentar outra vez", Self},
		{"ik heb het vorig jaar geprobeerd en overweeg het nog een keer te doen", Self},
		{"ci ho provato due anni fa e ora penso di rifarlo", Self},
		{"iki yıl önce denedim, şimdi tekrar denemeyi düşünüyorum", Self},
		{"próbowałam rok temu i zastanawiam się, czy spróbować jeszcze raz", Self},
	})
}
