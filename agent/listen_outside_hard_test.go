package agent_test

import (
	"strings"
	"testing"
)

// outsideReply sends text to a new person after a hello and returns the
// reply in lower case, with whether a draft started.
func outsideReply(t *testing.T, text string) (string, bool) {
	t.Helper()
	h := newHarness(t)
	h.send("p", "hello", "")
	rs := h.send("p", text, "")
	return strings.ToLower(allText(rs)), draftStarted(rs)
}

// TestHelloThenQuestion checks that a hello said as a sentence of its
// own is set aside and the question after it answered, while a hello
// with how-are-you stays small talk.
func TestHelloThenQuestion(t *testing.T) {
	for _, in := range []string{"Good morning! Are you a robot?", "hey there. who programmed you?", "Evening all, are you an AI?"} {
		got, _ := outsideReply(t, in)
		if !containsAny(got, []string{"program", "not a person", "software", "bot", "ai"}) || strings.Contains(got, "what's been happening") {
			t.Errorf("%q: the question after the hello was not answered:\n%s", in, got)
		}
	}
	got, _ := outsideReply(t, "hiya! how are you?")
	if containsAny(got, []string{"computer program", "guide"}) {
		t.Errorf("a hello with how-are-you was not small talk:\n%s", got)
	}
}

// TestFactToSettleABet checks that a question of fact asked to settle
// something between people is declined as a question of fact, naming
// the bet, while a question about the people in it is still answered.
func TestFactToSettleABet(t *testing.T) {
	for _, in := range []string{
		"how many bones are in the human body? having a bet with my flatmate",
		"what year did the titanic sink, my uncle reckons it's 1915",
		"who painted the mona lisa? me and my cousin are arguing about it",
	} {
		got, _ := outsideReply(t, in)
		if !containsAny(got, []string{"can't", "cannot"}) || containsAny(got, []string{"the guide", "doesn't cover", "from the guide"}) {
			t.Errorf("%q was not declined as a question of fact:\n%s", in, got)
		}
	}
	got, _ := outsideReply(t, "my dad says it's rude to text after 9, is he right?")
	if containsAny(got, []string{"settle that", "look things up"}) {
		t.Errorf("a question about the people in a dispute was declined as a fact:\n%s", got)
	}
}

// TestOutsideHardChanges checks changes and goodbyes that are hard or
// mixed: a parent moved into care, a friend's good news that takes them
// away, a goodbye hard to say, living alone for the first time, tears at
// a glad day of one's own, and an own birthday with few wishes.
func TestOutsideHardChanges(t *testing.T) {
	for _, tc := range []struct {
		in       string
		want     []string
		wantNot  []string
		noDrafts bool
	}{
		{"dad's going into a nursing home next month and i feel so guilty", []string{"hard", "guilt", "care"}, []string{"lovely", "exciting", "congrat"}, true},
		{"my cousin got into a uni in scotland, so proud of him but he's moving away in august", []string{"bittersweet", "miss"}, []string{"sorry to hear"}, false},
		{"my sister is emigrating to canada next month and i can't face the goodbye", []string{"goodbye", "hard", "miss"}, []string{"how exciting", "congrat"}, true},
		{"my flatmate moved out last week, first time living on my own", []string{"first time", "change", "quiet"}, []string{"condolence"}, true},
		{"graduated today after six years of night classes, cried walking across the stage", []string{"congrat", "proud", "huge"}, []string{"sounds hard", "sorry"}, true},
		{"bday today. three messages all day and one was from my bank", []string{"happy birthday", "sorry", "sting", "hurt"}, []string{"🎉"}, true},
		{"i reckon my mates only invite me out of pity", []string{"worr", "doubt", "heavy", "hard"}, []string{"reaches out first"}, true},
	} {
		got, drafted := outsideReply(t, tc.in)
		if !containsAny(got, tc.want) || containsAny(got, tc.wantNot) {
			t.Errorf("%q: want one of %q and none of %q:\n%s", tc.in, tc.want, tc.wantNot, got)
		}
		if tc.noDrafts && drafted {
			t.Errorf("%q started a draft:\n%s", tc.in, got)
		}
	}
}
