package listen

import "testing"

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
