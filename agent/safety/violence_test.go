package safety

import "testing"

// TestViolenceToSomeoneElse checks violence at home told of someone else
// with the act coordinated after another ("gets drunk and hits my mum"),
// in every main language, beside the same act done to the speaker, which
// stays abuse, and near misses: a game won, a gift, a podcast.
func TestViolenceToSomeoneElse(t *testing.T) {
	tests := []situationCase{
		{"my stepdad gets drunk and hits my mum", Other},
		{"he comes home and shoves her against the wall", Other},
		{"my dad drinks and then beats my little brother", Other},
		{"her husband screams at her and slaps her every night", Other},
		{"my uncle gets angry and throws things at my aunt and kicks her", Other},
		{"mi padrastro se emborracha y le pega a mi madre", Other},
		{"mon beau-père boit et frappe ma mère", Other},
		{"mein stiefvater trinkt und schlägt meine mutter", Other},
		{"meu padrasto bebe e bate na minha mãe", Other},
		{"il mio patrigno si ubriaca e picchia mia madre", Other},
		{"mijn stiefvader drinkt en slaat mijn moeder", Other},
		{"ojczym się upija i bije moją mamę", Other},
		{"üvey babam içip annemi dövüyor", Other},
		{"my stepdad gets drunk and hits me, im 15", Abuse},
		{"my dad comes home and beats me and my sister", Abuse},
		{"he said he'd hurt the kids if i go to the police", Abuse},
		{"my brother beat my sister at chess again", None},
		{"the crime podcast was about a man who strangled his wife", None},
	}
	checkSituations(t, tests)
}

// TestGiftsAndSilence checks that a thing given to the speaker is no
// farewell ("my neighbour gave me her old bike"), and that a message left
// unanswered is silence, not a body that does not respond, while a person
// who does not respond stays an emergency.
func TestGiftsAndSilence(t *testing.T) {
	tests := []situationCase{
		{"help me write to my cousin Ines, she gave me her old laptop so i could finish my course", None},
		{"my neighbour gave me her old bike", None},
		{"grandad handed me his watch before he moved", None},
		{"my flatmate gave away my leftovers lol", None},
		{"my colleague gave me his plants today and said he won't be around to water them", Other},
		{"i texted grandma a pic of the garden, no response", None},
		{"sent jo a voice note, no response yet", None},
		{"emailed my landlord twice, zero response", None},
		{"my grandma collapsed and there's no response when i shake her", Medical},
	}
	checkSituations(t, tests)
}

// TestSomeoneElseEveryLanguage checks someone else at risk told in every
// main language (a farewell then silence, a plan for tonight, a wish never
// to have been born), and that a rule written for "wishes" leaves the
// speaker's own "wishes i was never born" read as "wish".
func TestSomeoneElseEveryLanguage(t *testing.T) {
	tests := []situationCase{
		{"meine beste freundin schreibt mir, dass sie nicht mehr leben will", Other},
		{"mein kumpel hat auf insta ein abschiedsfoto gepostet und geht nicht ans handy", Other},
		{"ma meilleure amie m'a envoyé un message d'adieu et ne répond plus", Other},
		{"mon frère parle de se foutre en l'air", Other},
		{"mi mejor amigo subió una despedida y no contesta", Other},
		{"mi prima dice que se quiere morir", Other},
		{"minha melhor amiga mandou uma mensagem de despedida e sumiu", Other},
		{"meu primo falou que vai se matar hoje", Other},
		{"la mia migliore amica ha scritto un messaggio di addio e non risponde", Other},
		{"mio cugino dice che vuole farla finita stasera", Other},
		{"mijn beste vriendin stuurde een afscheidsbericht en reageert niet meer", Other},
		{"mijn neef zegt dat hij er vanavond een eind aan maakt", Other},
		{"moja najlepsza przyjaciółka napisała pożegnalną wiadomość i nie odbiera", Other},
		{"mój kuzyn mówi, że dziś się zabije", Other},
		{"en yakın arkadaşım veda mesajı attı ve telefonu açmıyor", Other},
		{"kuzenim bu gece kendini öldüreceğini söyledi", Other},
		{"my son keeps saying he wishes he'd never been born", Other},
		{"my friend says she's going to take all her pills tonight", Other},
		{"my dad has been saying goodbye to everyone and sorting out his will, he seems too calm", Other},
		{"i think my family secretly wishes i was never born", Self},
	}
	checkSituations(t, tests)
}
