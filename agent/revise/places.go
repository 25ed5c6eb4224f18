package revise

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent/places"
)

// placeLead are the words after which a known place is written with its
// capitals: "coming to berlin" → "coming to Berlin".
var placeLead = wordSet(`in to from near around outside visiting visit via across`)

// placeNot are words a place table knows that are as often something
// else after such a word: "in nice weather", "to reading".
var placeNot = wordSet(`nice us split la bath reading mobile orange phoenix`)

// capitalPlaces writes the places of s typed in lower case with their
// capitals, one to three words after a lead word.
func capitalPlaces(s string) string {
	words := strings.Fields(s)
	for i := 1; i < len(words); i++ {
		if !placeLead[strings.ToLower(words[i-1])] {
			continue
		}
		for n := min(3, len(words)-i); n >= 1; n-- {
			span := words[i : i+n]
			last := strings.TrimRightFunc(span[n-1], func(r rune) bool { return strings.ContainsRune(",.;:!?)'", r) })
			phrase := strings.Join(append(slices.Clone(span[:n-1]), last), " ")
			if phrase != strings.ToLower(phrase) || n == 1 && placeNot[phrase] || !places.Known(phrase) {
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
