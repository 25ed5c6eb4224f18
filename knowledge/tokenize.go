package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanWords calls fn with each word of s, lowercased, in order. A word is a
// run of letters and digits; an apostrophe between two letters joins them
// ("don't", "I'm"). A possessive "'s" is dropped and other apostrophes are
// removed, so "friend's" gives "friend" and "don't" gives "dont". A
// compound is given as one word (readWords). The byte slice passed to fn is reused: copy it to keep it.
func scanWords(s string, fn func(word []byte)) {
	readWords(s, fn)
}

// scanRawWords is scanWords with a compound given as its words.
func scanRawWords(s string, fn func(word []byte)) {
	var buf []byte
	flush := func() {
		if len(buf) > 0 {
			if w := normalizeApostrophes(buf); len(w) > 0 {
				fn(w)
			}
		}
		buf = buf[:0]
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			buf = append(buf, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			buf = append(buf, byte(r)+'a'-'A')
		case isApostrophe(r):
			if len(buf) > 0 && i < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(next) {
					buf = append(buf, '\'')
					continue
				}
			}
			flush()
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r) && len(buf) > 0:
			// Combining marks belong to the letter before them.
			buf = utf8.AppendRune(buf, r)
		default:
			flush()
		}
	}
	flush()
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02bc'
}

// normalizeApostrophes drops a trailing possessive "'s" and removes the
// remaining apostrophes.
func normalizeApostrophes(b []byte) []byte {
	if len(b) > 2 && b[len(b)-2] == '\'' && b[len(b)-1] == 's' {
		b = b[:len(b)-2]
	}
	out := b[:0]
	for _, c := range b {
		if c != '\'' {
			out = append(out, c)
		}
	}
	return out
}

// words returns the lowercased words of s, stop words included.
func words(s string) []string {
	var out []string
	scanWords(s, func(w []byte) { out = append(out, string(w)) })
	return out
}

// isIndexable reports whether a word carries meaning for search: not a stop
// word and not a lone letter.
func isIndexable(w string) bool {
	if len(w) == 1 && (w[0] < '0' || w[0] > '9') {
		return false
	}
	return !stopWords[w]
}

// indexableBytes is isIndexable for a word scanWords passed, without
// copying it.
func indexableBytes(w []byte) bool {
	if len(w) == 1 && (w[0] < '0' || w[0] > '9') {
		return false
	}
	return !stopWords[string(w)]
}

// stopWords are words too common to help a search, in the form scanWords
// gives them (apostrophes removed).
var stopWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		a about above after again against all also am an and any anybody anyone anything are as at
		be because been before being below between both but by
		can cant could couldnt
		did didnt do does doesnt doing dont down during
		each either else ever every
		few for from further
		get gets got
		had hadnt has hasnt have havent having he hed hell her here hers herself hes him himself his how hows
		i id if ill im in into is isnt it its itself ive
		just
		let lets
		may me might more most must mustnt my myself
		no nor not now
		of off ok okay on once only or other ought our ours ourselves out over own
		please
		quite
		rather really
		same shall shant she shed shell shes should shouldnt since so some somebody someone something such
		than that thats the their theirs them themselves then there theres these they theyd theyll theyre theyve this those through to too
		under until up upon us
		very
		was wasnt we wed well were werent weve what whats when whens where wheres which while who whos whom why whys will with wont would wouldnt
		yet you youd youll your youre yours yourself yourselves youve
	`) {
		m[w] = true
	}
	return m
}()
