package understand

import (
	"slices"
	"testing"
)

// TestFormulaActs checks that set phrases are found in wordings the
// formulas do not spell out, within one clause, and not where the words
// only happen to meet.
func TestFormulaActs(t *testing.T) {
	acts := func(text string) []string {
		var out []string
		formulaActs(tokens(text, nil), func(a string) { out = append(out, a) })
		return out
	}
	for _, tc := range []struct {
		text string
		act  string
		want bool
	}{
		{"have a super chilled friday x", "wish", true},
		{"enjoy what is left of the holiday", "wish", true},
		{"have a look at this", "wish", false},
		{"ok i really must run now", "leave", true},
		{"nearly midnight so im logging off", "leave", true},
		{"catch ya tomorrow", "leave", true},
		{"right, that is everything from me", "leave", true},
		{"you've honestly been a superstar", "grateful", true},
		{"it means such a lot", "grateful", true},
		{"it means nothing to him", "grateful", false},
		{"that really meant a lot", "grateful", true},
		{"hiya again, how are things", "open", true},
		{"it's been a minute hasn't it", "open", true},
		{"hellooo, anybody about?", "open", true},
		{"just popping by to say hey", "open", true},
		{"how would i word a text to my aunt", "words", true},
		{"could u maybe write my niece a note", "words", true},
		{"would you make me a short note for my uncle", "words", true},
		{"could you give me a shorter version", "words", false},
		{"would it be odd if i went alone", "counsel", false},
		{"is that too clingy of me", "counsel", true},
		{"how can i support my grieving friend", "counsel", true},
		{"how should i say well done to my cousin", "words", true},
		{"how do i say no to my boss", "words", false},
		{"what ought the note for my aunt to say", "words", true},
		{"what do i even write in a leaving card", "words", true},
		{"what am i supposed to say to him", "counsel", true},
		{"never sure what to say at funerals", "counsel", true},
		{"will u be about on sunday", "available", true},
		{"it worked out, ty for the push", "grateful", true},
		{"cheers for that idea, we're meeting saturday", "grateful", true},
		{"i want to thank my neighbour for the plants", "grateful", false},
		{"do u take weekends off", "available", true},
		{"do you shut down at night", "available", true},
		{"do you ever get lonely", "available", false},
		{"can you look over my resume", "document", true},
		{"need a covering letter for a shop job", "document", true},
		{"write a note for my mum", "document", false},
		{"could i vent to you later on", "available", true},
		{"do u actually enjoy rainy days", "taste", true},
		{"r u into anime at all", "taste", true},
		{"whats ur fave biscuit", "taste", true},
		{"are you like a real assistant", "taste", false},
		{"can you turn it into a shorter text", "taste", false},
		{"do you ever sleep lol", "available", true},
		{"u there?", "available", false},
		{"talk to my brother tomorrow", "available", false},
		{"my mobile phone hardly ever rings these days", "scene", true},
		{"the weekends feel so empty now", "scene", true},
		{"bank holidays drag when you live alone", "scene", true},
		{"had a promotion and no one to share it with", "scene", true},
		{"most nights i eat my tea by myself", "scene", true},
		{"havent spoken to a soul since thursday", "scene", true},
		{"nobody once invited me along", "scene", true},
		{"the phone has stayed silent since friday", "scene", true},
		{"only company i get most weeks is the postman", "scene", true},
		{"my phone is charging", "scene", false},
		{"mondays are the worst", "scene", false},
		{"i built the shed by myself", "scene", false},
		{"have a, nice day", "wish", false}, // a clause ends between the words
	} {
		if got := slices.Contains(acts(tc.text), tc.act); got != tc.want {
			t.Errorf("%q: act %s found %v, want %v (acts %q)", tc.text, tc.act, got, tc.want, acts(tc.text))
		}
	}
	if a := acts("have a lovely day and have a lovely weekend"); len(a) != 1 {
		t.Errorf("an act found twice in one clause counts once, got %q", a)
	}
}

// TestFormulaFeature checks that two wishes in different words share the
// feature of their act.
func TestFormulaFeature(t *testing.T) {
	h := hashOf(kindAct, "wish", "")
	for _, text := range []string{"have a brilliant evening", "enjoy your sunday"} {
		hs, _ := features(tokens(text, nil), defaults.fw, nil, nil)
		if !slices.Contains(hs, h) {
			t.Errorf("%q lacks the feature of the act wish", text)
		}
	}
}
