package agent

import "testing"

func TestOutsideAskReadsPassingQuestions(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"reckon the celtics make the finals this season?", true},
		{"what should i make for dinner tonight, tired of rice", true},
		{"should i cook for my sister when she visits", false},
		{"my team lost again lol", false},
		{"how do i make friends at 40", false},
	} {
		r := classify(tt.text)
		got := r.Label == "offtopic" && r.Sure() || outsideAsk(tt.text, r)
		if got != tt.want {
			t.Errorf("%q read off-topic: %v, want %v (%s %.2f)", tt.text, got, tt.want, r.Label, r.Confidence)
		}
	}
}

func TestGoodThingBackAgainIsNoGripe(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"me and my brother are speaking again after a year", false},
		{"the boiler broke again ugh", true},
		{"the second round of ivf failed again", false},
	} {
		if got := gripe(tt.text); got != tt.want {
			t.Errorf("gripe(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if !badNews("our embryo transfer failed last week") {
		t.Error("a failed embryo transfer is not heard as bad news")
	}
}

func TestThanksForOutcome(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"thanks so much, the text to my dad worked and we're talking again", true},
		{"cheers for the help, me and jo are friends again", true},
		{"thanks for helping me write to my dad", false},
		{"thank you", false},
	} {
		if got := thanksForOutcome(tt.text); got != tt.want {
			t.Errorf("thanksForOutcome(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPlaceWonIsGoodNews(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"i got into the masters course!!", true},
		{"got onto the apprenticeship scheme at the hospital", true},
		{"my son got into the county squad", true},
		{"got into pottery over the summer", false},
	} {
		if got := goodNews(tt.text); got != tt.want {
			t.Errorf("goodNews(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestOwnJobLossIsOwnNews(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"cuts at the warehouse this week and i'm one of them", true},
		{"heard this morning i'm getting laid off in march", true},
		{"my brother got laid off on friday", false},
	} {
		if got := readTold(tt.text).self; got != tt.want {
			t.Errorf("readTold(%q).self = %v, want %v", tt.text, got, tt.want)
		}
	}
}
