package agent

import (
	"strings"
	"testing"
)

// TestLimitStepIsToThePersonNamed: a limit someone named should know
// ends the reflection on a step to them, in the words they would say,
// offered as a draft; with no one named, no such step.
func TestLimitStepIsToThePersonNamed(t *testing.T) {
	j := Journey{ID: "boundaries", Questions: []Question{{Text: "What do you keep private online?"}, {Text: "When are you happy to be reached?"},
		{Text: "Which online spaces leave you feeling worse afterwards?"},
		{Text: "Is there a limit you'd like someone to know about? How could you say it clearly and kindly?"}, {Text: "How do you find out?"}}}
	tests := []struct {
		answer string
		want   []string
		who    string
	}{
		{"my flatmate Jonah plays music til 1am. id like to tell him i need quiet after midnight but without a row", []string{"Jonah", "you need quiet after midnight"}, "Jonah"},
		{"yes, my sister Ama calls during my lunch break", []string{"Ama", "limit"}, "Ama"},
		{"people calling during dinner", nil, ""},
	}
	for _, tt := range tests {
		next, ok := limitStep(j, []string{"", "", "", tt.answer, ""})
		if tt.who == "" {
			if ok {
				t.Errorf("%q → a step to %q, want none", tt.answer, next.Recipient)
			}
			continue
		}
		if !ok || next.Recipient != tt.who {
			t.Errorf("%q → %+v, want a step to %s", tt.answer, next, tt.who)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(next.Text, w) {
				t.Errorf("%q → %q, want it to say %q", tt.answer, next.Text, w)
			}
		}
	}
}

// TestDriftStepForAGroup: a group that drifts while the person waits ends
// on writing first to them, though no draft can go to a group.
func TestDriftStepForAGroup(t *testing.T) {
	j := Journey{ID: "showup", Questions: []Question{{}, {}, {}, {},
		{Text: "Who do you tend to follow up with, and who tends to drift because you are waiting for them to write first?"}}}
	next, ok := driftStep(j, []string{"", "", "", "", "my gran i call weekly. my uni friends i wait for and we've drifted"})
	if !ok || !strings.Contains(next.Text, "your uni friends") || !strings.Contains(next.Text, "first") || next.Recipient != "" {
		t.Errorf("driftStep = %+v, %v; want writing first to your uni friends, no recipient", next, ok)
	}
}

// TestWholeSentenceStemsTheLeadingFragment: a few words and a clause after
// them read as the question's sentence and the clause; a list going on
// after the clause stays as it came.
func TestWholeSentenceStemsTheLeadingFragment(t *testing.T) {
	tests := []struct{ q, line, want string }{
		{"Which conversation or moment with someone this week left you feeling good?", "Dinner with your brother on Friday, he paid for once.",
			"A good moment this week was dinner with your brother on Friday; he paid for once."},
		{"Which places, online or off, leave you with energy rather than drained?", "The pottery class, group chats drain you.",
			"You find energy in the pottery class; group chats drain you."},
		{"Who are one, two or three people you'd like to feel closer to?", "Your nan, she raised you, and your friend Sol.",
			"Your nan, she raised you, and your friend Sol."},
	}
	for _, tt := range tests {
		if got := wholeSentence(Question{Text: tt.q}, tt.line, nil); got != tt.want {
			t.Errorf("wholeSentence(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
