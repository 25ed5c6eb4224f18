package safety

import "testing"

// TestFarewellUnanswered checks that farewell words someone else wrote or
// posted, followed by silence or a phone switched off, are someone else
// at risk in each language, while a holiday, a flight or a flat battery
// named beside the silence is not.
func TestFarewellUnanswered(t *testing.T) {
	checkSituations(t, []situationCase{
		{"meine cousine hat auf insta danke fur alles gepostet und ist seit gestern nicht erreichbar", Other},
		{"la mia amica ha postato addio a tutti e da stamattina non risponde", Other},
		{"min syster skrev tack for allt i gruppen och svarar inte", Other},
		{"mi amigo puso gracias por todo en su estado y tiene el movil apagado", Other},
		{"mon pote a poste adieu sur insta et repond plus", Other},
		{"meu primo postou adeus galera e o celular ta desligado", Other},
		{"mijn vriend schreef vaarwel in de groepsapp en neemt al uren niet op", Other},
		{"moj kolega napisal zegnajcie na grupie i nie odbiera", Other},
		{"arkadasim hosca kalin yazdi ve telefonu kapali", Other},
		{"mi compi de piso escribio gracias por todo y se fue de viaje, no contesta porque esta en el avion", None},
		{"mijn collega schreef bedankt voor alles, ze reageert niet want ze zit in het vliegtuig", None},
		{"min kompis skrev tack for allt och svarar inte, batteriet ar slut", None},
	})
}

// TestApologyFarewell checks that sorry for everything, with the others
// told they will be fine without the speaker, is a farewell, while the
// same words about one evening are not.
func TestApologyFarewell(t *testing.T) {
	checkSituations(t, []situationCase{
		{"perdonad por todo, vais a estar mejor sin mi", Self},
		{"sorry fur alles leute, ihr kommt ohne mich klar", Self},
		{"pardon pour tout, vous allez vous en sortir sans moi", Self},
		{"me desculpem por tudo, voces vao ficar melhor sem mim", Self},
		{"scusatemi per tutto, starete meglio senza di me", Self},
		{"het spijt me voor alles, jullie zijn beter af zonder mij", Self},
		{"wybaczcie za wszystko, dacie rade beze mnie", Self},
		{"sorry voor alles. jullie redden het zonder mij vanavond, ik ben ziek", None},
		{"perdon por todo, vais a estar bien sin mi en la cena del viernes", None},
	})
}

// TestAttemptFoundThenAlone checks that an attempt told with who found
// the speaker or the emergency after it, and the thoughts back or nobody
// there to find them this time, is a risk now, while a task tried before
// is not.
func TestAttemptFoundThenAlone(t *testing.T) {
	checkSituations(t, []situationCase{
		{"last time i swallowed a whole box of tablets my sister found me. this time she's on holiday", Self},
		{"took too many pills once and my bf called an ambulance. this time nobody will be there to find me", Self},
		{"vor zwei jahren hab ich es versucht, meine mutter hat mich gefunden. jetzt kommen die gedanken wieder", Self},
		{"letztes jahr hab ichs versucht mit tabletten, diesmal pass ich auf dass mich keiner findet", Self},
		{"la ultima vez me trague una caja de pastillas y me encontraron. ya se como hacerlo bien", Self},
		{"jai deja tente une fois, les pompiers sont venus. les idees reviennent", Self},
		{"ho gia provato con le gocce, stavolta nessuno mi trova", Self},
		{"last time i took the dog out my neighbour found me lost in the woods. this time shes away so ill go alone", None},
		{"vor zwei jahren hab ich die prufung versucht. diesmal pass ich besser auf", None},
	})
}
