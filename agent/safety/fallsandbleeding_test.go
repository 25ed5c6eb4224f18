package safety

import "testing"

// TestFallsAndBleeding checks a fall or a faint told of someone else, with
// blood from the head or a body that no longer moves or answers, in the
// main languages (lexicon/xx.fallsandbleeding.txt), beside a fall that
// ended well.
func TestFallsAndBleeding(t *testing.T) {
	checkSituations(t, []situationCase{
		{"meine mutter ist gestolpert und reagiert nicht mehr", Medical},
		{"meine mutter ist gestolpert, alles gut, nur ein blauer fleck", None},
		{"mi abuela se desmayo en la cocina y no responde", Medical},
		{"mi abuela se cayo pero ya esta bien, solo un susto", None},
		{"ma tante a fait une chute dans le jardin et ne bouge plus", Medical},
		{"meu irmao levou um tombo de bicicleta e esta sangrando muito", Medical},
		{"mia madre e svenuta in bagno e non si sveglia", Medical},
		{"mijn vader is van de trap gevallen en reageert niet", Medical},
		{"mijn vader is gevallen maar het gaat goed", None},
		{"babcia upadla na schodach i nie reaguje", Medical},
		{"annem merdivenden dustu ve hareket etmiyor", Medical},
		{"ich habe meinen eltern einen abschiedsbrief hingelegt, sie lesen ihn morgen", Self},
		{"cada noche le pido a dios no despertar manana", Self},
	})
}
