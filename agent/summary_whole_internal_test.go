package agent

import (
	"strings"
	"testing"
)

// TestSummaryReadsFewWordsWithTheirQuestion sums up answers of a few
// words with no verb as whole sentences that say what they answered, and
// leaves answers that are sentences already as they are.
func TestSummaryReadsFewWordsWithTheirQuestion(t *testing.T) {
	qs := func(texts ...string) Journey {
		j := Journey{ID: "test"}
		for _, s := range texts {
			j.Questions = append(j.Questions, Question{Text: s})
		}
		return j
	}
	j := qs("What tends to get in the way of reaching out to them?",
		"Which online spaces, chats or habits leave you feeling worse afterwards?",
		"Which conversation or moment with someone this week left you feeling good?",
		"What would you like them to know about what they mean to you?",
		"When are you happy to be reached, and when do you need to be left alone?")
	sum, _ := SummarizeReflection(j, []string{"shyness mostly", "facebook memories", "tea with my aunt on thursday",
		"that he taught me to swim", "lunchtimes only"})
	for _, want := range []string{"What gets in the way is shyness mostly.", "What leaves you feeling worse is Facebook memories.",
		"A good moment this week was tea with your aunt on Thursday.", "You'd like him to know he taught you to swim.",
		"You're happy to be reached lunchtimes only."} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary %q, want it to say %q", sum, want)
		}
	}
	sum, _ = SummarizeReflection(j, []string{"i never know what to say", "", "", "", ""})
	if !strings.Contains(sum, "You never know what to say.") || strings.Contains(sum, "What gets in the way is") {
		t.Errorf("summary %q, want the sentence left as it is", sum)
	}
}

// TestSummaryWholeSentencesOfEveryShape sums up answers that read as
// fragments though they hold a verb — a doing with no one doing it, how
// many people, someone described by what they do — and answers opening on
// a yes or on "that", as whole sentences in the companion's words.
func TestSummaryWholeSentencesOfEveryShape(t *testing.T) {
	j := Journey{ID: "test", Questions: []Question{
		{Text: "What kind of connection would make the biggest difference to you right now?"},
		{Text: "Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?"},
		{Text: "Did anything online drain you or leave you comparing yourself with others?"},
		{Text: "Is there a limit you'd like someone to know about? How could you say it clearly and kindly?"},
		{Text: "What do you hope a friend would say about how it feels to be close to you?"},
	}}
	tests := []struct {
		answers []string
		want    []string
		not     []string
	}{
		{[]string{"people who like board games", "a handful i trust completely", "watching everyone post holiday pics and getting jealous",
			"yeah, my flatmate plays music at midnight", "that i always remember the little things"},
			[]string{"The connection that would make the biggest difference is people who like board games.",
				"You'd like a handful you trust completely.",
				"What drained you online was watching everyone post holiday pics and getting jealous.",
				"• Your flatmate plays music at midnight.",
				"You hope a friend would say you always remember the little things."},
			[]string{"Yeah", "• That "}},
		{[]string{"", "", "yep facebook", "no, not really", ""},
			[]string{"What drained you online was Facebook."}, []string{"yep"}},
	}
	for _, tt := range tests {
		sum, _ := SummarizeReflection(j, tt.answers)
		for _, w := range tt.want {
			if !strings.Contains(sum, w) {
				t.Errorf("summary %q, want it to say %q", sum, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(sum, w) {
				t.Errorf("summary %q says %q", sum, w)
			}
		}
	}
}

// TestSummaryNamesWhoToKnowByTheirPronoun says "her" or "him" when what
// the person would like told speaks of one person, "them" otherwise.
func TestSummaryNamesWhoToKnowByTheirPronoun(t *testing.T) {
	q := Question{Text: "What would you like them to know about what they mean to you?"}
	for answer, want := range map[string]string{
		"that i'm so grateful for her patience":     "You'd like her to know you're so grateful for her patience.",
		"that i still laugh at his terrible puns":   "You'd like him to know you still laugh at his terrible puns.",
		"that i miss them both":                     "You'd like them to know you miss them both.",
		"how much his letters kept me going at uni": "You'd like him to know how much his letters kept you going at uni.",
	} {
		if got := meaningHeard(q, answer, nil, 140); got != want {
			t.Errorf("meaningHeard(%q) = %q, want %q", answer, got, want)
		}
	}
}

// TestSummaryMoreShapesMadeWhole: a doing whose only "you" is its object
// ("missing out without you") is still a fragment for its question, a
// list of people to feel closer to reads as who, and an answer of only
// not knowing yet ("no clue yet", "idk rn") leaves no line at all.
func TestSummaryMoreShapesMadeWhole(t *testing.T) {
	j := Journey{ID: "test", Questions: []Question{
		{Text: "Who are one, two or three people you'd like to feel closer to?"},
		{Text: "Did anything online drain you or leave you comparing yourself with others?"},
		{Text: "What is one small thing you'd like to do for a relationship next week?"},
	}}
	sum, _ := SummarizeReflection(j, []string{"my stepdad Colin honestly. and my old neighbour Precious",
		"watching the group trip photos roll in without me", "no clue yet"})
	for _, want := range []string{"• You'd like to feel closer to your stepdad Colin",
		"• What drained you online was watching the group trip photos roll in without you."} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary %q, want it to say %q", sum, want)
		}
	}
	if strings.Contains(sum, "yet") {
		t.Errorf("summary %q says the not knowing back", sum)
	}
	for _, a := range []string{"idk rn", "no clue yet", "not sure still"} {
		if !lowContent(foldText(a)) {
			t.Errorf("lowContent(%q) = false, want an answer of not knowing", a)
		}
	}
}
