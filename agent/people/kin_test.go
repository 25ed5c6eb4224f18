package people

import "testing"

// TestKinWordsOfManyFamilies checks family words from many languages: each
// is a relationship, greeted by the word itself, and never a name.
func TestKinWordsOfManyFamilies(t *testing.T) {
	for _, tc := range []struct{ text, relation, address string }{
		{"write something for my dadi, she's unwell", "grandmother", "Dadi"},
		{"help me thank abbu for the lift", "father", "Abbu"},
		{"my ammi keeps asking when i'm visiting", "mother", "Ammi"},
		{"a note to my savta for shabbat", "grandmother", "Savta"},
		{"i want to call my jiddo more", "grandfather", "Jiddo"},
		{"text my khala about eid", "aunt", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			p := Find(tc.text)
			if p.Name != "" || p.Relation != tc.relation || p.Address() != tc.address {
				t.Errorf("Find(%q) = name %q relation %q address %q; want no name, %q, %q", tc.text, p.Name, p.Relation, p.Address(), tc.relation, tc.address)
			}
		})
	}
}

// TestNamedThenDescribed checks a name said with who they were ("X was
// our neighbour"), and that a group someone is staying at is no one to
// write to.
func TestNamedThenDescribed(t *testing.T) {
	for _, tc := range []struct{ text, name, relation string }{
		{"marguerite was my piano teacher for years, i want to thank her", "Marguerite", "teacher"},
		{"tomasz is my oldest mate and we haven't spoken since march", "Tomasz", "friend"},
		{"my brother kenji is crashing with our parents after the breakup", "Kenji", "brother"},
		{"my cousin dilnoza has been at my grandparents all week", "Dilnoza", "cousin"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			p := Find(tc.text)
			if p.Name != tc.name || p.Relation != tc.relation || p.Group {
				t.Errorf("Find(%q) = name %q relation %q group %v; want %q %q", tc.text, p.Name, p.Relation, p.Group, tc.name, tc.relation)
			}
		})
	}
}
