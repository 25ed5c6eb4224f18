package safety

import "testing"

// TestAbsenceImagined checks, in the other main languages, the speaker's
// absence imagined and what would follow (nobody would notice, it would be
// better) and being still here only because of someone, beside near
// misses: laughing to death, a week away, a meeting held without one.
func TestAbsenceImagined(t *testing.T) {
	tests := []situationCase{
		{"se eu sumir ninguém ia sentir falta", Self},
		{"se eu morresse amanhã seria um alívio pra todos", Self},
		{"se não fosse pela minha mãe eu já tinha me matado", Self},
		{"si desapareciera nadie lo notaría", Self},
		{"si mañana no despierto mejor", Self},
		{"se domani non mi svegliassi sarebbe meglio", Self},
		{"ze zouden beter af zijn zonder mij", Self},
		{"ze merken het niet eens als ik er niet meer ben", Self},
		{"sie wären alle besser dran ohne mich", Self},
		{"ils seraient mieux sans moi", Self},
		{"on mnie nie potrzebuje, wszyscy beze mnie byliby szczęśliwsi", Self},
		{"o bensiz daha mutlu olur, ben yokum artık", Self},
		{"si me muriera de risa mejor jaja", None},
		{"se eu morrer de rir a culpa é sua kkkk", None},
		{"se eu não acordar cedo amanhã perco o ônibus, melhor dormir já", None},
		{"se domani non mi svegliassi in tempo sarebbe un disastro", None},
		{"als ik er niet ben op het feest merkt niemand het toch", None},
		{"si je disparaissais une semaine en vacances ce serait mieux pour mon stress", None},
		{"wenn ich im urlaub bin, merkt niemand, dass ich weg bin", None},
		{"gdybym umarł ze śmiechu to twoja wina", None},
		{"ben olmasam da toplantı olur, daha iyi", None},
	}
	checkSituations(t, tests)
}
