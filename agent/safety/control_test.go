package safety

import "testing"

// TestControlAtHome checks control told without a blow in every main
// language (money taken by someone close, going out forbidden by a
// partner, food kept back), beside a parent's rule for a teenager on a
// school night, which is no abuse.
func TestControlAtHome(t *testing.T) {
	tests := []situationCase{
		{"my son takes my pension every month and shouts at me if i ask for it", Abuse},
		{"my carer hits me when nobody is around", Abuse},
		{"my dad makes me sleep in the garage when he's angry", Abuse},
		{"my girlfriend checks my phone every night and screams if i talk to other girls, last week she slapped me", Abuse},
		{"he won't let me see a doctor for the bruises", Abuse},
		{"i'm not allowed to leave the house without him", Abuse},
		{"my stepmum starves me as punishment", Abuse},
		{"my partner forced me to have sex when i said no", Abuse},
		{"mi hijo me quita la pensión y me grita", Abuse},
		{"mi pareja no me deja salir de casa sin él", Abuse},
		{"mon fils me prend ma retraite et me crie dessus", Abuse},
		{"mon copain m'interdit de sortir sans lui", Abuse},
		{"mein sohn nimmt mir die rente weg und schreit mich an", Abuse},
		{"mein freund verbietet mir, ohne ihn rauszugehen", Abuse},
		{"meu filho pega minha aposentadoria e grita comigo", Abuse},
		{"meu namorado não me deixa sair sem ele", Abuse},
		{"mio figlio mi prende la pensione e mi urla contro", Abuse},
		{"il mio ragazzo non mi lascia uscire senza di lui", Abuse},
		{"mijn zoon pakt mijn pensioen af en schreeuwt tegen me", Abuse},
		{"mijn vriend verbiedt me om zonder hem naar buiten te gaan", Abuse},
		{"syn zabiera mi emeryturę i krzyczy na mnie", Abuse},
		{"chłopak nie pozwala mi wychodzić bez niego", Abuse},
		{"oğlum emekli maaşımı alıyor ve bana bağırıyor", Abuse},
		{"sevgilim onsuz dışarı çıkmama izin vermiyor", Abuse},
		{"my son takes me to the doctor every month", None},
		{"mi hijo me lleva al médico", None},
		{"my dad makes me do the dishes when he's cooking", None},
		{"ma mère ne me laisse pas sortir ce soir, j'ai un contrôle demain", None},
		{"minha mãe não me deixa sair hoje porque tenho prova", None},
		{"mia madre non mi lascia uscire stasera, domani ho la verifica", None},
		{"mijn moeder verbiedt me om vanavond naar buiten te gaan, ik heb huisarrest", None},
		{"mama nie pozwala mi wychodzić dziś wieczorem", None},
	}
	checkSituations(t, tests)
}
