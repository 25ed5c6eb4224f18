package people

import "testing"

// A family word said as the owner of a place, a parent's word from another
// language standing where no person does, and the writer's own child on
// the sending side are never who the message is for.
func TestKinNotRecipient(t *testing.T) {
	for _, tc := range []struct{ text, name, rel string }{
		{"me and my cousin priya used to bake in nonna's kitchen every sunday, want to text her", "Priya", ""},
		{"marta and i spent every easter at grandads farm. i want to message her", "Marta", ""},
		{"remember when kemal played abba at full volume in the car all summer, i want to message him", "Kemal", ""},
		{"my little one made a drawing for our postman dave. help me write a note from me and my daughter to go with it, he waited for my daughter to finish it", "Dave", ""},
		{"send something to baba for his birthday", "", "father"},
		{"next week is appa's 70th and he still gardens every day", "", "father"},
		{"when ammi retired she took up painting, help me write to her", "", "mother"},
		{"my abba just retired, help me write to him", "", "father"},
		{"my nan's house flooded and i want to send her something", "", "grandmother"},
	} {
		p := Find(tc.text)
		if p.Name != tc.name || tc.rel != "" && p.Relation != tc.rel {
			t.Errorf("Find(%q) = %q (%s), want %q (%s)", tc.text, p.Name, p.Relation, tc.name, tc.rel)
		}
	}
}

// Reflexive pronouns are never names: "pleased with himself".
func TestReflexiveIsNoName(t *testing.T) {
	for _, text := range []string{"the cat looked very proud of himself, text nina about it", "she laughed at herself all night, message tom"} {
		if p := Find(text); p.Name == "Himself" || p.Name == "Herself" {
			t.Errorf("Find(%q) = %q", text, p.Name)
		}
	}
}

// A role said without a name, next to the one name the message gives, is
// that person: "forgot marisol's leaving do… she's a friend from my old
// job" is to Marisol.
func TestRoleTakesTheOneName(t *testing.T) {
	for _, tc := range []struct{ text, name, rel string }{
		{"i completely forgot marisol's leaving do on friday, she's a friend from my old job", "Marisol", "friend"},
		{"i never thanked kenji for the lift. he's a neighbour from two doors down", "Kenji", "neighbour"},
		{"tell my colleague that tom is leaving", "", "colleague"},
		{"my sister got dumped by her boyfriend marco", "", "sister"},
	} {
		p := Find(tc.text)
		if p.Name != tc.name || p.Relation != tc.rel {
			t.Errorf("Find(%q) = %q (%s), want %q (%s)", tc.text, p.Name, p.Relation, tc.name, tc.rel)
		}
	}
}
