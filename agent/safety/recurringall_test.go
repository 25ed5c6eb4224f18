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
