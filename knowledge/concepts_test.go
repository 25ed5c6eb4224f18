package knowledge

import (
	"slices"
	"testing"
)

func TestConceptsFind(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"she left me on read again", []string{"silence"}},
		{"he got aired after the date", []string{"silence"}},
		{"just relocated for work and i dont know anyone here", []string{"new place"}},
		{"how do i find my people", []string{"make friends"}},
		{"is it ok to message twice", []string{"double text"}},
		{"i feel like i do all the work in this friendship", []string{"one-sided"}},
		{"so envious of my sisters life", []string{"jealousy"}},
		{"my friend is pulling away and says she needs time alone", []string{"space"}},
		{"what is the capital of peru", nil},
		{"he keeps asking for my home address", []string{"privacy"}},
		{"i hate feeling like a burden when i ask for help", []string{"needs"}},
		{"i always put on a brave face with my mates", []string{"open up"}},
		{"the authenticator keeps asking for a code", nil},
		{"i want to be more authentic with my friends", []string{"open up"}},
		{"my aunt keeps asking about my weight and i dont want to discuss it", []string{"boundaries", "off limits"}},
		{"my mum needs a new phone", nil},
		{"she only ever texts me when she wants something", []string{"one-sided"}},
		{"what protein powder does everyone use", nil},
		{"they all hung out without me last night", []string{"left out"}},
		{"am i glued to my phone too much", []string{"screen time"}},
		{"my old coach changed my life and i never told him", []string{"appreciation"}},
		{"why do people just vanish halfway through a chat", []string{"silence"}},
		{"i get way too hung up on how many likes i get", []string{"numbers"}},
		// Read through the spelling the search corrects to.
		{"im so jelous of my best freind", []string{"jealousy"}},
		{"she keeps ignorring me", []string{"silence"}},
	}
	for _, tt := range tests {
		if got := kb.Concepts(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Concepts(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestParseConceptsRejectsNameless checks that a line with no name panics
// at start rather than joining a nameless concept.
func TestParseConceptsRejectsNameless(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("parseConcepts accepted a line without a name")
		}
	}()
	parseConcepts("ghosted, left on read")
}

// TestConceptsHelpSearch measures search with and without the concept list
// on every question set that may be read, and checks that the list helps
// on all of them together: it was written from the guide's ideas, not from
// these questions, so what it adds there is what it adds for new wordings.
func TestConceptsHelpSearch(t *testing.T) {
	with, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	saved := guideConcepts
	guideConcepts = parseConcepts("")
	without, err := Load(Options{})
	guideConcepts = saved
	if err != nil {
		t.Fatal(err)
	}
	var on, off, total int
	for _, name := range []string{"tune.tsv", "fresh.tsv", "fresh2.tsv"} {
		set := questionSet(t, name)
		a1, a3, n := searchRecall(with, set)
		b1, b3, _ := searchRecall(without, set)
		t.Logf("%s: recall@1 %.3f with the concepts, %.3f without; recall@3 %.3f, %.3f", name, a1, b1, a3, b3)
		on += int(a1*float64(n) + 0.5)
		off += int(b1*float64(n) + 0.5)
		total += n
	}
	if on < off {
		t.Errorf("with the concepts %d of %d questions find their section first, without them %d", on, total, off)
	}
}
