package safety

import "testing"

// TestIndirectItalianDutch checks the indirect ideas of it.indirect.txt
// and nl.indirect.txt, the two weakest languages, each with a near miss
// that keeps its words and changes what they are about: a move made
// ready, a view from a balcony, an exam tried again.
func TestIndirectItalianDutch(t *testing.T) {
	tests := []struct {
		text string
		want Situation
	}{
		{"ho sistemato tutto e ho scritto un biglietto per mio figlio", Self},
		{"quando sono sul ponte penso che basterebbe un passo", Self},
		{"la vita continuerebbe benissimo anche senza di me", Self},
		{"non mi restano motivi per andare avanti", Self},
		{"l'unica soluzione che vedo è farla finita", Self},
		{"stavolta vado fino in fondo.", Self},
		{"mi faccio delle bruciature sulle braccia di nascosto", Self},
		{"la mia amica mi ha mandato un messaggio strano, dice che è stanca di vivere", Other},
		{"vivo nel terrore, lui mi urla contro e rompe tutto", Abuse},
		{"ho sistemato tutto per il trasloco, le lettere per il comune sono pronte", None},
		{"dal balcone la vista è bellissima, sarebbe facile passarci ore", None},
		{"la prossima volta non sbaglierò la ricetta della torta", None},
		{"alles staat klaar, de brieven voor mijn kinderen ook", Self},
		{"vanaf het dak lijkt het zo makkelijk", Self},
		{"iedereen gaat gewoon verder zonder mij", Self},
		{"ik heb geen puf meer om door te gaan", Self},
		{"de laatste uitweg is er een eind aan maken", Self},
		{"dit keer lukt het wel.", Self},
		{"ik heb mijn gitaar aan mijn neef gegeven, waar ik heen ga heb ik hem niet nodig", Self},
		{"mijn moeder is het leven zat zegt ze", Other},
		{"mijn broer sluit zich op en praat over er een eind aan maken", Other},
		{"ik heb alles geregeld voor de verhuizing, de brieven zijn verstuurd", None},
		{"volgende keer lukt het wel met dat examen", None},
		{"vanaf het dak zie je de hele stad, super makkelijk te bereiken", None},
		{"ik geef mijn oude kleren weg, ik heb ze niet meer nodig", None},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Detect(tt.text).Situation; got != tt.want {
				t.Errorf("Detect(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
