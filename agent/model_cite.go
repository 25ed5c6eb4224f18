package agent

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A guide answer names the section it used by its title. Models quote the
// title in straight or curly quotes, change its case, drop its "the" or its
// question mark, write "you're" for "you are" or leave out a leading
// "Myth:". A citation is matched ignoring all of that and then rewritten
// with the exact title in curly quotes, as the companion writes it.

// quotePairs maps an opening quote to the closing quotes accepted for it.
var quotePairs = map[rune]string{
	'“': "”\"", '"': "\"”", '‘': "’'", '\'': "'’", '«': "»", '„': "“”\"", '(': ")",
}

// citeTitles rewrites every citation of a section title in s with the exact
// title in curly quotes, and reports whether s cites any section.
func citeTitles(s string, sections []Section) (string, bool) {
	cited := false
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		closers, ok := quotePairs[r]
		// "(“Title”)": the quotes inside the brackets are the citation.
		if next, _ := utf8.DecodeRuneInString(s[i+n:]); r == '(' && isQuote(next) {
			ok = false
		}
		if ok && (i == 0 || !isWordRune(lastRune(s[:i]))) {
			if end, title := matchQuoted(s, i+n, closers, sections); end > 0 {
				b.WriteString("“" + title + "”")
				cited = true
				i = end
				continue
			}
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String(), cited
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// matchQuoted looks for a closing quote after start, on the same line and
// not inside a word, such that the text between is one of the titles. It
// returns the index after the closing quote and the title, or 0.
func matchQuoted(s string, start int, closers string, sections []Section) (int, string) {
	for j := start; j < len(s) && j-start <= 160; {
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == '\n' {
			return 0, ""
		}
		next, _ := utf8.DecodeRuneInString(s[j+n:])
		if strings.ContainsRune(closers, r) && (j+n == len(s) || !isWordRune(next)) {
			inner := strings.TrimSpace(s[start:j])
			// An inner pair of quotes: “"Title"” or ("Title").
			inner = strings.TrimSpace(strings.TrimFunc(inner, isQuote))
			for _, sec := range sections {
				if t := strings.TrimSpace(sec.Title); t != "" && sameTitle(inner, t) {
					return j + n, t
				}
			}
		}
		j += n
	}
	return 0, ""
}

// contractions are expanded before titles are compared.
var contractions = strings.NewReplacer("can't", "can not", "won't", "will not", "cannot", "can not",
	"n't", " not", "'re", " are", "'ve", " have", "'ll", " will", "'m", " am", "it's", "it is",
	"that's", "that is", "what's", "what is")

// titleWords returns the words of a title in a form that ignores case,
// quote style, apostrophes, contractions, punctuation and articles.
func titleWords(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = contractions.Replace(s)
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "the", "a", "an", "and", "or", "s":
			continue
		}
		out = append(out, foldWord(w))
	}
	return out
}

// sameTitle reports whether quoted names title: the same words, or a run of
// them long enough that no other title could be meant (a leading "Myth:"
// left out).
func sameTitle(quoted, title string) bool {
	q, t := titleWords(quoted), titleWords(title)
	if len(q) == 0 || len(q) > len(t) {
		return false
	}
	if len(q) < len(t) && (len(q) < 2 || len(q)*3 < len(t)*2) {
		return false
	}
	for i := 0; i+len(q) <= len(t); i++ {
		match := true
		for k := range q {
			if q[k] != t[i+k] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// notCoveredRE finds an honest statement that the guide does not answer
// the question, which the answer rules ask for.
var notCoveredRE = regexp.MustCompile(`(?i)\b(guide|sections?)\b[^.!?\n]{0,40}\b(doesn't|does not|don't|do not|didn't|did not|can't|cannot|isn't|is not)\s+(really\s+|directly\s+|specifically\s+)?(cover|mention|say|talk|address|discuss|include|have|go into|deal with|about)|\bnot\s+(covered|mentioned|addressed|discussed)\s+(in|by)\s+the\s+(guide|sections?)|\bnothing\s+in\s+the\s+(guide|sections?)|\bthe\s+guide\s+has\s+nothing`)

// withoutCitations removes every citation “…” from s so that the words of a title
// are not judged as the answer's own words.
func withoutCitations(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '“':
			depth++
		case r == '”' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
