package revise

import (
	"strings"
	"unicode"
)

// token is one word of a request: as typed, and folded (lower case,
// straight apostrophes, punctuation off the ends, stretched letters
// squeezed, common misspellings of the words the rules know corrected).
type token struct {
	orig, norm string
}

// tokenize splits a request into tokens. An emoji stays a token of its own.
func tokenize(text string) []token {
	var out []token
	for _, f := range strings.Fields(splitEmoji(text)) {
		n := foldWord(f)
		if n == "" {
			if f == "!" || strings.Trim(f, "!") == "" {
				n = "!"
			} else {
				continue
			}
		}
		out = append(out, token{orig: f, norm: n})
	}
	return out
}

// splitEmoji puts spaces around emoji so that "🎉pls" is two tokens.
func splitEmoji(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isEmojiRune(r) {
			b.WriteByte(' ')
			b.WriteRune(r)
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldWord folds one word. An emoji folds to itself.
func foldWord(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`', '\u00b4':
			r = '\''
		}
		switch {
		case isEmojiRune(r) || r == '\ufe0f' || r == '\u200d':
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'':
			b.WriteRune(unicode.ToLower(r))
		}
	}
	s := strings.Trim(b.String(), "'")
	return correct(squeeze(s))
}

// squeeze shortens runs of three or more equal letters to one ("longerrr" →
// "longer", "sooo" → "so"): requests stretch words, real words rarely have
// a letter three times in a row.
func squeeze(s string) string {
	rs := []rune(s)
	var out []rune
	for i := 0; i < len(rs); i++ {
		j := i
		for j+1 < len(rs) && rs[j+1] == rs[i] {
			j++
		}
		out = append(out, rs[i])
		if j-i == 1 {
			out = append(out, rs[i])
		}
		i = j
	}
	return string(out)
}

// spellings are chat spellings and contractions typed without apostrophe.
var spellings = map[string]string{
	"u": "you", "ur": "your", "pls": "please", "plz": "please", "plse": "please", "thx": "thanks",
	"dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't", "isnt": "isn't",
	"doesnt": "doesn't", "its": "it's", "im": "i'm", "ive": "i've", "id": "i'd", "thats": "that's",
	"shes": "she's", "hes": "he's", "theyre": "they're", "youre": "you're", "wasnt": "wasn't",
	"gimme": "give me", "abit": "a bit", "alot": "a lot", "sth": "something", "smth": "something",
	"emojis": "emoji", "emojii": "emoji", "emoticon": "emoji", "emoticons": "emoji", "emojie": "emoji",
	"exclamations": "exclamation", "exclaimation": "exclamation", "exclamaition": "exclamation",
	"warmr": "warmer", "shrter": "shorter", "shortr": "shorter", "shoter": "shorter", "lnger": "longer",
	"mor": "more", "les": "less", "abt": "about", "bc": "because", "tho": "though", "msg": "message",
}

// vocabulary are the words the rules turn on; a typed word one edit away
// from one of them (two for long words) is taken as it.
var vocabulary = strings.Fields(`shorter longer warmer cooler casual formal another exclamation
emoji needy robot robotic stiff different natural intense desperate clingy affectionate heartfelt
professional polite concise shorten sentence question mention remove delete include begin start
greeting message version relaxed informal friendlier sweeter personal sappy mushy gushy cheesy
template generic exclamation smiley formal`)

// common are ordinary words a letter away from a vocabulary word.
var common = map[string]bool{"mentioned": true, "removed": true, "started": true, "messages": true,
	"stuffy": true, "starts": true, "another's": true, "formally": true, "natural": true,
	// "like a normal person would" asks for plain, everyday words: never
	// read as "formal", a letter away.
	"normal": true, "normally": true}

// correct returns the vocabulary word w is a near miss of, or w.
func correct(w string) string {
	if s, ok := spellings[w]; ok {
		return s
	}
	if len(w) < 6 || common[w] {
		return w
	}
	for _, v := range vocabulary {
		if v == w {
			return w
		}
	}
	best, bestD := w, 2
	if len(w) >= 9 {
		bestD = 3
	}
	for _, v := range vocabulary {
		if abs(len(v)-len(w)) >= bestD {
			continue
		}
		if d := editDistance(w, v); d < bestD {
			best, bestD = v, d
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of neighbours each cost one.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// isEmojiRune reports pictographs and symbols used as emoji.
func isEmojiRune(r rune) bool {
	switch {
	case r >= 0x1F300 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x1F1E6 && r <= 0x1F1FF:
		return true
	case r == 0x2B50 || r == 0x2764 || r == 0x2B55 || r == 0x203C || r == 0x2049:
		return true
	}
	return false
}
