package agent

import (
	"strings"
	"testing"
)

// TestAckNamesTheSubject answers, in words other than those that led to
// each line, by the subject of the answer instead of its words: who got in
// touch and how, what someone keeps doing as a limit fair to ask, sharing
// everything, reaching out that only goes one way, and the one who
// listened named by the name that follows "my nan".
func TestAckNamesTheSubject(t *testing.T) {
	q := func(s string) Question { return Question{Text: s} }
	good := q("Which conversation or moment with someone this week left you feeling good?")
	limit := q("Is there a limit you'd like someone to know about? How could you say it clearly and kindly?")
	private := q("What do you keep private online, and is there anything you share that you would rather keep to yourself?")
	reached := q("Who did you reach out to this week, and who reached out to you?")
	understood := q("Think of a conversation that left you feeling really understood. What did the other person do?")
	tests := []struct {
		q         Question
		answer    string
		want, not []string // want: groups of alternatives joined by "|"
	}{
		{good, "out of nowhere my old piano teacher rang me just to see how i was doing", []string{"your old piano teacher", "checking in|call from"}, []string{"_"}},
		{good, "my son (he's 12) told me about a girl he likes on the walk to school, and i just listened", []string{"your son", "listened"}, []string{"_"}},
		{limit, "not sure how to say it without being rude. my flatmate keeps eating my food", []string{"your flatmate", "eating your food", "mean|rude"}, []string{"_"}},
		{limit, "my dad always turns up unannounced on sundays", []string{"your dad", "turning up unannounced"}, []string{"_"}},
		{private, "honestly nothing, my whole life goes on insta", []string{"everything"}, nil},
		{reached, "always me first, with everyone", []string{"one way|all yours"}, []string{"_"}},
		{understood, "my nan Edie let me cry and never once tried to fix it", []string{"Edie", "listened to"}, []string{"_"}},
	}
	for _, tt := range tests {
		got := acknowledgeIn(tt.q, tt.answer, nil, 1)
		low := strings.ToLower(got)
		for _, w := range tt.want {
			ok := false
			for _, alt := range strings.Split(w, "|") {
				ok = ok || strings.Contains(got, alt) || strings.Contains(low, strings.ToLower(alt))
			}
			if !ok {
				t.Errorf("%q → %q, want %q", tt.answer, got, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(got, n) {
				t.Errorf("%q → %q, must not say %q", tt.answer, got, n)
			}
		}
	}
}

// TestContactNotOwnReach hears no one getting in touch when the person
// did the reaching.
func TestContactNotOwnReach(t *testing.T) {
	for _, a := range []string{"i called my aunt on her birthday", "i texted my brother about the match"} {
		if c, ok := contactIn(a, answerNames(a)); ok {
			t.Errorf("contactIn(%q) = %+v, want none", a, c)
		}
	}
}
