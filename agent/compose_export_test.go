package agent

import "strings"

// Thresholds are the decline thresholds the answers use, lent to the tests
// outside the package that choose them by cross-validation.
var Thresholds = [2]float64{minScore, minCoverage}

// QuestionHits returns the search hits an answer to question is chosen
// from.
func QuestionHits(g Guide, question string) []Section {
	return g.Search(searchQuestion(strings.TrimSpace(question)), 5)
}

// CitedWith returns the id of the section an answer would cite from hits
// with the thresholds score and coverage; empty when it would decline.
func CitedWith(hits []Section, score, coverage float64) string {
	if i := bestFit(hits, score, coverage); i >= 0 {
		return hits[i].ID
	}
	return ""
}
