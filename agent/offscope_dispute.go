package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// A question of fact asked to settle something between people ("what's
// the capital of peru? settling a bet with my sister", "how tall is ben
// nevis, me and my dad are arguing") is a question of fact all the same:
// the people named are why it is asked, not what it asks about, so the
// question alone decides whether it is off-scope, and the decline names
// the bet rather than offering a guide paragraph about arguments.

// reDispute frames a question as settling a bet or an argument.
var reDispute = mustPattern(`\b(?:settl(?:e|es|ed|ing) (?:a|an|the|our|this) (?:bet|argument|debate|dispute|row)|(?:a|an|the|our) (?:bet|argument|debate|dispute) (?:with|between)|(?:are|were|r|keep|been) (?:arguing|debating|disagreeing|bickering|having a bet)|(?:bet|betting|bets) (?:me|him|her|them|my \w+)|(?:says|said|reckons|thinks|insists|swears|claims) (?:it'?s|its|it was|that|\d+))\b`)

// disputedQuestion is the question of text said apart from the dispute
// framing it, in the person's words; "" when text frames no question so.
func disputedQuestion(text string) string {
	if !reDispute.MatchString(foldText(text)) {
		return ""
	}
	for _, part := range strings.FieldsFunc(text, func(r rune) bool {
		return r == '?' || r == '.' || r == '!' || r == ',' || r == ';' || r == '-' || r == '—'
	}) {
		part = strings.TrimSpace(part)
		if part == "" || reDispute.MatchString(foldText(part)) {
			continue
		}
		if asksSomething(part+"?") && len(strings.Fields(part)) >= 3 {
			return part + "?"
		}
	}
	return ""
}

// disputedFact reports a question of fact asked to settle something
// between people: the question alone is off-scope.
func disputedFact(text string) bool {
	q := disputedQuestion(text)
	if q == "" || inGuideField(q) || people.Find(q).Relation != "" || hasAnyWord(foldText(q), disputePeople) {
		// "is she right?", "who's being unfair, me or him?": the
		// dispute itself is asked about.
		return false
	}
	r := classify(q)
	return r.Label == understand.Offtopic || outsideAsk(q, r)
}

// disputePeople are words that make a question about the people in it.
var disputePeople = wordset.Of(`i me my we us our you your he him his she her they them their right wrong fair unfair`)
