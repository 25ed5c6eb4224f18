package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Someone the person says drifts because they wait for them to write
// first ("lena drifts bc i wait for her", "my uncle, i always leave it to
// him") is the one a reflection on how they show up can end with: write
// to them first. driftStep finds them in the answer to the question about
// following up and drifting.

// reDriftClause is a clause saying someone drifts, or is waited for: the
// words that mark who the step is with.
var reDriftClause = regexp.MustCompile(`\b(?:drift|drifts|drifted|drifting|slip|slips|slipped|slipping|fade|fades|faded|fading|wait|waits|waiting|waited|leave it to|lose touch|lost touch|losing touch|go quiet|goes quiet|gone quiet|went quiet|never (?:text|message|call|write) first)\b`)

// reClauseSplit splits an answer into the clauses its people stand in.
var reClauseSplit = regexp.MustCompile(`\s*(?:[.;!?]+|,|\bbut\b|\bwhile\b|\bwhereas\b|\band then\b)\s*`)

// rePronounIn is a pronoun standing for one person.
var rePronounIn = regexp.MustCompile(`\b(?:him|her|he|she)\b`)

// driftStep is the step with the person who drifts, from the answer to
// j's question about who drifts, or false when no answer names one.
func driftStep(j Journey, answers []string) (NextStep, bool) {
	names := answerNames(answers...)
	for i, q := range j.Questions {
		if i >= len(answers) || !strings.Contains(strings.ToLower(q.Text), "drift") {
			continue
		}
		clauses := reClauseSplit.Split(answers[i], -1)
		for k, clause := range clauses {
			if !reDriftClause.MatchString(foldText(clause)) {
				continue
			}
			ms := listen.Mentions(clause, names)
			if len(ms) == 0 && k > 0 && rePronounIn.MatchString(foldText(clause)) {
				// "…except my old roommate chidi, i always wait for him":
				// the one the clause before names.
				ms = listen.Mentions(clauses[k-1], names)
			}
			if len(ms) == 1 && !ms[0].Named && groupWords[strings.ToLower(lastWord(ms[0].Ref))] {
				// "my school friends i wait for and we've drifted": no
				// one to draft to, but the first move is still theirs.
				return NextStep{Text: "One small step: be the one who writes first to " + ms[0].Ref + " this week; a short hello in the chat is enough to start it again."}, true
			}
			if len(ms) != 1 || !ms[0].Named {
				// "my friends all drift": no one to write to.
				continue
			}
			who, g := ms[0].Who, ms[0].Gender
			if g == 0 {
				// "i always wait for him to text first": he, in the
				// clause or else in the answer it stands in.
				if g = pronounGender(foldText(clause)); g == 0 {
					g = pronounGender(foldText(answers[i]))
				}
			}
			return NextStep{
				Text:      "One small step: write to " + who + " first this week, a short hello without waiting for " + pronounFor(g) + " to start.",
				Recipient: who,
			}, true
		}
	}
	return NextStep{}, false
}

// pronounGender is 'f' or 'm' when a clause speaks of one person as "she"
// or "he" only, else 0.
func pronounGender(folded string) byte {
	her, him := reSheIn.MatchString(folded), reHeIn.MatchString(folded)
	switch {
	case her && !him:
		return 'f'
	case him && !her:
		return 'm'
	}
	return 0
}

var (
	reSheIn = regexp.MustCompile(`\b(?:she|her|shes|she's)\b`)
	reHeIn  = regexp.MustCompile(`\b(?:he|him|his|hes|he's)\b`)
)
