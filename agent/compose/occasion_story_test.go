package compose

import "testing"

// TestNewsDatedByItsOwnSentence checks that good news of now stays good
// news when its story is dated in another sentence, while news dated in
// its own sentence is long past.
func TestNewsDatedByItsOwnSentence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Occasion
	}{
		{"my cousin dara got a book deal!! we started writing stories together back in 2009", Congrats},
		{"my old boss nkem retired in 2018, i'd like to say hello", Thinking},
	} {
		if got := DetectOccasion(tt.text); got != tt.want {
			t.Errorf("DetectOccasion(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}
