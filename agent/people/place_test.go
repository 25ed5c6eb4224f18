package people

import "testing"

// TestGroupWhereItHappenedGivesWay checks that a group chat told as the
// place where something happened gives way to the one person named, and
// that someone introduced by name is never on the sending side.
func TestGroupWhereItHappenedGivesWay(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		group      bool
	}{
		{"her name is priya and i kinda said something mean about her boyfriend in the group chat", "Priya", false},
		{"i said something dumb in the group chat and now my friend jess is ignoring me", "Jess", false},
		{"my cousin dele posted baby pics on the family whatsapp and i want to say congrats", "Dele", false},
		{"can you write something for the group chat, its been dead", "", true},
		{"help me post something in the uni group chat", "", true},
	} {
		p := Find(tc.text)
		if p.Name != tc.name || p.Group != tc.group {
			t.Errorf("Find(%q) = %+v, want name %q, group %v", tc.text, p, tc.name, tc.group)
		}
	}
}

// TestJourneyWithThemIsAPlace checks that where the writer goes with
// someone ("fly with him to Accra") is a place, never the one written to.
func TestJourneyWithThemIsAPlace(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"my wife's aunt died, her name is Folake, i'll fly with her to Accra for the service", "Folake"},
		{"tell Marek i'm coming with him to Gdansk next month", "Marek"},
		{"my partner Ines, i want to say i'll go with her to Porto to sort out the flat", "Ines"},
	} {
		if p := Find(tc.text); p.Name != tc.name {
			t.Errorf("Find(%q) = %+v, want name %q", tc.text, p, tc.name)
		}
	}
}
