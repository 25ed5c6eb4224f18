package safety

import "testing"

// TestRopeKept checks that a rope put away in one's room, car or bag and
// blades bought for the arms are read in each language, while a rope for
// camping or towing is not.
func TestRopeKept(t *testing.T) {
	checkSituations(t, []situationCase{
		{"there was a rope in the garage. i hid it under my bed", Self},
		{"got a pack of blades for my thighs", Self},
		{"j'ai cache une corde dans mon placard", Self},
		{"escondi una cuerda debajo de la cama", Self},
		{"hab ein seil im kofferraum versteckt", Self},
		{"guardei uma corda no porta malas", Self},
		{"ho nascosto una corda nell armadio", Self},
		{"ik heb een touw onder mijn bed verstopt", Self},
		{"schowalem sznur w szafie", Self},
		{"bought rope for camping and kept it in my car", None},
		{"j'ai mis la corde dans le coffre pour le camping", None},
		{"hab das seil zum abschleppen im kofferraum", None},
	})
}

// TestLastWishes checks someone else refusing food to join the dead, a
// note found that says it is no one's fault, a parent's suicide followed
// by the speaker's own, and a plan waiting for an empty house; a bald
// uncle, a note about cake and a house emptied to repaint stay quiet.
func TestLastWishes(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my nan has stopped eating, she says she wants to be with grandad", Other},
		{"my gran refuses to eat so she can join grandpa", Other},
		{"found a letter from my daughter telling us its not our fault", Other},
		{"my dad killed himself when i was small and im scared im going the same way", Self},
		{"ive got a plan and everything i need. just waiting for my parents to be away.", Self},
		{"meine oma isst nichts mehr, weil sie zu opa will", Other},
		{"mi abuela dejo de comer para estar con el abuelo", Other},
		{"mijn oma weigert te eten omdat ze bij opa wil zijn", Other},
		{"i let everyone down again. my family would be relieved if i disappeared", Self},
		{"my uncle went bald at 40 and im gonna go the same way lol", None},
		{"i always mess up the cooking for everyone lol, theyd throw a party if i stopped cooking", None},
		{"found a note from my son saying sorry for eating the cake", None},
		{"i have a plan and the stuff to do it. i just need the house to be empty to repaint the lounge", None},
	})
}
