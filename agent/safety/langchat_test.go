package safety

import "testing"

// TestChatOfEachLanguage checks that the chat spellings of one language
// are read as its words in a message of that language ("k wil nie meer
// leven"), that those only one language has are read in a message too
// short to tell its language by ("kwil dood"), and that a spelling is
// left alone where it means nothing of the kind.
func TestChatOfEachLanguage(t *testing.T) {
	tests := []situationCase{
		{"k wil nie meer leven", Self},
		{"kwil dood", Self},
		{"ya no kiero vivir, nd tiene sentido", Self},
		{"n aguento mais, qro morrer", Self},
		{"chui fatigué de vivre jveux mourir", Self},
		{"ich will nich mehr leben", Self},
		{"nwm po co żyję", Self},
		{"artik yasamak istemiyom", Self},
		{"nn vedo l'ora di vederti", None},
		{"k ga morgen naar de film", None},
		{"i need a break x", None},
	}
	checkSituations(t, tests)
	if got := expandChat([]string{"k", "wil", "."}, "nl"); len(got) != 3 || got[0] != "ik" {
		t.Errorf("expandChat(k wil, nl) = %q, want ik wil", got)
	}
	if got := expandChat([]string{"k", "wil", "."}, "es"); got[0] != "que" {
		t.Errorf("expandChat(k wil, es) = %q, want que first", got)
	}
}
