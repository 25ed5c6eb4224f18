package agent

import (
	"slices"
	"strings"
)

// AnswerRule is the rule the answers decline by, lent to the tests outside
// the package that choose it by cross-validation.
var AnswerRule = answerRule

// QuestionHits returns the search hits an answer to question is chosen
// from.
func QuestionHits(g Guide, question string) []Section {
	return g.Search(searchQuestion(strings.TrimSpace(question)), 5)
}

// CitedWith returns the id of the section an answer would cite from hits
// under rule r; empty when it would decline.
func CitedWith(hits []Section, r FitRule) string {
	if i := bestFit(hits, r); i >= 0 {
		return hits[i].ID
	}
	return ""
}

// WeakRule is the rule a question in the guide's field is answered by
// when AnswerRule turns it down.
var WeakRule = weakRule

// InGuideField reports whether a question is in the guide's field, the
// guide g's concepts counted.
func InGuideField(g Guide, q string) bool { return inGuideFieldOf(g, q) }

// CitedInField is CitedWith for a question in the guide's field or not:
// in the field, a question strong turns down is answered under weak.
func CitedInField(hits []Section, inField bool, strong, weak FitRule) string {
	if i := bestFit(hits, strong); i >= 0 {
		return hits[i].ID
	}
	if !inField {
		return ""
	}
	if i := nearestFit(hits, weak); i >= 0 {
		return hits[i].ID
	}
	return ""
}

// CitedSure is CitedInField citing the hit found sure enough, rather than
// the first citable one.
func CitedSure(hits []Section, inField bool, strong, weak FitRule) string {
	if i := sureFit(hits, strong); i >= 0 {
		return hits[i].ID
	}
	if !inField {
		return ""
	}
	if i := nearFit(hits, weak); i >= 0 {
		return hits[i].ID
	}
	return ""
}

// NameGiven reads a name given for someone already spoken of.
var NameGiven = nameGiven

// AnswerHits returns the hits an answer to question is chosen from, the
// crisis section left out unless the question speaks of danger, whether the
// question is from a field the guide leaves to others, and whether it is in
// the guide's field.
func AnswerHits(g Guide, question string) (hits []Section, offField, inField bool) {
	q := strings.TrimSpace(question)
	hits = g.Search(searchQuestion(q), 5)
	if !reCrisisTalk.MatchString(foldText(q)) {
		hits = slices.DeleteFunc(hits, crisisSection)
	}
	return hits, offFieldQuestion(g, q), inGuideFieldOf(g, q)
}

// FieldLikely is the likelihood from which a question that only names
// another field is answered, for the tests to set.
var FieldLikely = &fieldLikely

// OutsideNear and OutsideSure are how sure the guide's model of its scope
// must be to turn a question away (outsideScope).
var (
	OutsideNear = &outsideNear
	OutsideSure = &outsideSure
)
