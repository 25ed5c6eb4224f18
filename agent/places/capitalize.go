package places

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// leads are the words a place typed in lower case follows.
var leads = wordset.Of(`in to from near around outside visiting visit via across`)

// notAfterLead are words the table knows that, after a lead word, are as
// often something else: "in nice weather", "to reading".
var notAfterLead = wordset.Of(`nice us split la bath reading mobile orange phoenix`)

// Capitalize writes a place typed in lower case with its capitals, one to
// three words after a word that leads to one: "in cork" is "in Cork",
// "moved to new york" "moved to New York". Words that are as often
// something else stay as typed, and so does anything typed with capitals.
func Capitalize(s string) string {
	words := strings.Fields(s)
	for i := 1; i < len(words); i++ {
		if !leads[strings.ToLower(words[i-1])] {
			continue
		}
		for n := min(3, len(words)-i); n >= 1; n-- {
			span := words[i : i+n]
			last := strings.TrimRightFunc(span[n-1], func(r rune) bool { return strings.ContainsRune(",.;:!?)'", r) })
			phrase := strings.Join(append(slices.Clone(span[:n-1]), last), " ")
			if phrase != strings.ToLower(phrase) || n == 1 && notAfterLead[phrase] || !Known(phrase) {
				continue
			}
			for j := range n {
				r, size := utf8.DecodeRuneInString(words[i+j])
				words[i+j] = string(unicode.ToUpper(r)) + words[i+j][size:]
			}
			i += n - 1
			break
		}
	}
	return strings.Join(words, " ")
}
