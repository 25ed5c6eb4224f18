package agent

import "testing"

// What the person wants done towards someone, told inside a story, is a
// message to write; the same words said as not wanted, or with nobody to
// send them to, are not.
func TestOutreachWish(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"my uncle Joe had his hip done last week and he's bored stiff at home. i'd like to offer to pop round with some books", true},
		{"the man at number 4 lost his wife in march, want to put a note under his door", true},
		{"our old running club chat has been dead for a year, really want to get everyone together for a 5k", true},
		{"sent the quote to my client Hamid two weeks ago, need to chase it without sounding pushy", true},
		{"my friend Lena just had surgery, just let her know i'm thinking of her", true},
		{"my colleague Omar covered for me all week so i want to thank him", true},
		{"i don't want to tell my sister Ana about the money yet", false},
		{"i never want to invite them again", false},
		{"i want to get better at keeping in touch", false},
		{"want to ask for advice about how to make friends", false},
	} {
		if got := outreachWish(tc.text); got != tc.want {
			t.Errorf("outreachWish(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
