package agent

import "testing"

// Messages that take something back or were not meant for the companion
// are told apart from messages that only share their words.
func TestLetGoOf(t *testing.T) {
	tests := []struct {
		text string
		want letGo
	}{
		{"nah forget about it", letGoBack},
		{"doesn't matter lol", letGoBack},
		{"ignore my last message", letGoBack},
		{"scratch that", letGoBack},
		{"oh its nothing", letGoBack},
		{"oops wrong chat sorry", letGoWrongChat},
		{"lol that wasnt meant for you", letGoWrongChat},
		{"sorry that was meant for my brother", letGoWrongChat},
		{"butt dial", letGoWrongChat},
		{"testing 123", letGoTest},
		{"is this thing on", letGoTest},
		{"qwerty", letGoMash},
		{"lkjhg", letGoMash},
		{"???", letGoQuestionMark},
		{"…", letGoDots},
		{". . .", letGoDots},
		{"it doesn't matter what i do, nobody notices me", letGoNone},
		{"i forgot about my mums birthday", letGoNone},
		{"my sister sent a message meant for her boss to the family chat", letGoNone},
		{"my sister sent a text meant for my boss", letGoNone},
		{"typewriter", letGoNone},
		{"what do i say when a friend ignores me", letGoNone},
		{"i need to test whether my friend still cares", letGoNone},
	}
	for _, tt := range tests {
		if got := letGoOf(tt.text); got != tt.want {
			t.Errorf("letGoOf(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
