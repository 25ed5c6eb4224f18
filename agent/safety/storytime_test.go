package safety

import "testing"

// TestStoryAsTime checks that a film, a game or a book told as the time of
// what follows hides only itself: the speaker's risk told after it, in the
// past tense too, is heard, also where the verb's ending alone names the
// speaker; the story's own deaths, told after a time word, stay quiet.
func TestStoryAsTime(t *testing.T) {
	checkSituations(t, []situationCase{
		{"after the documentary i wanted to end my life", Self},
		{"once the show was finished i thought about overdosing", Self},
		{"the season finale was over and i wanted to die", Self},
		{"after that match i thought about hanging myself", Self},
		{"después de la serie quise quitarme la vida", Self},
		{"dopo la partita volevo ammazzarmi", Self},
		{"po tym serialu chciałem się zabić", Self},
		{"after the film the hero wants to kill himself", None},
		{"after the movie ends the villain dies", None},
		{"once the game is over your character dies and respawns", None},
		{"después de la película el protagonista se quiere matar", None},
		{"dopo il film il cattivo vuole uccidersi", None},
	})
}
