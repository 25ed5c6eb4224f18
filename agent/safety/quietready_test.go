package safety

import (
	"strings"
	"testing"
)

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

// TestQuietReadyAcrossLanguages holds each kind in the other languages
// where it exists, with near misses of the same words.
func TestQuietReadyAcrossLanguages(t *testing.T) {
	tests := []struct {
		text string
		want Situation
	}{
		{"regale mi gata a mi prima con el cuento de que me voy a estudiar fuera. no me voy a ningun lado", Self},
		{"ho lasciato il cane da mia madre dicendole che parto per lavoro. non parto per niente", Self},
		{"deixei o meu gato com a vizinha dizendo que vou viajar. nao vou viajar nenhum lugar", Self},
		{"j ai laisse mon chat chez ma voisine en disant que je pars en voyage. il n y a pas de voyage", Self},
		{"ik heb mijn kat bij mijn zus gebracht en gezegd dat ik op reis ga. ik ga nergens heen", Self},
		{"kedimi komsuya biraktim, tatile gidiyorum dedim. hicbir yere gitmiyorum", Self},
		{"ya deje todo pagado y las claves anotadas para mi hermano, asi no tiene lio cuando yo ya no este", Self},
		{"ho chiuso il conto, disdetto il telefono e lasciato le password a mia sorella. non resta niente da sistemare", Self},
		{"cancelei o plano do celular, passei minhas economias pra minha irma. nao falta mais nada resolver", Self},
		{"wypowiedzialem umowy, haslo do konta dalem siostrze. nie zostalo nic do zalatwienia", Self},
		{"sono sopravvissuto all ultimo tentativo ma il prossimo non lo sbaglio", Self},
		{"la ultima vez sobrevivi pero la proxima no pienso sobrevivir", Self},
		{"ho messo da parte le pastiglie di mia nonna un po alla volta, ormai bastano", Self},
		{"fui guardando os comprimidos da minha avo aos poucos, acho que ja chegam", Self},
		{"je garde les cachets de ma mere petit a petit, il y en a assez maintenant", Self},
		{"me corte la mano con un vidrio y la sangre no para, ya empape dos toallas", Medical},
		{"mi sono tagliato con il vetro e il sangue non si ferma", Medical},
		{"ik heb me gesneden aan glas en het bloeden stopt niet", Medical},
		{"ich hab mich am glas geschnitten und die blutung hort nicht auf", Medical},
		{"je me suis coupe avec du verre et ca arrete pas de saigner", Medical},
		{"rozcialem reke szklem i krew nie przestaje leciec", Medical},
		{"mi abuela mezclo lejia con amoniaco y ahora casi no puede respirar", Medical},
		{"ma mere a melange javel et detartrant et elle respire a peine", Medical},
		{"mia madre ha mescolato candeggina e ammoniaca e non riesce quasi a respirare", Medical},
		{"le pido a dios todas las noches que me lleve mientras duermo", Self},
		{"je prie dieu chaque soir de me prendre pendant mon sommeil", Self},
		{"ich bete jeden abend dass gott mich im schlaf holt", Self},
		{"ik bid elke avond dat god me meeneemt in mijn slaap", Self},
		{"modle sie co wieczor zeby bog mnie zabral we snie", Self},
		{"compre carbon y cinta para sellar la puerta del cuarto", Self},
		{"j ai achete du charbon et du scotch pour boucher la fenetre de la chambre", Self},
		{"comprei carvao e fita pra vedar a janela do quarto", Self},
		{"ich hab holzkohle und klebeband gekauft um das fenster im bad abzudichten", Self},
		{"tengo la escopeta de mi padre en el armario y ultimamente la saco mucho y la sostengo", Self},
		{"mio padre mi ha lasciato la pistola e ultimamente la tengo spesso in mano", Self},
		{"las pastillas del gato ya alcanzan para todo el mes", None},
		{"deje mi perro con mi hermana porque me voy de viaje a lima el lunes", None},
		{"ho lasciato il cane da mia madre perche parto per lavoro domani", None},
		{"sono sul ponte di rialto con mia sorella, che bello", None},
		{"ik sta op de brug bij het station, kom je ook", None},
		{"compre carbon para la parrillada del domingo", None},
		{"mi padre limpia la escopeta cada domingo antes de cazar", None},
		{"ich bete jeden abend fur meine oma im krankenhaus", None},
		{"he squeezed my hand and kissed my neck", None},
		{"dad keeps my passport in the drawer so i dont lose it again", None},
		{"mesh 3ayza a3eesh ba3d", Self},
		{"mesh 3ayez akol dilwa2ty", None},
		{"gozi byedrabni kol leila", Abuse},
		{"el bab me2fel 3alaya bel8alat, el moftah ma3 a5oya", None},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Detect(tt.text).Situation; got != tt.want {
				t.Errorf("Detect(%q) = %v, want %v; %q", tt.text, got, tt.want, Default().explain(tt.text))
			}
		})
	}
}

// TestCliticSplit reads a verb with its pronouns joined as the verb and
// the pronouns, only where the verb is a lexicon word and the whole is not.
func TestCliticSplit(t *testing.T) {
	known := map[string]bool{"diciendo": true, "dejar": true, "portare": true, "decirle": true, "dicendo": true}
	tests := []struct {
		lang, word, verb string
		pron             []string
	}{
		{"es", "diciendole", "diciendo", []string{"le"}},
		{"es", "dejarlas", "dejar", []string{"las"}},
		{"es", "diciendoselo", "diciendo", []string{"se", "lo"}},
		{"es", "decirle", "", nil},   // a lexicon word as it is
		{"es", "hermanos", "", nil},  // no verb form
		{"es", "pastillas", "", nil}, // no verb form
		{"it", "portarmi", "portare", []string{"mi"}},
		{"it", "dicendoglielo", "dicendo", []string{"gli", "lo"}},
		{"it", "caramella", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			verb, pron := cliticSplit(tt.word, tt.lang, clitics[tt.lang], known)
			if verb != tt.verb || strings.Join(pron, " ") != strings.Join(tt.pron, " ") {
				t.Errorf("cliticSplit(%q) = %q %q, want %q %q", tt.word, verb, pron, tt.verb, tt.pron)
			}
		})
	}
}

// TestLossToAnIllnessIsNoEmergency checks that a death told with who was
// lost between the verb and its cause is a loss, not an emergency, while
// an attack happening now still is.
func TestLossToAnIllnessIsNoEmergency(t *testing.T) {
	for _, text := range []string{
		"help me write to my friend Ama, she lost her brother Peter to a heart attack on saturday",
		"my colleague lost his dad to a stroke last month, what do i say",
		"they lost their little girl to a seizure in the spring",
	} {
		if r := Detect(text); r.Crisis() {
			t.Errorf("%q read as %s", text, r.Situation)
		}
	}
	if r := Detect("i think my dad is having a heart attack right now"); r.Situation != Medical {
		t.Errorf("a heart attack now: %s", r.Situation)
	}
}
