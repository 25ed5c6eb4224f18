package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// The output checks compare what a model wrote with what it was given. Models
// paraphrase, switch between British and American spelling and inflect
// words, so the comparison works on folded word forms, not on exact text.

// foldWord folds one lower-case word so that spelling variants and
// inflections meet: "favourite" and "favorite", "apologise" and
// "apologized", "trips" and "trip". It is only ever used to compare words,
// never to show them.
func foldWord(w string) string {
	w = strings.Trim(strings.ReplaceAll(w, "’", "'"), "'")
	w = strings.TrimSuffix(w, "'s")
	n := len(w)
	// British to American spelling, applied to both sides of a comparison.
	if n >= 6 {
		if i := strings.Index(w[1:], "our"); i >= 0 {
			w = w[:i+1] + "or" + w[i+4:]
		}
	}
	for _, p := range [][2]string{{"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"}, {"yse", "yze"}, {"lled", "led"}, {"lling", "ling"}, {"tre", "ter"}} {
		if len(w) >= len(p[0])+3 && strings.HasSuffix(w, p[0]) {
			w = strings.TrimSuffix(w, p[0]) + p[1]
			break
		}
	}
	return stem(w)
}

// foldSet returns the folded forms of the words of s.
func foldSet(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range words(strings.ToLower(s)) {
		m[foldWord(w)] = struct{}{}
	}
	return m
}

// isSmallContraction reports whether w is a contraction of small words
// ("he's", "they've", "wasn't").
func isSmallContraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	i := strings.IndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	_, small := stopWords[w[:i]]
	switch w[i:] {
	case "'s", "'ve", "'re", "'ll", "'d", "'m":
		return small
	case "'t":
		return true
	}
	return false
}

// foldedWords returns the folded forms of the words of s, in order.
func foldedWords(s string) []string {
	ws := words(strings.ToLower(s))
	for i, w := range ws {
		ws[i] = foldWord(w)
	}
	return ws
}

// hasRun reports whether the folded words include the folded words of
// entry as a run.
func hasRun(folded, entry []string) bool {
	for i := 0; i+len(entry) <= len(folded); i++ {
		if slices.Equal(folded[i:i+len(entry)], entry) {
			return true
		}
	}
	return false
}

// newInText returns the first entry of lexicon that s uses and source does
// not: a word the model brought in on its own. Words are compared folded;
// an entry of several words must occur as a run.
func newInText(s, source string, lexicon []string) string {
	inS, inSource := foldedWords(s), foldedWords(source)
	for _, e := range lexicon {
		es := foldedWords(e)
		if hasRun(inS, es) && !hasRun(inSource, es) {
			return e
		}
	}
	return ""
}

// numberWords are the number words worth checking. "one" and "first" are
// left out: "one of these days" and "the first ride" state no fact.
var numberWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
	"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"couple": 2, "dozen": 12, "half": 0, "both": 2, "pair": 2,
}

// numberValues returns the values of the numbers s states, in digits or
// in words; "a week" or "an hour" count as one.
func numberValues(s string) map[int]bool {
	out := map[int]bool{}
	ws := words(strings.ToLower(s))
	for i, w := range ws {
		if v, ok := numberWords[w]; ok {
			out[v] = true
			continue
		}
		switch w {
		case "a", "an", "one", "once", "first", "single":
			if i+1 < len(ws) {
				out[1] = true
			}
			continue
		}
		for _, v := range digitRuns(w) {
			out[v] = true
		}
	}
	return out
}

// digitRuns returns the numbers written with digits in w ("10th" is 10).
func digitRuns(w string) []int {
	var out []int
	for _, f := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if v, err := strconv.Atoi(f); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// unknownNumber returns the first number s states, in digits or as a
// number word other than "one", "first" or "both", whose value source does
// not have; "" when there is none.
func unknownNumber(s, source string) string {
	have := numberValues(source)
	for _, w := range words(strings.ToLower(s)) {
		vals := digitRuns(w)
		if v, ok := numberWords[w]; ok && v > 2 || w == "two" {
			vals = []int{v}
		}
		for _, v := range vals {
			if !have[v] {
				return w
			}
		}
	}
	return ""
}

// dateWords name days, months and times: a model that adds one to a
// message invents a plan or a memory.
var dateWords = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
	"january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
	"tomorrow", "yesterday", "tonight", "morning", "afternoon", "evening", "midnight", "noon",
	"last week", "next week", "this week", "last month", "next month", "this month", "last year", "next year",
	"this year", "last summer", "next summer", "last spring", "next spring", "last winter", "next winter",
	"last autumn", "last fall", "last night",
}

// countRE finds a small count and the word after it.
var countRE = regexp.MustCompile(`(?i)\b([1-5]|two|three|four|five)(\s+)([\p{L}']+)`)

// timeUnits follow a number that states when or how long, not how many.
var timeUnits = wordset.Of(`second seconds minute minutes hour hours day days week weeks month months year
	years time times am pm o'clock weekend weekends night nights morning evening`)

// withoutCounts returns s without the small counts in it ("2 people",
// "three things"); a number followed by a unit of time stays.
func withoutCounts(s string) string {
	return countRE.ReplaceAllStringFunc(s, func(m string) string {
		g := countRE.FindStringSubmatch(m)
		if _, unit := timeUnits[strings.ToLower(g[3])]; unit {
			return m
		}
		return g[2] + g[3]
	})
}
