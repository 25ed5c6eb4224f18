package agent

import "strings"

// An answer sometimes takes back how it began: "a few. no wait actually
// both, the quiz lot for fun and my brother for the heavy stuff", "my
// aunt, sorry i mean my godmother". What was taken back is no part of the
// answer, so the acknowledgement is built from what follows the
// correction. The opening taken back must be short (a word or a phrase,
// not a story), and what follows must say something, or the answer is
// read whole.

// retractMaxWords is the longest opening a correction can take back.
const retractMaxWords = 6

// afterRetraction is answer from its last correction on, when the words
// before that correction are a short opening it takes back and two words
// or more follow it; answer as it is otherwise.
func afterRetraction(answer string) string {
	locs := mindChange.FindAllStringIndex(answer, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		before := strings.TrimSpace(answer[:locs[k][0]])
		after := strings.TrimLeft(answer[locs[k][1]:], " ,.:;-")
		if before == "" || len(strings.Fields(foldText(before))) > retractMaxWords {
			continue
		}
		if len(strings.Fields(foldText(after))) < 2 {
			continue
		}
		return after
	}
	return answer
}
