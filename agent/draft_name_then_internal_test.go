package agent

import "testing"

func TestNameThenMore(t *testing.T) {
	for _, tc := range []struct {
		text, name, rest string
	}{
		{"his name is theo, i want to ask him to climb on saturday", "Theo", "i want to ask him to climb on saturday"},
		{"her name is Mirela she got engaged on friday", "Mirela", "she got engaged on friday"},
		{"her name's Ilka she passed her exams, the last ones before uni", "Ilka", "she passed her exams, the last ones before uni"},
		{"he's called Bo and he just moved to Tallinn", "Bo", "he just moved to Tallinn"},
		{"her name is Mirela", "", ""},
		{"she got engaged on friday", "", ""},
	} {
		name, rest := nameThenMore(tc.text)
		if name != tc.name || rest != tc.rest {
			t.Errorf("nameThenMore(%q) = %q, %q; want %q, %q", tc.text, name, rest, tc.name, tc.rest)
		}
	}
}
