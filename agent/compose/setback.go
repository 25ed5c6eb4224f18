package compose

import (
	"regexp"
	"strings"
)

// A test, an exam or an interview failed is a setback, not a loss: the
// message says it will come next time, and never counts the tries ("failed
// your driving exam third time"), which only rubs it in.

// failedTry is a test or the like failed, in the recipient's person.
var failedTry = regexp.MustCompile(`(?i)\b(?:failed|didn'?t pass|did not pass|flunked|missed out on|didn'?t get through|did not get through) (?:your|the|her|his|their) (?:[\w-]+ ){0,2}(?:test|tests|exam|exams|interview|audition|assessment|viva|theory|finals|resit|trials?)\b`)

// tryCount is how many times it has gone wrong, said after it: "third
// time", "for the second time", "again".
var tryCount = regexp.MustCompile(`(?i)(?:,?\s+(?:for )?(?:the )?(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|nth) (?:time|attempt|try|go)(?: (?:now|running|in a row))?|,?\s+again)\b`)

// setback reports whether d tells of a try that failed; uncounted is its
// text with the count of tries taken out.
func setback(d Detail) (uncounted string, ok bool) {
	if d.Kind != TheirNews || !failedTry.MatchString(d.Text) {
		return d.Text, false
	}
	return strings.TrimSpace(tryCount.ReplaceAllString(d.Text, "")), true
}

// setbacks takes the count of tries out of every failed try in ds and
// reports whether there was one.
func setbacks(ds []Detail) bool {
	found := false
	for i, d := range ds {
		if t, ok := setback(d); ok {
			ds[i].Text, found = t, true
		}
	}
	return found
}
