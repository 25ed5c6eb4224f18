package safety

import "testing"

// TestNoMoreSeasons checks that no wish to see another winter, Christmas
// or birthday, no point in being here any longer, life no longer needed,
// no use to anyone and hoping not to see the morning are read in each
// language, while a winter of bad weather or a chore no longer needed
// stays quiet.
func TestNoMoreSeasons(t *testing.T) {
	checkSituations(t, []situationCase{
		{"i dont expect to see another spring and honestly i dont want to", Self},
		{"no quiero pasar otra navidad asi", Self},
		{"ich mochte keinen geburtstag mehr erleben", Self},
		{"je ne vois pas linteret de rester en vie", Self},
		{"nao pretendo ver outro aniversario", Self},
		{"non ho voglia di vedere un altro inverno", Self},
		{"ik wil geen verjaardag meer meemaken", Self},
		{"nie chce doczekac kolejnych swiat", Self},
		{"bir yilbasi daha gormek istemiyorum", Self},
		{"ze zeggen dat ik moet eten maar het hoeft voor mij niet meer", Self},
		{"iedere nacht hoop ik dat ik de volgende ochtend niet haal", Self},
		{"sin mi mis hermanos estarian mas tranquilos", Self},
		{"not another winter in this flat, the damp is awful", None},
		{"het hoeft niet meer, we hebben al genoeg stoelen", None},
		{"niemand heeft iets aan mij gevraagd over het feest", None},
		{"hoop dat ik morgen de trein niet haal, dan kom ik te laat", None},
	})
}
