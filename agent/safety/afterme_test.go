package safety

import "testing"

// TestLeftForAfterInEveryLanguage checks things settled for the time after
// the speaker is gone, letters left to be found, and the everyday words of
// risk (xx.afterme.txt), beside holidays, a baby on the way and a cut while
// cooking.
func TestLeftForAfterInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"mi vecino se queda con mis perros cuando yo ya no exista, ya lo hable con el", Self},
		{"mi vecino se queda con mis perros cuando me vaya de vacaciones", None},
		{"deixei anotado quem fica com os meus livros quando eu morrer, nao falta muito", Self},
		{"ho lasciato le chiavi a mia cugina, le serviranno quando non ci saro piu", Self},
		{"j ai laisse mes cles a ma cousine, pour quand je serai plus la", Self},
		{"j'ai laissé mes clés à ma cousine pendant les vacances", None},
		{"mn zus krijgt mn kleren als ik er niet meer ben, heb het al geregeld", Self},
		{"hab meiner nichte meine bucher vermacht, fur wenn ich tot bin", Self},
		{"zostawilem siostrze klucze, na kiedy mnie juz nie bedzie", Self},
		{"ben gidince telefonumu kardesim alsin, ayarladim", Self},
		{"para que sigo aqui si ya nada me importa", Self},
		{"per cosa respiro ancora, ditemelo voi", Self},
		{"niet meer de moeite waard om hier te blijven", Self},
		{"bu dunyada ne isim var ki artik", Self},
		{"wozu bin ich uberhaupt noch da", Self},
		{"ojala esta noche sea la ultima, se lo pido a dios", Self},
		{"se amanha eu nao acordar, tudo bem", Self},
		{"me volvi a lastimar anoche, no aguante", Self},
		{"znowu sie pocielam, nie dalam rady", Self},
		{"heb mn pols weer opengehaald gisteren", Self},
		{"mes parents seraient mieux sans un fils comme moi", Self},
		{"i miei genitori starebbero meglio senza una figlia come me", Self},
		{"ai miei ho scritto delle lettere, le troveranno quando torneranno", Self},
		{"j ai ecrit un mot a mon pere, il le trouvera demain quand il rentrera", Self},
		{"mijn laatste berichtje aan jullie, ik hou van jullie", Self},
		{"me corte el dedo con el cuchillo del pan, nada grave", None},
		{"je me suis coupee le doigt en epluchant des legumes", None},
		{"ik heb in mijn duim gesneden bij het brood snijden", None},
		{"sto scrivendo un biglietto d'addio per il prof che va in pensione", None},
		{"ich will ein paar tage verschwinden, ab an die ostsee", None},
	})
}

// TestBrinkAndAfterInEveryLanguage checks a brink turned back from and the
// return told as the time it will not be, a medicine stopped on purpose,
// being found, nothing needed after a last chore and a date the speaker
// will not see (xx.brinkandafter.txt), beside a view from a roof, a
// medicine stopped by a doctor, hide and seek, a garden handed to a firm
// and a holiday at work.
func TestBrinkAndAfterInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"gestern stand ich am gelander der brucke und bin umgedreht. morgen halt mich keiner", Self},
		{"waren gestern auf der brucke fotos machen, morgen gehen wir wieder hin", None},
		{"anoche estuve en la cornisa y me baje. manana no me bajo", Self},
		{"anoche me subi a la terraza a ver las estrellas, manana vuelvo", None},
		{"ontem fiquei na beirada do telhado e desci. amanha nao desco", Self},
		{"hier soir j etais sur la rambarde du pont, demain je redescends pas", Self},
		{"ieri sera ero sul cornicione, domani niente mi ferma", Self},
		{"stond gisteren op de reling, morgen houdt niemand me tegen", Self},
		{"wczoraj stalem na krawedzi dachu, jutro nie zejde", Self},
		{"dun kopru korkulugundaydim, yarin donmeyecegim", Self},
		{"hab meine blutdrucktabletten mit absicht abgesetzt, soll doch passieren", Self},
		{"meine arztin hat meine tabletten abgesetzt, mir geht es besser", None},
		{"deje la insulina adrede hace dias", Self},
		{"parei os comprimidos de proposito, assim acaba logo", Self},
		{"ho sospeso la terapia apposta, cosi finisce prima", Self},
		{"ik neem mn insuline expres niet meer", Self},
		{"celowo odstawilem leki na serce, niech sie dzieje", Self},
		{"ilaclarimi bilerek biraktim", Self},
		{"cuando me encuentren ya va a ser tarde", Self},
		{"ya me encontraron jugando al escondite, me tocaba contar", None},
		{"quando me encontrarem vao entender", Self},
		{"quand ils me trouveront ce sera trop tard", Self},
		{"mi troveranno lunedi in cantina, e sara troppo tardi", Self},
		{"als ze me vinden is het al te laat", Self},
		{"beni bulduklarinda cok gec olacak", Self},
		{"despues de eso nada importa, ya pague todo", Self},
		{"depois disso nada mais importa, ja deixei tudo pago", Self},
		{"daarna maakt niks meer uit, huur is betaald", Self},
		{"danach spielt nichts mehr eine rolle, die miete ist bezahlt", Self},
		{"la navidad no la veo, lo tengo claro", Self},
		{"weihnachten erlebe ich nicht mehr, hab mich entschieden", Self},
		{"weihnachten erlebe ich in den bergen", None},
		{"het nieuwe jaar maak ik niet meer mee", Self},
		{"swiat nie doczekam, wiem to", Self},
		{"yilbasini goremeyecegim", Self},
	})
}

// TestBrinkAndAfterInEnglish checks the English side of the same ideas and
// the signs told beside them (en.brinkandafter.txt), each with a twin that
// keeps its words.
func TestBrinkAndAfterInEnglish(t *testing.T) {
	checkSituations(t, []situationCase{
		{"stood at the platform edge till the last train went, walked home. tomorrow i wont walk home", Self},
		{"stood at the platform edge for the last train and walked home after, knackered", None},
		{"chucked my antidepressants in the bin deliberately, not taking them again", Self},
		{"came off my antidepressants because my psychiatrist said i was ready", None},
		{"i want it to be my ex who finds me", Self},
		{"whoever finds my wallet gets a reward lol", None},
		{"after tonight none of it will matter, the rent is paid", Self},
		{"after the exam tonight nothing matters, pub!", None},
		{"not going to be alive for results day, so whatever", Self},
		{"wont be around for christmas this year, working abroad", None},
		{"theyd cry for a week and then move on honestly", Self},
		{"he can explain to my mum why i did it", Self},
		{"i survived it last time. next time i wont", Self},
		{"40 pills and a bottle of gin lined up", Self},
		{"sleeping pills put aside for friday night, nobody knows", Self},
		{"she had a black eye and told the teacher she walked into a door", Abuse},
		{"i have a split lip and told my manager i bumped into a door, he did it", Abuse},
		{"my friend is stopping her meds so she can be with her late husband", Other},
		{"mum hit her head on the shelf and now shes throwing up and confused", Medical},
		{"swallowed something at the party and now my heart is pounding and i cant feel my hands", Medical},
	})
}

// TestAttemptTakenUpAgainInEveryLanguage checks that an attempt told of
// the past no longer hides behind the past once the speaker wants it
// again now (undo: lines of xx.afterme.txt), beside a past that is over.
func TestAttemptTakenUpAgainInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"hace tres anos tome pastillas para morirme y ahora quiero intentarlo de nuevo", Self},
		{"hace tres anos tome pastillas para morirme, hoy estoy bien y tengo terapia", None},
		{"ha tre anni ho preso pastiglie per morire e adesso voglio riprovarci", Self},
		{"vor vier jahren hab ich tabletten genommen um zu sterben und jetzt will ichs wieder", Self},
		{"drie jaar geleden nam ik pillen om dood te gaan en nu wil ik het nog een keer", Self},
		{"trzy lata temu wzialem tabletki zeby umrzec a teraz chce jeszcze raz", Self},
		{"il y a trois ans j ai pris des cachets pour mourir et maintenant je veux retenter", Self},
	})
}

// TestHomeAndNeighboursInEveryLanguage checks a parent who hits the
// family, a push against a wall and a neighbour beaten by her partner
// (xx.afterme.txt), in several languages.
func TestHomeAndNeighboursInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"mi padrastro nos pega cuando se enoja", Abuse},
		{"mein stiefvater schlagt uns wenn er getrunken hat", Abuse},
		{"hij heeft me tegen de deur geduwd", Abuse},
		{"ma soeur se fait frapper par son copain", Other},
		{"la mia amica viene picchiata dal ragazzo", Other},
		{"a minha vizinha apanha do marido quase todo dia", Other},
		{"ze gooide de bal tegen de muur", None},
	})
}

// TestElisionsTypedWithoutApostrophe checks that a French or Italian word
// joined to the next by an apostrophe is read as the two words, whichever
// way the rule wrote them.
func TestElisionsTypedWithoutApostrophe(t *testing.T) {
	checkSituations(t, []situationCase{
		{"ho mollato l'insulina di proposito", Self},
		{"j'arrête mon insuline exprès", Self},
		{"ho buttato l'agenda vecchia, tanto l'anno prossimo ne compro una", None},
	})
	known := map[string]bool{"insulina": true, "jai": true, "out": true}
	for _, tt := range []struct{ word, el, rest string }{
		{"linsulina", "l", "insulina"},
		{"jai", "", ""},  // a lexicon word as typed
		{"tout", "", ""}, // the rest is too short to be read apart
	} {
		el, rest := elisionSplit(tt.word, elided["fr"], known)
		if el != tt.el || rest != tt.rest {
			t.Errorf("elisionSplit(%q) = %q %q, want %q %q", tt.word, el, rest, tt.el, tt.rest)
		}
	}
}

// TestQuietFarewellSignsInEveryLanguage checks a keepsake promised for
// after, no reason left to breathe, the relief the speaker's vanishing
// would bring, an absolution whatever happens, and a blade kept under the
// pillow (xx.afterme.txt), beside a keepsake passed on for a new one.
func TestQuietFarewellSignsInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"wer kriegt mein fahrrad wenn ich tot bin, mein cousin?", Self},
		{"mis papas se quedarian tranquilos si me fuera", Self},
		{"ik zie geen zin meer om te blijven ademen", Self},
		{"qualsiasi cosa succeda, non e colpa tua. comunque vada, non e colpa tua", Self},
		{"tengo una navaja bajo la almohada desde el lunes", Self},
		{"a quem eu dou minha bicicleta velha? comprei uma nova", None},
	})
}

// TestFoundAndGoneNearMisses checks being found at a place and time
// agreed, leaving an app for good and a death of the past from a heart
// attack, beside being found told with indifference or as a reproach.
func TestFoundAndGoneNearMisses(t *testing.T) {
	checkSituations(t, []situationCase{
		{"the dog always finds me first when i get home", None},
		{"me van a encontrar en la plaza a las ocho", None},
		{"vao me achar no bar hoje a noite", None},
		{"ils me retrouveront a la gare samedi", None},
		{"mi trovano al bar dopo il lavoro", None},
		{"znajda mnie w pracy po dziewiatej", None},
		{"beni yarin okulda bulurlar", None},
		{"quiero borrarme de ese grupo de whatsapp para siempre", None},
		{"la nonna della mia vicina e morta d'infarto ieri, cosa le scrivo", None},
		{"me van a encontrar en el rio y me da igual", Self},
		{"ils me trouveront et ce sera trop tard", Self},
	})
}
