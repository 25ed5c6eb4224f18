package safety

import "testing"

// TestVerbForms checks the acts said in the tenses and persons the
// lexicons had not written (the future and the conditional as intents,
// Dutch separable verbs, a perfect with its participle last, elided
// pronouns), someone else who wants to hurt themselves, and what a child
// swallowed, each beside a near miss with the same verb: a figure of
// speech, one's own pills taken as prescribed, a plant that grows.
func TestVerbForms(t *testing.T) {
	tests := []situationCase{
		{"mi ammazzerò prima o poi, lo so", Self},
		{"stasera mi uccido", Self},
		{"mi voglio togliere di mezzo", Self},
		{"mi ammazzo di lavoro questa settimana", None},
		{"il mio compagno mi ha messo le mani addosso di nuovo", Abuse},
		{"ik maak er een eind aan, vanavond", Self},
		{"ik denk er steeds aan om mezelf van het leven te beroven", Self},
		{"mijn vriend heeft me weer geslagen", Abuse},
		{"mijn man pakt mijn telefoon af en laat me niet naar buiten", Abuse},
		{"laat me even werken alsjeblieft", None},
		{"mijn zus zei dat ze zichzelf iets wil aandoen", Other},
		{"je me tuerai avant la fin du mois", Self},
		{"j'ai envie d'en finir", Self},
		{"mon mari m'a encore frappée", Abuse},
		{"ma plante pousse bien cette année", None},
		{"me mataré antes del viernes", Self},
		{"mi marido me ha vuelto a pegar", Abuse},
		{"mi hermana me dijo que se quiere hacer daño", Other},
		{"eu me mataria se tivesse coragem", Self},
		{"minha irmã disse que quer se machucar", Other},
		{"siostra powiedziała, że chce sobie coś zrobić", Other},
		{"mein sohn hat tabletten geschluckt", Medical},
		{"mi hijo se tragó unas pastillas", Medical},
		{"meu filho engoliu uns comprimidos", Medical},
		{"syn połknął tabletki", Medical},
		{"mijn zoontje heeft pillen ingeslikt", Medical},
		{"mon fils a avalé des médicaments", Medical},
		{"mia nonna ha bevuto la candeggina per sbaglio", Medical},
		{"meine oma hat ihre tabletten eingenommen", None},
		{"mi padre tomó sus pastillas de la tensión", None},
		{"minha mãe tomou uns remédios pra dor de cabeça", None},
		{"mon père a pris ses médicaments ce matin", None},
		{"mijn moeder heeft haar tabletten ingenomen", None},
		{"mia madre ha preso le sue medicine", None},
	}
	checkSituations(t, tests)
}

// TestEnglishThirdPersonActs checks acts on another person's body, a
// reason to stay that is gone, and a jump with no height.
func TestEnglishThirdPersonActs(t *testing.T) {
	tests := []situationCase{
		{"my girlfriend cut her wrists last night and is hiding it", Other},
		{"my son has been burning his arms again and hides it", Other},
		{"he cut his arm on the fence at the farm", None},
		{"i have no reason left to stay.", Self},
		{"there is no reason to stay at this party", None},
		{"my mate said he's going to jump on the trampoline later", None},
		{"i can't keep living like this with this mould in the flat, calling the landlord", None},
	}
	checkSituations(t, tests)
}

// TestEnglishNearMissesByReason checks figures of speech and everyday acts
// that borrow crisis words, each quieted by its reason (advice for a will,
// joy, a job), beside the same words with a disclosure.
func TestEnglishNearMissesByReason(t *testing.T) {
	tests := []situationCase{
		{"i wrote my will today, the solicitor said everyone should at 40", None},
		{"that gig was so good i could die happy now", None},
		{"i'm sick of my job, i want out", None},
		{"i wrote my will today and i feel strangely calm about it", Self},
		{"i'm sick of my job and i want out of life", Self},
		{"i could die and nobody would care", Self},
	}
	checkSituations(t, tests)
}
