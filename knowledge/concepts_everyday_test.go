package knowledge

import "testing"

// TestConceptsOfEverydayAsks checks that the ideas people bring in everyday
// words are read as the guide's: a friend hours ahead and what hour suits
// her, a chat that will not stop buzzing, a subject someone would rather
// leave alone, a reassurance that landed badly, the tiredness of being
// someone's support, starting again with friends later in life, a row
// that left two people not speaking, wanting to hear someone's voice, a
// feed where everyone seems better off, a long message read only in part,
// weeks of low mood, being thought boring for being quiet, a friendship
// where the plans are always one person's idea, a chat that dies after
// the greetings, plans that turn into a confusing mess, telling someone
// how they shaped you, and short replies that come off cold.
func TestConceptsOfEverydayAsks(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"my pal in perth is eight hours ahead, what time to call her", "hours apart"},
		{"the work chat never stops buzzing, can i archive it", "quieting"},
		{"my aunt keeps asking about my job loss and i dont want to get into it", "off limits"},
		{"i told him at least he still has his health and it came out wrong", "wrong words"},
		{"propping up my flatmate every night is wearing me out", "support fatigue"},
		{"at 52 i feel so rusty at meeting people", "starting again"},
		{"i always act like everythings fine with people", "open up"},
		{"she tells me about her day and i go into fix it mode", "fixing"},
		{"had a massive row with my sister over the will and now we arent speaking", "conflict"},
		{"my uncle abroad wants to hear my voice now and then, not just read my texts", "calls"},
		{"everybody seems to have a better life than me when i scroll", "comparing"},
		{"my husband says i only read the first line of what he sends", "skimming"},
		{"ive felt flat for weeks and nothing feels worth doing, everything feels pointless", "low mood"},
		{"at college im quiet and people say im boring", "shyness"},
		{"it is always my idea to meet and she has never once asked about my week", "one-sided"},
		{"every chat with him goes hi, hi, how are you, fine, and then it dies", "conversation dies"},
		{"my plan for the reunion turned into a confusing mess in the chat", "clarity"},
		{"i want my old coach to know how much she shaped me", "appreciation"},
		{"my short replies keep coming off cold and blunt", "tone"},
	}
	for _, tt := range tests {
		got := kb.Concepts(tt.text)
		found := false
		for _, c := range got {
			found = found || c == tt.want
		}
		if !found {
			t.Errorf("Concepts(%q) = %q, want %q among them", tt.text, got, tt.want)
		}
	}
}
