package listen

import "testing"

func TestLost(t *testing.T) {
	names := []string{"Harold", "Dorothy", "Michael"}
	for in, want := range map[string]string{
		"That I'm proud of Michael, and that Dorothy's friendship kept me going after Harold died.": "Harold",
		"my dad passed away last spring":                         "your dad",
		"since I lost my husband I don't go out":                 "your husband",
		"it's been a year since grandad's funeral":               "Grandad",
		"my phone died on the way there":                         "",
		"I lost my keys and my mind":                             "",
		"we drifted after my best friend died in a car crash":    "your best friend",
		"my coworker's mum passed and i didn't know what to say": "your coworker's mum",
		"his dad died last month and i never messaged him":       "his dad",
	} {
		if got := Lost(in, names); got != want {
			t.Errorf("Lost(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLostByPronounAndOwner finds the one lost when "she" or "he" tells of
// the death after the answer named them, and a pet that was someone
// else's as theirs; a pronoun that could be two people finds no one.
func TestLostByPronounAndOwner(t *testing.T) {
	for in, want := range map[string]string{
		"my nan. she always had the kettle on for me. she passed last autumn":  "your nan",
		"my uncle taught me to fish, he died in june":                          "your uncle",
		"my sister and my mum both came, she died a month after":               "",
		"my neighbours dog died and i left flowers at her door":                "your neighbour's dog",
		"Priya's cat died so i sent her a card":                                "Priya's cat",
		"my aunt told me about her dog, then she said it had died at the vets": "",
	} {
		if got := Lost(in, []string{"Priya"}); got != want {
			t.Errorf("Lost(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRelationSpelledOut says a relation typed short in full.
func TestRelationSpelledOut(t *testing.T) {
	for in, want := range map[string]string{"my bf forgot": "your boyfriend", "told my sis": "your sister"} {
		ms := Mentions(in, nil)
		if len(ms) != 1 || ms[0].Ref != want {
			t.Errorf("Mentions(%q) = %+v, want %q", in, ms, want)
		}
	}
}

// TestLostPassedBeforeAClause hears "passed" as a death when a clause of
// its own follows it or a time is told from it, and as a test passed when
// the test is named.
func TestLostPassedBeforeAClause(t *testing.T) {
	tests := []struct{ text, want string }{
		{"ever since my husband passed the evenings are the worst", "your husband"},
		{"after grandad passed everything felt different at home", "Grandad"},
		{"when my mum passed the phone stopped ringing", "your mum"},
		{"my brother passed his theory test yesterday", ""},
		{"after my niece passed her exams we went for pizza", ""},
		{"my sister passed the bar last spring", ""},
	}
	for _, tt := range tests {
		if got := Lost(tt.text, nil); got != tt.want {
			t.Errorf("Lost(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
