package safety

import "testing"

// TestRecurringIdeasInEveryLanguage checks, in the other main languages
// (xx.recurring.txt), the act pictured with relief, the tracks or an edge
// come closer to each night, someone else's farewell posted with the
// phone off, and a place not to be kept next year; beside a picture hung
// with relief, a station visited for trains, a phone off on a holiday
// post, and a seat given up for a friend.
func TestRecurringIdeasInEveryLanguage(t *testing.T) {
	checkSituations(t, []situationCase{
		{"me veo colgando de una cuerda y me da paz", Self},
		{"me imagino colgando los cuadros nuevos y siento alivio de terminar la mudanza", None},
		{"cada vez me acerco un poco mas al borde del puente", Self},
		{"mi prima subio 'los quiero a todos' y tiene el celular apagado", Other},
		{"subio fotos de la playa y tiene el movil apagado porque esta de vacaciones", None},
		{"no hace falta que me guarden lugar para navidad", Self},
		{"ich sehe mich tot und das ist so friedlich", Self},
		{"jede nacht geh ich ein stück näher an die kante. das gleis ist direkt da", Self},
		{"je me vois tomber du pont et ça m'apaise", Self},
		{"mon frere a publié 'adieu' et son portable est injoignable", Other},
		{"mi vedo morta e provo sollievo", Self},
		{"ik stel me voor dat ik spring en dat geeft rust", Self},
		{"meu irmao postou 'amo voces' e o telefone esta desligado", Other},
		{"nie trzymajcie mi miejsca na swieta", Self},
		{"kendimi olu hayal ediyorum, huzur veriyor", Self},
	})
}

// TestDeservedBetterAndWhoFinds checks, in the other main languages, the
// others who deserve better and would get over the speaker, and who will
// find the speaker chosen; beside someone who is to meet the speaker at
// the station.
func TestDeservedBetterAndWhoFinds(t *testing.T) {
	checkSituations(t, []situationCase{
		{"mi familia merece un hijo mejor, me olvidarian pronto", Self},
		{"lo hice asi para que no sea mi madre quien me encuentre", Self},
		{"quedé a las seis para que mi madre me encuentre en la estacion", None},
		{"meine eltern verdienen einen besseren sohn, die kommen schon drüber hinweg", Self},
		{"ich mach es so, dass mein mann mich nicht findet", Self},
		{"ich warte am gleis, damit mein mann mich findet", None},
		{"ma famille mérite un meilleur fils, ils s'en remettront", Self},
		{"la mia famiglia merita un figlio migliore, se ne faranno una ragione", Self},
		{"mijn ouders verdienen een betere zoon, ze komen er wel over heen", Self},
		{"ik ga zo dat mijn moeder me niet vindt", Self},
		{"ik sta bij de ingang zodat mijn moeder me vindt", None},
		{"minha familia merece uma filha melhor, vao superar", Self},
		{"moja rodzina zasluguje na lepsza corke, zapomna", Self},
		{"ailem daha iyi bir evladi hak ediyor, unuturlar", Self},
	})
}
