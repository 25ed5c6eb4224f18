package knowledge

import "testing"

// TestConceptsOfEverydayAsks checks that the ideas people bring in everyday
// words are read as the guide's: a friend hours ahead and what hour suits
// her, a chat that will not stop buzzing, a subject someone would rather
// leave alone, a reassurance that landed badly, the tiredness of being
// someone's support, and starting again with friends later in life.
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
