package safety

import "testing"

// The lines here hold lexicon/xx.quietready.txt and the chat spellings and
// joined pronouns of Spanish, Portuguese and Italian: an end made ready
// quietly, said in words of its own, and the near misses that share them.
func TestQuietReady(t *testing.T) {
	tests := []struct {
		text string
		want Situation
	}{
		{"closed my bank account, gave my cat to my neighbour. it all feels final.", Self},
		{"the letters are done, all i have left to choose is the date", Self},
		{"my plan is friday once the kids are asleep. ive got everything i needed", Self},
		{"i said goodbye to my brother without him realising it was for good", Self},
		{"i came through the overdose but im not planning on surviving another one", Self},
		{"theres no point living anymore", Self},
		{"my husband died in march. the papers are sorted and im ready to be with him soon.", Self},
		{"le di mi perrita a mi tia diciendole que me voy de viaje. no hay ningun viaje.", Self},
		{"fui juntando las pastillas de mi mama, creo q ya son suficientes", Self},
		{"me voy a ir de este mundo pronto", Self},
		{"hab die tabletten meines vaters heimlich gesammelt", Self},
		{"je me vois sauter chaque fois que je traverse le pont", Self},
		{"prego la madonna di prendermi stanotte", Self},
		{"ik heb mijn abonnementen opgezegd en mijn spullen weggegeven. verder hoef ik niets te regelen.", Self},
		{"nie bralam tych tabletek, tylko je chowalam", Self},
		{"odamdaki camlari bantladim, mangal komuru da aldim", Self},
		{"my uncle threatened us with a broken bottle last night", Abuse},
		{"mi novio me amenazo con quemarme si me voy", Abuse},
		{"my neighbour posted that shes doing it tonight and then went offline", Other},
		{"my flatmate is locked in her room and said shes done with life", Other},
		{"the gash soaked through two tea towels and it wont stop", Medical},
		{"mi hijo de 3 anos trago algo de la botella de cloro", Medical},
		{"meu pai apertou meu pescoco ontem", Abuse},

		{"cancelled my gym contract and gave my old bike away, feels like the end of an era", None},
		{"the thank you notes are written, i just need to pick the day to post them", None},
		{"i will not continue this life of takeaways, from monday i cook", None},
		{"going to the roof for the fireworks tonight. not coming back down till midnight", None},
		{"one step at a time and its over before you know it", None},
		{"las pastillas del perro ya alcanzan para el mes", None},
		{"si tengo un accidente mi mujer cobra el seguro, por eso lo contrate", None},
		{"abbiamo comprato il carbone e lo scotch per la grigliata in giardino", None},
		{"my mum keeps my passport in her safe and i have to ask for it before i travel", None},
		{"he put his hand on my neck to fix my necklace", None},
		{"sono sul ponte, ti aspetto li", None},
		{"il mio coinquilino ha gia il carbone per il barbecue e lo scotch per chiudere i sacchi", None},
		{"las cartas de navidad estan escritas, solo me falta elegir el dia para mandarlas", None},
		{"ik sta op de brug te wachten op de bus", None},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Detect(tt.text).Situation; got != tt.want {
				t.Errorf("Detect(%q) = %v, want %v; %q", tt.text, got, tt.want, Default().explain(tt.text))
			}
		})
	}
}
