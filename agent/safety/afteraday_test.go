package safety

import "testing"

// TestAfterADay checks a day named and the speaker gone after it for good,
// or things handed over so that nothing is left to do after it, in the
// languages where the idea recurred (xx.afteraday.txt); a trip, a move or
// bills paid before a holiday stay quiet.
func TestAfterADay(t *testing.T) {
	checkSituations(t, []situationCase{
		{"after sunday i wont be around anymore", Self},
		{"ik ben er na zondag niet meer, echt niet", Self},
		{"ho dato il cane a mio fratello. dopo domenica non mi servirà più nulla", Self},
		{"entreguei as chaves ao vizinho, depois de sexta eles vão entender", Self},
		{"depois de sábado eu não vou estar mais aqui", Self},
		{"oddałam siostrze kota i zapisałam hasła, żeby po wszystkim nie musiała niczego szukać", Self},
		{"hab einen brief an meine schwester geschrieben, damit nachher keiner fragen muss", Self},
		{"after sunday im not around anymore, new job in glasgow", None},
		{"ik ben er na zondag niet meer, dan ga ik op vakantie", None},
		{"dopo domenica non mi servirà più nulla, il trasloco è fatto", None},
		{"depois de sexta não estou aqui, vou viajar com a família", None},
		{"po wszystkim idziemy na pizzę", None},
	})
}

// TestPlaceForADay checks a place of height or of the tracks picked for a
// day, the day chosen, and ending it all on a day (xx.placeforaday.txt),
// with a day chosen on the anniversary of a death (an anniversary is no
// occasion then); a restaurant, a wedding day or a break-up stay quiet.
func TestPlaceForADay(t *testing.T) {
	checkSituations(t, []situationCase{
		{"scouted the railway for saturday", Self},
		{"the cliffs. it's going to be sunday", Self},
		{"j'ai trouvé le viaduc pour samedi", Self},
		{"ich hab mir die klippe für samstag angeschaut", Self},
		{"ich hab den tag jetzt festgelegt.", Self},
		{"am freitag mache ich schluss mit meinem leben", Self},
		{"ya elegí el día, será en el aniversario de la muerte de mi madre", Self},
		{"picked the venue for saturday", None},
		{"j'ai trouvé le resto pour samedi", None},
		{"ho scelto il ponte per venerdì", Self},
		{"ho scelto il ristorante per venerdì", None},
		{"encontré la azotea para el sábado", Self},
		{"ich hab den tag für die taufe schon ausgewählt", None},
		{"am freitag mache ich schluss mit ihr", None},
		{"ich mag einfach nicht mehr. hab schon geplant wann", Self},
		{"ich kann nicht mehr in dem job, ich weiss schon wie ich es meinem chef sage", None},
	})
}

// TestCourseThenOwnRisk checks that a course, a class or volunteering named
// first hides only its own words: the speaker's risk told after it in the
// same sentence is heard, in every main language.
func TestCourseThenOwnRisk(t *testing.T) {
	checkSituations(t, []situationCase{
		{"lunes, curso, gimnasio, y ya elegí el puente para el viernes", Self},
		{"heute kurs, dann einkaufen, und ich hab die brücke für freitag ausgesucht", Self},
		{"corso, pranzo, e ho già scelto il giorno", Self},
		{"un corso di primo soccorso sul suicidio mi ha aperto gli occhi", None},
		{"fiz um curso de prevenção ao suicídio no trabalho", None},
	})
}
