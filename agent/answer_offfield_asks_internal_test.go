package agent

import "testing"

// TestAsksFromOtherFields checks that a question asking for a recipe, the
// symptoms of a condition, a phrase in another language or whether to move
// in with a partner is read as another field's, while a teacher named by
// subject or a calendar named by brand sets the scene of a question about
// people.
func TestAsksFromOtherFields(t *testing.T) {
	hard := []string{
		"any good recipe for a lemon tart for my nans birthday",
		"how do i bake a big sponge cake for my flatmates leaving do",
		"what are the usual symptoms of anxiety, pretty sure my mate has it",
		"symptoms of depression? think i might have them",
		"how would you write happy new year in japanese, want to send it to my penpal",
		"we have been dating a year, should i move in with her",
		"thinking about moving in with my girlfriend, too soon?",
	}
	for _, q := range hard {
		f := foldText(q)
		if !(reRecipeAsk.MatchString(withoutFormerFriends(f)) || reSymptomAsk.MatchString(f) || reTranslateAsk.MatchString(f) || coupleLife(f)) {
			t.Errorf("%q is not read as another field's question", q)
		}
	}
	ours := []string{
		"whats the recipe for a friendship that lasts",
		"my friend has been having a rough time, how do i support her",
		"my flatmate and i keep arguing about the washing up",
		"my sisters and i want to gather mums recipes into one book we can all edit, what should we use",
	}
	for _, q := range ours {
		f := foldText(q)
		if reRecipeAsk.MatchString(withoutFormerFriends(f)) || reSymptomAsk.MatchString(f) || reTranslateAsk.MatchString(f) || coupleLife(f) {
			t.Errorf("%q is read as another field's question", q)
		}
	}
	scene := []struct{ q, notTopic string }{
		{"would it be odd to email my old chemistry teacher to say thanks", "study"},
		{"my sons guitar tutor was so kind to him, should i tell her", "leisure"},
		{"is blocking out time for friends in my outlook calendar too much", "tech"},
	}
	for _, tt := range scene {
		if got := offFieldTopic(foldText(tt.q)); got == tt.notTopic {
			t.Errorf("offFieldTopic(%q) = %q, want another field or none", tt.q, got)
		}
	}
}

// TestNotWakingUpIsDanger checks that wishing not to wake up is read as
// danger talk, and said of someone else as their danger.
func TestNotWakingUpIsDanger(t *testing.T) {
	for _, q := range []string{
		"my mate keeps saying he wants to go to sleep and never wake up",
		"she told me she wishes she could vanish and not wake up",
	} {
		f := foldText(q)
		if !reCrisisTalk.MatchString(f) || !reOtherDanger.MatchString(f) {
			t.Errorf("%q is not read as someone else's danger", q)
		}
	}
	if f := foldText("i didnt wake up till noon and missed her call"); reCrisisTalk.MatchString(f) {
		t.Errorf("%q is read as danger", f)
	}
}
