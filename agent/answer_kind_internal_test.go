package agent

import "testing"

func TestYesNoQuestion(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"should i double text", true},
		{"is it rude to leave someone on read?", true},
		{"hey, can i message her again", true},
		{"she hasnt texted back in 2 weeks should i message her again", true},
		{"we drifted apart, do i reach out first", true},
		{"how do i stop my parents arguing", false},
		{"what should i say to a friend who lost her job", false},
		{"where can i meet people", false},
		{"why do people stop replying", false},
		{"my friend only talks about herself, what do i do", false},
		{"we only ever swap gifs these days, is that a proper friendship", true},
		{"my sister reckons texting isnt real contact. is she right", true},
		{"i'm awful at small talk, can people like me still get close to someone", true},
		{"my cousin said she needs a break from me, how long should i leave it before writing", false},
		{"i left it three weeks before answering. was that too long", true},
	}
	for _, tt := range tests {
		if got := yesNoQuestion(tt.q); got != tt.want {
			t.Errorf("yesNoQuestion(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
