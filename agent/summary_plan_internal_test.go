package agent

import (
	"strings"
	"testing"
)

// testJourney is a journey of five questions, the last asking for one
// small thing to do, the first for people to feel closer to.
func testJourney() Journey {
	return Journey{ID: "test", Questions: []Question{
		{Text: "Who are one, two or three people you'd like to feel closer to?"},
		{Text: "When did you last have a conversation with them that went beyond catching up?"},
		{Text: "How honest are you about your own ups and downs with the people close to you?"},
		{Text: "Which places, online or off, leave you with energy rather than drained: a group chat, a forum, calls, meeting in person?"},
		{Text: "What is one small way you could be in touch with them this week: a message, a voice note, a call, something to do together?"},
	}}
}

// TestSummaryEndsOnTheStepNamed builds the next step from the last answer:
// a thing to do with no one to message is still the person's own step,
// its reason left off and its bullet not said twice; a way of being in
// touch with the day it was named for.
func TestSummaryEndsOnTheStepNamed(t *testing.T) {
	tests := []struct {
		answers   []string
		want, not []string
	}{
		{[]string{"my cousin Wen", "", "", "", "book the climbing taster for us both, she's been stressed and needs a break"},
			[]string{"in your own words: book the climbing taster for you both."}, []string{"stressed", "• Book"}},
		{[]string{"Odile", "", "", "", "maybe a voice memo thursday evening before her shift"},
			[]string{"a voice note to Odile on Thursday evening"}, []string{"this week"}},
		{[]string{"Odile", "", "", "", "a voice memo, whenever"},
			[]string{"a voice note to Odile this week"}, nil},
	}
	for _, tt := range tests {
		sum, next := SummarizeReflection(testJourney(), tt.answers)
		got := sum + "\n" + next.Text
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q →\n%s\nwant %q", tt.answers, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%q →\n%s\nwant no %q", tt.answers, got, w)
			}
		}
	}
}

// TestSummaryFragmentsMadeWhole reads short answers of a few parts with
// their question, never says a word of the stem twice, gives a "not" its
// own words where a stem would say nonsense, and puts a comma after an
// opening no.
func TestSummaryFragmentsMadeWhole(t *testing.T) {
	j := testJourney()
	for _, tt := range []struct {
		i          int
		line, want string
	}{
		{3, "In person, one to one.", "You find energy in person, one to one."},
		{1, "The summer barbecue at hers.", "The last talk that went deeper was the summer barbecue at hers."},
		{1, "Not since the move really.", "Not since the move really."},
		{2, "Not very, if I'm honest.", "Not very, if I'm honest."},
		{2, "Hardly at all.", "How honest you are about your ups and downs: hardly at all."},
		{3, "Nope you just stay home.", "Nope, you just stay home."},
	} {
		if got := wholeSentence(j.Questions[tt.i], tt.line, nil); got != tt.want {
			t.Errorf("wholeSentence(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
