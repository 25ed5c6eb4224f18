package safety

import "testing"

// TestControlNeedsGrave checks that being kept from something at home is
// abuse only with force, a threat, fear, a thing taken, being locked in
// or isolation that lasts, in English, Spanish, Portuguese and Italian;
// a parent's rule for an evening, a treat or a gadget is none.
func TestControlNeedsGrave(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my mom wont let me go out to the concert this weekend", None},
		{"dad doesn't let me eat chocolate before dinner lol", None},
		{"my parents won't let me sleep at my cousin's on saturday", None},
		{"ugh my mum doesnt let me use my phone after 10", None},
		{"mi papá no me deja salir esta noche porque tengo examen", None},
		{"mi abuela no me deja comer galletas antes de la cena", None},
		{"meu pai não me deixa sair no sábado", None},
		{"mia mamma non mi lascia mangiare le patatine", None},
		{"my wife won't let me see my mates anymore and checks my phone", Abuse},
		{"he doesnt let me eat until he says so, and he grabbed my arm when i asked", Abuse},
		{"my uncle won't let me leave the flat and i'm frightened of him", Abuse},
		{"she wont let me go anywhere on my own for months now", Abuse},
		{"mi marido no me deja salir de casa desde hace meses", Abuse},
		{"mi padrastro no me deja comer y me pega", Abuse},
		{"o meu namorado não me deixa sair e tenho medo dele", Abuse},
		{"il mio compagno non mi lascia uscire e mi ha preso il telefono", Abuse},
	})
}

// TestSpeakerWordsByLanguage checks that a word for the speaker in one
// language is not the speaker in another: the Polish "i" and the Italian
// "i" are "and" and "the", the Dutch "je" is "you", the German "ja" is
// "yes"; and that "&" joins the speaker to the victims.
func TestSpeakerWordsByLanguage(t *testing.T) {
	if !speaks(speakerWords, "i", "en") || speaks(speakerWords, "i", "pl") || speaks(speakerWords, "i", "it") {
		t.Error(`"i" should be the speaker in English only`)
	}
	if speaks(speakerSubjects, "je", "nl") || !speaks(speakerSubjects, "je", "fr") || speaks(speakerSubjects, "ja", "de") {
		t.Error(`"je" and "ja" should be the speaker in French and Polish only`)
	}
	checkSituations(t, []situationCase{
		{"my stepdad beats my little brother & me when he drinks", Abuse},
		{"he slaps my sister & me", Abuse},
		{"moja przyjaciółka pisze, że chce się zabić i nikt jej nie słucha", Other},
		{"il mio compagno di classe dice che vuole farla finita, i suoi non lo sanno", Other},
	})
}
