package compose

import "testing"

func TestHeardFirst(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Ines ghosted me for months and now she texted hi", true},
		{"he went quiet for a year and just messaged me out of nowhere", true},
		{"my old flatmate randomly dmed me after three years of no contact", true},
		{"i texted Haruto in march and he left me on read", false},
		{"she ghosted me and never texted back", false},
		{"we haven't spoken in years and i just messaged her", false},
		{"she texted me yesterday about the party", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			if got := heardFirst(c.text); got != c.want {
				t.Errorf("heardFirst(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}

func TestOccasionFromDeedsAndTrials(t *testing.T) {
	cases := []struct {
		text string
		want Occasion
	}{
		{"write something for my neighbour, he cleared the snow off my path this morning", Thanks},
		{"a note for Kasia, she mended my coat before the interview", Thanks},
		{"a message for Tom, he crashed my car last week", ""},
		{"Ruth ghosted me last year and now texted hello", Reconnect},
		{"my nephew Sam has his driving test tomorrow", Thinking},
		{"wish her luck for her audition, my friend Ada", Thinking},
		{"my friend Ben passed his driving test", Congrats},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			if got := DetectOccasion(c.text); got != c.want && !(c.want == "" && got != Thanks) {
				t.Errorf("DetectOccasion(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestLuckLine(t *testing.T) {
	cases := []struct{ in, want string }{
		{"you have your driving test tomorrow", "Good luck with your driving test tomorrow, you've got this!"},
		{"you're sitting your bar exams next week.", "Good luck with your bar exams next week, you've got this!"},
		{"you passed your driving test", ""},
		{"you have a new job", ""},
	}
	for _, c := range cases {
		if got := luckLine(c.in, false); got != c.want {
			t.Errorf("luckLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
