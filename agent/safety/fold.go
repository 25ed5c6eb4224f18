package safety

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent/internal/fold"
)

// boundary is the token that stands for the end of a sentence. No lexicon
// word can be "." and gaps never cross it, so a rule never joins words from
// two sentences.
const boundary = "."

// quoteMark stands for a double quotation mark in a message.
const quoteMark = "\""

// isQuote reports whether r is a double quotation mark.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '「', '」':
		return true
	}
	return false
}

// tokens splits text into folded words: lower case, accents and other marks
// taken off (ä → a, ł → l, ş → s, ß → ss), apostrophes dropped ("don't" →
// "dont", "j'ai" → "jai"), runs of one letter squeezed to one ("sooo" →
// "so", "kill" → "kil"), and digits or symbols inside a word read as the
// letters they stand for ("su1c1de" → "suicide", "k!ll" → "kil"), chat
// spellings written out ("wanna" → "want to", "u" → "you") and hedges left
// out ("just", "honestly": see chat.go), Arabic letter forms made one and
// Devanagari vowel signs kept in their word, and Japanese read one
// character at a time (see script.go).
// Lexicon words go through the same function, so a rule and a message
// always meet in the same spelling. Sentence ends, and the end of the
// text, become boundary tokens.
func tokens(s string, dst []string) []string {
	if strings.ContainsAny(s, "!|") {
		s = bangAsI(s)
	}
	if strings.ContainsAny(s, "'\u2018\u2019`") {
		s = singleQuotes(s)
	}
	// The words are written one after the other in b, and each is a
	// piece of it: one allocation for the message, not one a word.
	var b strings.Builder
	b.Grow(len(s))
	start := 0 // where the word being read begins in b
	typed := 0 // letters typed in the word, squeezed ones included
	flush := func() {
		if b.Len() == start {
			return
		}
		w := b.String()[start:]
		// A word of one letter typed twice is a chat spelling of its own
		// ("tt" is "tutto", "nn" is "non", "xx" kisses): squeezed, it
		// would be another word ("t" as in "t amo", the chat "n").
		if typed == 2 && len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
			w += w
		}
		// "k" typed three times or more is laughter in Portuguese chat
		// ("queria sumir kkk"), as "lol" is: squeezed, it would be the
		// chat "k" for "que".
		if typed >= 3 && w == "k" {
			w = "lol"
		}
		// "shh" and "shhhh" hush: a secret kept, a surprise. Squeezed, it
		// would be the chat "sh" for harm done to oneself.
		if typed >= 3 && w == "sh" {
			w = "shush"
		}
		typed = 0
		w = finishWord(w)
		start = b.Len()
		if hedges[w] {
			return
		}
		if ws, ok := chatSpelling(w); ok {
			dst = append(dst, ws...)
			return
		}
		dst = append(dst, w)
	}
	var last rune
	for _, r := range s {
		switch {
		case fold.IsApostrophe(r):
			continue
		case r == '.' || r == '!' || r == '?' || r == ';' || r == '\n' || r == '\u2026' || r == '\u3002' || r == '！' || r == '？':
			flush()
			if n := len(dst); n > 0 && dst[n-1] != boundary {
				dst = append(dst, boundary)
			}
			last = 0
			continue
		case isQuote(r):
			// A quotation mark is kept as a word of its own, quoteMark,
			// which Detect takes out again and remembers: words in
			// quotes may be someone else's.
			flush()
			dst = append(dst, quoteMark)
			last = 0
			continue
		case r == '😂' || r == '🤣' || r == '💀':
			// Laughter: "dying 💀" is a joke, as "dying lol" is.
			flush()
			dst = append(dst, "lol")
			last = 0
			continue
		case r == 'ـ':
			continue // the Arabic stretching stroke
		case r == '&':
			// "mum & me": the sign is the word.
			flush()
			dst = append(dst, "and")
			last = 0
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (b.Len() > start && (r == '@' || r == '$')) || r == '$':
			if p, ok := arabicPlain[r]; ok {
				r = p
			}
		default:
			if mark, keep := wordMark(r); mark {
				if keep && b.Len() > start {
					b.WriteRune(r)
					last = r
				}
				continue
			}
			flush()
			last = 0
			continue
		}
		if unspaced(r) {
			// Japanese writes no spaces: each character is a word, and
			// a lexicon's "死にたい" is the run of its characters.
			flush()
			dst = append(dst, string(r))
			last = 0
			continue
		}
		first, second := fold.Rune(r)
		typed++
		for _, f := range [2]rune{first, second} {
			if f == 0 || f == last && unicode.IsLetter(f) {
				continue
			}
			b.WriteRune(f)
			last = f
		}
	}
	flush()
	if n := len(dst); n > 0 && dst[n-1] != boundary {
		dst = append(dst, boundary)
	}
	return dst
}

// bangAsI reads "!" and "|" between two letters as the letter i ("k!ll").
func bangAsI(s string) string {
	r := []rune(s)
	for i := 1; i+1 < len(r); i++ {
		if (r[i] == '!' || r[i] == '|') && unicode.IsLetter(r[i-1]) && unicode.IsLetter(r[i+1]) {
			r[i] = 'i'
		}
	}
	return string(r)
}

// finishWord reads digits and symbols as letters in a word that has letters:
// "k1ll" is "kill", while "20" and "24" stay numbers.
func finishWord(w string) string {
	if n, ok := ordinal(w); ok {
		return n
	}
	hasLetter, hasOther := false, false
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r > utf8.RuneSelf && unicode.IsLetter(r) {
			hasLetter = true
		} else {
			hasOther = true
		}
	}
	if !hasOther {
		return w
	}
	if !hasLetter {
		return strings.Map(func(r rune) rune {
			if r == '@' || r == '$' {
				return -1
			}
			return r
		}, w)
	}
	var b strings.Builder
	var last rune
	for _, r := range w {
		if m, ok := leet[r]; ok {
			r = m
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// ordinal reads an English ordinal typed in digits ("14th", "1st",
// "22nd") as its number, so that "#" in a rule matches a date ("the 14th
// is the day") and an ordinal is never read as letters ("1st" as the
// German "ist").
func ordinal(w string) (string, bool) {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 || len(w) != i+2 {
		return "", false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return w[:i], true
	}
	return "", false
}

// leet maps the digits and symbols people type for letters.
var leet = map[rune]rune{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's'}

// singleQuotes writes a pair of single quotation marks around words as
// double ones ("she wrote 'bye everyone' and went offline"), so the words
// between are read as a quotation; an apostrophe inside a word ("cant",
// "j'ai") or after one with no opening mark before it ("my parents'
// house") stays an apostrophe.
func singleQuotes(s string) string {
	if !opensQuote(s) {
		return s
	}
	rs := []rune(s)
	open := -1
	changed := false
	wordy := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]))
	}
	for i, r := range rs {
		if !fold.IsApostrophe(r) {
			continue
		}
		before, after := wordy(i-1), wordy(i+1)
		switch {
		case !before && after && open < 0:
			open = i
		case open >= 0 && !after && (before || i > 0 && unicode.IsPunct(rs[i-1])):
			rs[open], rs[i] = '"', '"'
			open, changed = -1, true
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

// opensQuote reports whether an apostrophe in s starts a word, as an
// opening quotation mark does.
func opensQuote(s string) bool {
	prevSpace := true
	for _, r := range s {
		if fold.IsApostrophe(r) && prevSpace {
			return true
		}
		prevSpace = !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return false
}
