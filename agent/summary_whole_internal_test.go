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
