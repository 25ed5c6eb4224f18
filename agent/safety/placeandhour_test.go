package safety

import "testing"

// TestPlaceAndHour checks a place to fall from or be hit at, looked over
// and told with its day or hour, in each main language; a view, a swim
// and a news story stay quiet.
func TestPlaceAndHour(t *testing.T) {
	checkSituations(t, []situationCase{
		{"ive checked which bridge has no fence. saturday night", Self},
		{"i think im going to jump off the car park roof tonight", Self},
		{"stood at the platform edge for an hour, so close to stepping off", Self},
		{"ya elegi el puente, el viernes voy", Self},
		{"hab mir die brücke angesehen, am freitag um 2 uhr ist da keiner", Self},
		{"j ai choisi le pont, ce sera samedi soir", Self},
		{"ho scelto il ponte, domenica sera", Self},
		{"heb de brug uitgekozen, zaterdagavond", Self},
		{"já escolhi o prédio, vou pular amanhã", Self},
		{"stalam na moscie godzine, w piatek wroce", Self},
		{"kopruyu sectim, cumartesi gecesi gidecegim", Self},
		{"we jumped off the rocks into the sea, best holiday ever", None},
		{"saw on the news a woman jumped off a bridge downtown, awful", None},
		{"looked at the bridge for photos of the sunset on saturday", None},
		{"fui a ver el puente para sacar fotos el sabado", None},
		{"hab mir die brücke angesehen, tolle aussicht am sonntag", None},
	})
}

// TestCoverTrip checks a pet handed on with a trip as the reason and the
// trip then denied, in several languages; a real trip stays quiet.
func TestCoverTrip(t *testing.T) {
	checkSituations(t, []situationCase{
		{"took my dog to my brothers and told him im off travelling. im not going anywhere", Self},
		{"le deje mi gato a mi hermano, le dije que me iba de viaje. no voy a ningun lado", Self},
		{"j ai confie mon chien a mon voisin en disant que je partais en vacances, je vais nulle part", Self},
		{"mn kat naar mn moeder gebracht en gezegd dat ik op vakantie ga. ik ga nergens heen", Self},
		{"deixei meu gato com minha irma, falei que vou viajar. nao vou pra lugar nenhum", Self},
		{"ho lasciato il cane a mia madre dicendo che parto per lavoro. non vado da nessuna parte", Self},
		{"hab meine katze meiner schwester gegeben, hab gesagt ich verreise. ich geh nirgendwo hin", Self},
		{"hab den hund zu meinem bruder gebracht, muss ja keiner mehr auf mich warten", Self},
		{"left my cat with my sister because im going on holiday to spain", None},
		{"hab den hund zu meinem bruder gebracht, muss ja keiner mehr mit ihm gassi gehen wenn ich arbeite", None},
	})
}

// TestToldAroundTheAct checks signs told around an act left unnamed, and
// threats and harm at home, in several languages, each with a near miss.
func TestToldAroundTheAct(t *testing.T) {
	checkSituations(t, []situationCase{
		{"honestly no reason left for me to keep going anymore", Self},
		{"no reason to stick around after the meeting", None},
		{"tomorrow im deleting me for good", Self},
		{"deleting me from the group chat was rude", None},
		{"my kids would be better off if i went away for good", Self},
		{"since my husband passed away i think of ways to be with him again", Self},
		{"last time they found me in time. this time nobody will know", Self},
		{"stopped taking my insulin, letting it do what it wants", Self},
		{"took my dads rifle out of the cabinet, sitting here holding it", Self},
		{"took my dads rifle out of the cabinet to clean it before hunting", None},
		{"said goodbye to my cat properly today, a last goodbye", Self},
		{"said goodbye to my dog before uni, proper goodbye", None},
		{"he says i dont need my own bank card", Abuse},
		{"my stepdad touches me at night and says its our secret", Abuse},
		{"my husband is outside my flat with a knife", Abuse},
		{"ya tengo guardadas las pastillas, esta vez no me van a encontrar", Self},
		{"mi hermana tiene cortes en los brazos", Other},
		{"hab von drei aerzten tabletten bekommen, die liegen jetzt alle zusammen", Self},
		{"mein kleiner hat waschmitteltabs im mund und wuergt", Medical},
		{"merci pour tout, c est la derniere fois que j ecris ici", Self},
		{"mes enfants seraient soulages si j etais plus la", Self},
		{"denk er echt aan om er een eind aan te maken", Self},
		{"mijn ex kneep mijn keel dicht", Abuse},
		{"przestalem brac leki na cisnienie, niech sie dzieje", Self},
		{"hayatta olmamin ne anlami var ki", Self},
		{"intihar onleme seminerine katildim", None},
		{"mamma har jätteont i bröstet och armen domnar", Medical},
		{"what are the signs a friend might be suicidal? its for my class", None},
		{"my laptop tried to kill itself again lol", None},
	})
}

// TestEverydayReadingsQuiet checks everyday readings of words that also
// tell of a brink, a dose, things not needed or a locked door, each with
// its dangerous twin: a roof sat on, a bridge watched from, a daily dose
// asked, a car not needed for a weekend, pills packed for a trip, books
// outgrown, a wifi rule, and a fall from a boat that is not a kitchen slip.
func TestEverydayReadingsQuiet(t *testing.T) {
	checkSituations(t, []situationCase{
		{"sitz auf dem dach", None},
		{"ich sitz auf dem dach und trink ein bier, schöne aussicht", None},
		{"sitz auf dem dach, morgen spring ich", Self},
		{"stood on the bridge for ages", None},
		{"stood on the bridge for an hour watching the swans", None},
		{"stood on the bridge for ages looking down at the water, so close", Self},
		{"been standing on the ledge for an hour", Self},
		{"wie viele tabletten", None},
		{"wie viele ibuprofen darf ich am tag nehmen", None},
		{"ich hab 40 tabletten gesammelt, wie viele tabletten reichen", Self},
		{"i won't be needing the car this weekend", None},
		{"i wont be needing the spare keys after friday", Self},
		{"ho messo da parte le pillole per la vacanza", None},
		{"ho messo da parte le pastiglie, stanotte le prendo tutte", Self},
		{"gave my textbooks to my cousin, i dont need them anymore", None},
		{"gave my guitar to my cousin, i dont need it anymore", Self},
		{"my parents lock me out of the wifi at night", None},
		{"my dad locks me out of the house all night when hes drunk", Abuse},
		{"hij is van de boot gevallen en we kunnen hem niet vinden", Medical},
		{"mijn zoontje is gevallen met de fiets en heeft een snee", None},
	})
}
