package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// A journey that first asks who ("Who are one, two or three people…")
// speaks of "them" in the questions after. When that question got no one
// ("idk", "skip", "can't think of anyone"), "them" would point at nobody:
// the question speaks of someone close instead.

// questionText is question i of j as it is asked, given the answers so far.
func questionText(j Journey, i int, answers []string) string {
	text := j.Questions[i].Text
	if !reThem.MatchString(text) || reAntecedent.MatchString(text) {
		return text
	}
	asked := false
	for k := 0; k < i && k < len(j.Questions); k++ {
		if !reAsksWho.MatchString(j.Questions[k].Text) {
			continue
		}
		asked = true
		if k < len(answers) && givesSomeone(answers[k]) {
			return text
		}
	}
	if !asked {
		return text
	}
	return reThem.ReplaceAllString(text, "someone close to you")
}

// givesSomeone reports an answer to "who?" that gives someone: not empty,
// not a shrug, not "no one".
func givesSomeone(answer string) bool {
	if strings.TrimSpace(answer) == "" {
		return false
	}
	if people.Find(answer).Sure() {
		return true
	}
	return !reNoOneNamed.MatchString(foldText(answer))
}

var (
	reThem       = mustPattern(`\bthem\b`)
	reAsksWho    = mustPattern(`^(?i:who)\b`)
	reAntecedent = mustPattern(`(?i)\b(?:someone|somebody|anyone|a friend|friends|a person|people|others|other people|the other person)\b`)
	reNoOneNamed = mustPattern(`\b(?:idk|dunno|don'?t know|dont know|do not know|no idea|not sure|unsure|no one|nobody|noone|no body|can'?t think|cant think|none|nothing|no clue|hard to say|not really|no|nope|nah|pass|hmm+|um+|eh)\b`)
)
