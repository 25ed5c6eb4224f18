package people

import "testing"

// A lowercase plural of a thing is never whom a message is for, and the
// plural of a family word is a group.
func TestPluralThingsAreNoNames(t *testing.T) {
	for _, tc := range []struct {
		text, relation string
		group          bool
	}{
		{"could you help me ask my neighbour for tickets", "neighbour", false},
		{"message my cousins about snacks", "group", true},
		{"help me ask for spare keys", "", false},
		{"write to the grandchildren about the holidays", "group", true},
		{"text the triplets about their exams", "group", true},
	} {
		p := Find(tc.text)
		if p.Name != "" || p.Relation != tc.relation || p.Group != tc.group {
			t.Errorf("%q: got %+v, want relation %q group %v and no name", tc.text, p, tc.relation, tc.group)
		}
	}
	for _, tc := range []struct{ text, name string }{
		{"help me thank niels for the books", "Niels"},
		{"can you write to Jens about drinks", "Jens"},
		{"text gladys about bingo", "Gladys"},
		{"the triplets are here!! my cousin Mo is a dad now, help me write to him", "Mo"},
	} {
		if p := Find(tc.text); p.Name != tc.name {
			t.Errorf("%q: got %+v, want %s", tc.text, p, tc.name)
		}
	}
}
