package compose

import (
	"regexp"
	"strings"
)

// wasWere is "was" or "were" after a subject it does not agree with, as
// typed in a second language: "we was neighbours", "she were my teacher".
var wasWere = regexp.MustCompile(`(?i)\b(\w+ )?(we|they|you|he|she) (was|were)\b`)

// oneRoleOfTwo is a role two people shared, said in the singular: "we
// was best friend" is best friends.
var oneRoleOfTwo = regexp.MustCompile(`(?i)\b(we|they) (was|were) ((?:best |good |close |old |great )?)(friend|neighbour|neighbor|colleague|classmate|roommate|flatmate|housemate|teammate|coworker|penpal|pen pal)\b`)

// subjunctive are the words before "he were" that make it right as typed:
// "if she were here", "as though he were".
var subjunctive = map[string]bool{"if ": true, "wish ": true, "though ": true, "as ": true, "even ": true}

// agreeBe puts "was" and "were" right after their subject, so a detail
// typed in a second language is said back cleanly: "we was neighbours in
// lima" is "we were neighbours in lima".
func agreeBe(s string) string {
	s = oneRoleOfTwo.ReplaceAllString(s, "$1 $2 $3${4}s")
	return wasWere.ReplaceAllStringFunc(s, func(m string) string {
		g := wasWere.FindStringSubmatch(m)
		subj, verb := strings.ToLower(g[2]), strings.ToLower(g[3])
		switch {
		case verb == "was" && (subj == "we" || subj == "they" || subj == "you"):
			return g[1] + g[2] + " were"
		case verb == "were" && (subj == "he" || subj == "she") && !subjunctive[strings.ToLower(g[1])]:
			return g[1] + g[2] + " was"
		}
		return m
	})
}
