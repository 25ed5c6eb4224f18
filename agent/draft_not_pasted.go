package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/revise"
)

// A detail told in English learned as a second language ("when i was
// exchange student. i did not write her for long time") may not be
// rewritten cleanly: each sentence of the draft can pass as reworded
// while two of them side by side still give back eight of the person's
// words in a row. Such a run reads as the request pasted back, with its
// grammar, so the sentence carrying it is left out: the occasion's own
// lines still say what the message is for.

// pastedRun is how many of the person's words in a row read as pasted.
const pastedRun = 8

// notPasted leaves out of text, a draft to d's recipient, the middle
// sentences that give back pastedRun of the person's words in a row; the
// opening and the closing sentence stay. Text with no such run comes back
// as it was.
func notPasted(text string, d DraftDetails) string {
	said := runsOf(strings.Join(d.Said, " \n "))
	if len(said) == 0 || !holdsRun(text, said) {
		return text
	}
	parts := revise.Cut(text, d.Recipient)
	body := parts.Sentences()
	drop := map[int]bool{}
	for i := len(body) - 2; i > 0; i-- {
		prev, next := body[i-1], body[i+1]
		if drop[i+1] {
			next = ""
		}
		if holdsRun(body[i], said) || holdsRun(prev+" "+body[i], said) || holdsRun(body[i]+" "+next, said) {
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return text
	}
	out := parts.Without(drop)
	if holdsRun(out, said) {
		return text
	}
	return out
}

// runsOf is every run of pastedRun words in s, folded.
func runsOf(s string) map[string]bool {
	runs := map[string]bool{}
	for _, line := range strings.Split(s, "\n") {
		addRuns(runs, runWords(line), pastedRun)
	}
	return runs
}

// holdsRun reports whether s holds one of runs.
func holdsRun(s string, runs map[string]bool) bool {
	return hasAnyRun(runs, runWords(s), pastedRun)
}

// runWords are the words of s, lower case, without their punctuation.
func runWords(s string) []string {
	return words(strings.ToLower(strings.ReplaceAll(s, "’", "'")))
}

// addRuns adds to runs every run of n words in a row of ws.
func addRuns(runs map[string]bool, ws []string, n int) {
	for i := 0; i+n <= len(ws); i++ {
		runs[strings.Join(ws[i:i+n], " ")] = true
	}
}

// hasAnyRun reports whether ws holds n words in a row that runs has.
func hasAnyRun(runs map[string]bool, ws []string, n int) bool {
	for i := 0; i+n <= len(ws); i++ {
		if runs[strings.Join(ws[i:i+n], " ")] {
			return true
		}
	}
	return false
}
