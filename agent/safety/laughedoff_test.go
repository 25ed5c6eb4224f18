package safety

import "testing"

// TestWishToVanishLaughedOff checks that a wish to vanish laughed off on
// the spot after a blunder ("quería desaparecer jajaja", "queria sumir
// kkkk") is hyperbole in every Romance language, "k" typed three times or
// more being read as laughter, not as the chat "k" for "que"; the same
// wish said for good is heard.
func TestWishToVanishLaughedOff(t *testing.T) {
	checkSituations(t, []situationCase{
		{"tropecé delante de todos, me quería desaparecer jeje", None},
		{"la honte devant le prof, je voulais disparaître ptdr", None},
		{"ho sbagliato nome al colloquio, volevo sparire ahahah", None},
		{"chamei a professora de mãe, quis sumir kkkkkk", None},
		{"quiero desaparecer de verdad, no es broma", Self},
		{"je veux disparaître et ne plus revenir", Self},
		{"k vontade de sumir pra sempre", Self},
	})
}

// TestLeavingCard checks that a goodbye note for a team, a class or
// colleagues, or one called nice or little, is a leaving card; a goodbye
// note left for the family stays the speaker's farewell. It checks too
// that English "last week … better" is never read as the Dutch burden.
func TestLeavingCard(t *testing.T) {
	checkSituations(t, []situationCase{
		{"last day at the bakery friday, writing a little farewell card for the staff", None},
		{"retiring after 30 years, want to write my colleagues a goodbye letter", None},
		{"i wrote a goodbye letter to my kids and put it in the drawer", Self},
		{"she had a rough time last month but is way better now, thanks for asking", None},
		{"ik ben een last voor mijn ouders, ze zouden beter af zijn", Self},
	})
}
