package listen

import (
	"strings"
	"unicode"
)

// fold lowercases s, straightens apostrophes and turns everything that is
// not a letter, a digit or an apostrophe inside a word into a space.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`':
			r = '\''
		}
		switch {
		case r == '\'':
			if !space {
				b.WriteRune(r)
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// words splits s into folded words, apostrophes dropped ("don't" → "dont")
// so that the way a person types them does not matter.
func words(s string) []string {
	f := strings.Fields(fold(s))
	for i, w := range f {
		f[i] = strings.ReplaceAll(w, "'", "")
	}
	return f
}

// stem strips a few English endings, enough for "worried", "worrying" and
// "worries" to meet.
func stem(w string) string {
	for _, suf := range []string{"ing", "ied", "ies", "ed", "es", "ly", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			if suf == "ied" || suf == "ies" {
				w += "y"
			}
			return w
		}
	}
	return w
}
