package agent_test

import "testing"

// TestWhoSaidAtTheStep answers the question of who in words that say more
// than who: a name first and more about them after, a group by how many
// are in it. A story told at a later step that names someone else, or a
// feel said there, changes nobody; a correction in passing does.
func TestWhoSaidAtTheStep(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lines    []string
		has, not []string
	}{
		{name: "a name, then more about them",
			lines: []string{"/draft", "birthday", "it's for dami, my cousin's girlfriend. we've only met a few times but she always brings cake"},
			has:   []string{"Dami", "birthday"}, not: []string{"sounds hard"}},
		{name: "a group by its size",
			lines: []string{"/draft", "our old band, there's four of us", "we used to rehearse in a garage every sunday. want to play together again at christmas", "chilled but warm"},
			has:   []string{"garage"}, not: []string{"Hi Chilled", "Hey Chilled", "Chilled!", "four of us"}},
		{name: "a story naming someone else",
			lines: []string{"/draft", "my uncle pete", "things got awkward after him and dad fell out. but he was the one who got me into fishing and i caught my first pike last week", "warm"},
			has:   []string{"Pete"}, not: []string{"Hi Dad", "Dad,", "Dad!"}},
		{name: "a correction in passing",
			lines: []string{"help me thank my neighbour gordon for feeding the cat while i was away... wait no, his wife maureen, she did it every day"},
			has:   []string{"Maureen", "thank"}, not: []string{"Gordon"}},
		{name: "a feel said after the story",
			lines: []string{"my old piano teacher mrs ferreira turns 80 on sunday, she taught me for ten years", "warm but not soppy"},
			has:   []string{"birthday", "80"}, not: []string{"soppy"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDraftAfter(t, tc.lines, tc.has, tc.not) })
	}
}
