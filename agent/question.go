package agent

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/places"
)

// Names and places say who and where, not what a question is about, and the
// guide has none of them: left in, they read to the search as words it
// does not know, as if the question were about something else.

// placeAfterRE finds the words after "moved to", "live in", "from"…,
// where a place is named.
var placeAfterRE = regexp.MustCompile(`(?i)\b(?:to|in|from|near|around|at)\s+([\p{L}'’.-]+)(?:\s+([\p{L}'’.-]+))?`)

// searchQuestion returns the question without the names of the people and
// the places it mentions.
func searchQuestion(q string) string {
	for _, p := range people.FindAll(q) {
		// Only a name written as one: lowercase words read as names too
		// often ("vents", "anxiety").
		if p.Name != "" && strings.Contains(q[1:], " "+p.Name) && unicode.IsUpper([]rune(p.Name)[0]) {
			q = replaceWord(q, p.Name)
		}
	}
	for _, m := range placeAfterRE.FindAllStringSubmatch(q, -1) {
		switch {
		case m[2] != "" && places.Known(m[1]+" "+m[2]):
			q = replaceWord(q, m[1]+" "+m[2])
		case places.Known(m[1]):
			q = replaceWord(q, m[1])
		}
	}
	return q
}

// replaceWord blanks every whole-word, case-insensitive use of w in s.
func replaceWord(s, w string) string {
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(strings.TrimSpace(w)) + `\b`)
	if err != nil {
		return s
	}
	return re.ReplaceAllString(s, " ")
}
