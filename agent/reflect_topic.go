package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strings"
)

// A reflection's topic named again at its first question ("who matters to
// me", typed when the walk-through started from "i want to think about the
// people in my life") says which topic, not the first answer: the same one
// goes on with its first question asked again, another one starts in its
// place. Nothing of it is kept as an answer.

// topicAtFirst handles such a message and reports whether it did.
func (t *turn) topicAtFirst() bool {
	r := t.p.Flow.Reflect
	if r == nil || r.Index != 0 || t.choice != "" {
		return false
	}
	j, ok := titleNamed(t.text, t.a.guide.Journeys())
	if !ok {
		return false
	}
	if j.ID == r.Journey {
		t.askQuestion("Yes, that's the one we're on. ")
		return true
	}
	t.startJourney(j, "Sure, let's do that one. ")
	return true
}

// titleNamed returns the journey whose title text is, give or take a few
// small words ("who matters to me", "the boundaries one", "my week pls").
func titleNamed(text string, journeys []Journey) (Journey, bool) {
	words := strings.Fields(foldText(text))
	if len(words) == 0 || len(words) > 8 {
		return Journey{}, false
	}
	for _, j := range journeys {
		title := strings.Fields(foldText(j.Title))
		content := 0
		for _, w := range title {
			if !titleFiller[w] && slices.Contains(words, w) {
				content++
			}
		}
		if content == 0 {
			continue
		}
		rest := 0
		for _, w := range words {
			if !slices.Contains(title, w) && !titleFiller[w] {
				rest++
			}
		}
		need := 0
		for _, w := range title {
			if !titleFiller[w] {
				need++
			}
		}
		if rest == 0 && (content == need || content >= 2) {
			return j, true
		}
	}
	return Journey{}, false
}

// titleFiller are the small words around a topic's title.
var titleFiller = wordset.Of(`a an the to me my i on of in for one about that this it pls please ok okay yes yeah sure lets let's do
think thinking reflect reflection what how who then actually instead rather just so maybe go with we can could`)
