package safety

import "testing"

// TestStoryAndSpeaker checks the two ways a message tells whose risk it
// is this round added: a story's near miss stops where the speaker's own
// risk begins, and an act the speaker does to themselves is no abuse.
func TestStoryAndSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want       Situation
	}{
		{"story then own plan", "vi serie, e ja escolhi o dia q vou me matar. e vc como ta", Self},
		{"story then own wish", "watched a film last night, good one, and i want to kill myself on sunday", Self},
		{"song words", "that song with \"i just wanna disappear\" in the chorus is stuck in my head", None},
		{"film plot", "the film where the hero kills himself at the end made me cry", None},
		{"speaker holds the knife", "i keep holding the knife to my wrist", Self},
		{"partner holds the knife", "he held a knife to my throat last night", Abuse},
		{"reflexive act", "je me frappe la tete contre le mur jusqua saigner", Self},
		{"hit by someone", "mon mari me frappe quand il boit", Abuse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text).Situation; got != tt.want {
				t.Errorf("Detect(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// The Turkish words for a series or the news speak for a story only as
// Turkish words: the Portuguese "dizia" (said) and the Spanish "haber"
// (to have) start no story.
func TestStoryWordsOfOneLanguage(t *testing.T) {
	for _, c := range []struct {
		text string
		want Situation
	}{
		{"minha amiga dizia que queria morrer", Other},
		{"nunca debi haber nacido", Self},
		{"bu dizide kahraman sonunda kendini olduruyor", None},
		{"haberlerde bir adam kendini oldurdu dedi", None},
	} {
		if got := Detect(c.text).Situation; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestStoryTurnsToTheSpeaker checks that a story near miss stops where the
// message turns to the speaker's own risk after a conjunction and "now",
// or where the story is said to make the speaker feel it; a story told
// alone stays quiet.
func TestStoryTurnsToTheSpeaker(t *testing.T) {
	checkSituations(t, []situationCase{
		{"finished that series tonight and now i feel suicidal again", Self},
		{"honestly the book made me feel suicidal", Self},
		{"the series where the main character feels suicidal is so well written", None},
		{"in the film the hero wants to die and now everyone cries", None},
	})
}
