package agent

import "strings"

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
