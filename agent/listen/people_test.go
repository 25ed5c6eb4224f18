package listen

import (
	"strings"
	"testing"
)

// TestMentionsByMarriageTitleAndKind reads people said with a title ("mr
// danjuma"), by marriage ("my brother-in-law", "my in laws") or with a
// word saying which one ("my old swimming coach") as one person each.
func TestMentionsByMarriageTitleAndKind(t *testing.T) {
	tests := []struct {
		text  string
		names []string
		want  string
	}{
		{"had tea with mr danjuma from upstairs", []string{"Danjuma"}, "Mr Danjuma"},
		{"my neighbour ms ortega waved at me", []string{"Ortega"}, "Ms Ortega"},
		{"my brother-in-law keeps cancelling", nil, "your brother-in-law"},
		{"my in laws visit every weekend", nil, "your in-laws"},
		{"my cousin-in-law Tevita rang", []string{"Tevita"}, "Tevita"},
		{"my old swimming coach sent a card", nil, "your old swimming coach"},
		{"my piano teacher retired", nil, "your piano teacher"},
	}
	for _, tt := range tests {
		ms := Mentions(tt.text, tt.names)
		if len(ms) != 1 || ms[0].Ref != tt.want {
			t.Errorf("Mentions(%q) = %+v, want one: %q", tt.text, ms, tt.want)
		}
	}
	if ms := Mentions("my phone is broken", nil); len(ms) != 0 {
		t.Errorf("a phone is nobody: %+v", ms)
	}
}

// TestCleanSpellsOutID says "id" back as "you'd" where a verb follows it,
// and leaves an id card alone.
func TestCleanSpellsOutID(t *testing.T) {
	for in, want := range map[string]string{
		"id rather text than call":     "you'd rather text than call",
		"honestly id love a quiz team": "you'd love a quiz team",
		"i lost my id card":            "you lost your id card",
	} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMentionsFamilyWordAndName reads "my nan Edie" and "my grandma nani"
// as one person, called by the name that follows.
func TestMentionsFamilyWordAndName(t *testing.T) {
	if ms := Mentions("my nan Edie rang", []string{"Edie"}); len(ms) != 1 || ms[0].Who != "Edie" {
		t.Errorf("my nan Edie → %+v", ms)
	}
	if ms := Mentions("my grandma nani listened", nil); len(ms) != 1 || ms[0].Who != "Nani" || ms[0].Ref != "your grandma Nani" {
		t.Errorf("my grandma nani → %+v", ms)
	}
}

// TestMentionsWhereFromAndFamilyWordBeforeName reads a relation said with
// where they are from before the name ("my flatmate from college jonah")
// and a family word before a name ("nana pearl") as one person each.
func TestMentionsWhereFromAndFamilyWordBeforeName(t *testing.T) {
	tests := []struct {
		text  string
		names []string
		want  []string
	}{
		{"my flatmate from college jonah and my mum", []string{"Jonah"}, []string{"Jonah", "your mum"}},
		{"my teammate from the old hockey club ravi", []string{"Ravi"}, []string{"Ravi"}},
		{"my neighbour from leeds carys, my brother", []string{"Carys"}, []string{"Carys", "your brother"}},
		{"nana pearl, and tomasz", []string{"Pearl", "Tomasz"}, []string{"Pearl", "Tomasz"}},
		{"my friend from work", nil, []string{"your friend"}},
		{"mum and dad", nil, []string{"Mum", "Dad"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Mentions(tt.text, tt.names) {
			got = append(got, m.Ref)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Mentions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestMentionsKinAsRole reads "a dad" or "every mum" as a role anyone can
// have, not the person's own Dad or Mum, while "dad" alone still is.
func TestMentionsKinAsRole(t *testing.T) {
	tests := []struct {
		text, want string // want: the Who of the one mention, "" for none
	}{
		{"he told me he's nervous about becoming a dad", ""},
		{"every mum at the school gate was lovely to me", ""},
		{"she's an amazing new mum", ""},
		{"dad rang me on sunday", "Dad"},
		{"i had a long talk with mum", "Mum"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := Mentions(tt.text, nil)
			got := ""
			if len(ms) > 0 {
				got = ms[0].Who
			}
			if got != tt.want || len(ms) > 1 {
				t.Errorf("Mentions(%q) = %v, want %q alone", tt.text, ms, tt.want)
			}
		})
	}
}

// TestMentionsInLawSpaced reads "my mother in law", typed without its
// hyphens, as one person by marriage, not the person's own mother.
func TestMentionsInLawSpaced(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"my mother in law drops by without warning", "your mother-in-law"},
		{"my brother in law Sam always helps", "Sam"},
	} {
		ms := Mentions(tt.text, []string{"Sam"})
		if len(ms) != 1 || ms[0].Ref != tt.want {
			t.Errorf("Mentions(%q) = %v, want %q alone", tt.text, ms, tt.want)
		}
	}
}
