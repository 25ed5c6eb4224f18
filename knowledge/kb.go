// Package knowledge is the companion's guide: Markdown documents embedded in
// the program (and optionally a folder of the user's own), split into
// sections at their headings and ranked for free-text questions with BM25,
// stemming and synonyms, plus the reflection journeys, the 7-day plan and
// the drafting principles.
package knowledge

import (
	"slices"

	"github.com/companion-dev/companion/agent"
)

var (
	_ agent.Guide         = (*KB)(nil)
	_ agent.ConceptFinder = (*KB)(nil)
)

// KB is a loaded, indexed guide. It is read-only after Load and safe for
// concurrent use.
type KB struct {
	sections []agent.Section
	byID     map[string]int
	idx      *index
	match    *matcher
	// stanced are the matcher's examples that list a stance, read for
	// telling whether the stance answers a query too.
	stanced map[int32]stancedQuestion
	// scope tells a question the guide covers from one it does not.
	scope *scopeModel
}

// build indexes the parsed documents, keeping their order, and learns the
// matcher from the listed questions and the labelled question sets asked.
func build(docs []document, asked []string) *KB {
	kb := &KB{byID: make(map[string]int)}
	for _, d := range docs {
		for _, s := range d.sections {
			kb.byID[s.ID] = len(kb.sections)
			kb.sections = append(kb.sections, s)
		}
	}
	askedExs := askedExamples(asked, kb.byID)
	askedOf := make([][]string, len(kb.sections))
	for _, e := range askedExs {
		askedOf[e.sec] = append(askedOf[e.sec], e.text)
	}
	kb.idx = newIndex(kb.sections, askedOf...)
	var exs []example
	kb.stanced = make(map[int32]stancedQuestion)
	for i, s := range kb.sections {
		exs = append(exs, example{sec: int32(i), text: s.Title})
		// The index read the listed questions with a stance already,
		// in the same order.
		read := kb.idx.stances[i]
		for _, a := range s.Asks {
			q, st := askParts(a)
			if st != "" {
				kb.stanced[int32(len(exs))] = read[0].read
				read = read[1:]
			}
			exs = append(exs, example{sec: int32(i), text: q, stance: st})
		}
	}
	exs = append(exs, askedExs...)
	kb.match = newMatcher(exs, len(kb.sections), kb.idx.stemOf)
	inside := make([]string, len(exs))
	for i, e := range exs {
		inside[i] = e.text
	}
	kb.scope = newScopeModel(inside, askedOutside(asked), kb.idx.stemOf)
	return kb
}

// Section returns the section with the given id.
func (kb *KB) Section(id string) (agent.Section, bool) {
	i, ok := kb.byID[id]
	if !ok {
		return agent.Section{}, false
	}
	return cloneSection(kb.sections[i]), true
}

// Sections returns every section in document order.
func (kb *KB) Sections() []agent.Section {
	out := make([]agent.Section, len(kb.sections))
	for i, s := range kb.sections {
		out[i] = cloneSection(s)
	}
	return out
}

// cloneSection copies s so callers cannot change the index's tags.
func cloneSection(s agent.Section) agent.Section {
	s.Tags = slices.Clone(s.Tags)
	s.Asks = slices.Clone(s.Asks)
	return s
}

// Journeys returns the reflection journeys in display order.
func (kb *KB) Journeys() []agent.Journey { return journeys() }

// Plan returns the seven days of the plan, day 1 first.
func (kb *KB) Plan() []agent.PlanDay { return plan() }

// Principles returns the drafting principles.
func (kb *KB) Principles() []agent.Principle { return principles() }
