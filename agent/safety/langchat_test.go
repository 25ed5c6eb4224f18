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

// TestChatSpellingsDistinct checks that no two chat spellings of one
// language fold to the same word ("vllt" and "vlt" are both "vlt"): one
// of them would be dead, or, with different words, the one read would
// change from run to run.
func TestChatSpellingsDistinct(t *testing.T) {
	for lang, m := range langChatWords {
		seen := map[string]string{}
		for k := range m {
			ts := tokens(k, nil)
			if len(ts) != 2 {
				t.Errorf("%s: %q folds to %q, not one word", lang, k, ts)
				continue
			}
			f := ts[0]
			if o, ok := seen[f]; ok {
				t.Errorf("%s: %q and %q both fold to %q", lang, o, k, f)
			}
			seen[f] = k
		}
	}
}
