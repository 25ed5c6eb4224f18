package safety

import "testing"

// TestBurdenInASituation checks that feeling a burden in one situation
// (when the speaker vents, asks for help, needs lifts from one person) is
// no crisis (xx.burdenwhen.txt), in every main language but Turkish,
// whose rules never read it as one, while a burden to everyone, everyone
// better off without the speaker, or a burden with nothing to tie it to
// stays one.
func TestBurdenInASituation(t *testing.T) {
	checkSituations(t, []situationCase{
		{"honestly i feel like such a burden whenever i rant to people about work", None},
		{"i always feel like a burden to my boyfriend for needing him to drive me places", None},
		{"every time i cry in front of my flatmate i feel like the burden", None},
		{"i feel like a burden when i text my sister about my anxiety", None},
		{"i feel like a burden to everybody when i complain", Self},
		{"whenever i open up i feel like a burden to everyone, they'd be better off without me", Self},
		{"i feel like a burden when i ask for things and honestly i want to die", Self},
		{"i'm nothing but a burden", Self},
		{"me siento un estorbo cada vez que pido que me lleven al medico", None},
		{"ich bin so eine last, immer wenn ich meiner freundin was erzähle", None},
		{"j'ai l'impression d'être un poids quand je demande un service", None},
		{"me sinto um fardo sempre que preciso de carona", None},
		{"mi sento un fardello ogni volta che mi sfogo con mia sorella", None},
		{"ik ben een blok aan het been als ik steeds om hulp vraag", None},
		{"czuje sie problemem, kiedy dzwonie do mamy z moimi sprawami", None},
		{"soy una carga para todos y estarian mejor sin mi", Self},
	})
}
