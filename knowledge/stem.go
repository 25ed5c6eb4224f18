package knowledge

import "strings"

// stem reduces an English word to its stem with the Porter2 (Snowball
// English) algorithm, so that "replying", "replied" and "replies" all become
// "repli". It expects a lowercase word; words with characters outside a-z
// and the apostrophe are returned unchanged, as the rules only make sense
// for English spelling.
//
// One rule is added on top of Porter2: a trailing "ship" is dropped when
// at least four letters remain, so "friendships" meets "friend" and
// "relationship" meets "relation".
func stem(word string) string {
	if len(word) <= 2 || !isASCIIWord(word) {
		return word
	}
	if s, ok := stemExceptions[word]; ok {
		return s
	}
	w := &stemmer{b: []byte(strings.TrimLeft(word, "'"))}
	w.run()
	out := string(w.b)
	if strings.HasSuffix(out, "ship") && len(out) >= 8 {
		return stem(out[:len(out)-4])
	}
	return out
}

func isASCIIWord(word string) bool {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if (c < 'a' || c > 'z') && c != '\'' {
			return false
		}
	}
	return true
}

// stemExceptions are the words Porter2 treats as special cases.
var stemExceptions = map[string]string{
	"skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
	"idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
	"only": "onli", "singly": "singl",
	"sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
	"cosmos": "cosmos", "bias": "bias", "andes": "andes",
}

// afterStep1a are the words left as they are once step 1a has run.
var afterStep1a = map[string]bool{
	"inning": true, "outing": true, "canning": true, "herring": true,
	"earring": true, "proceed": true, "exceed": true, "succeed": true,
}

// stemmer holds a word being stemmed. 'Y' marks a y that acts as a consonant.
type stemmer struct {
	b      []byte
	r1, r2 int
}

func (w *stemmer) run() {
	w.markYs()
	w.regions()
	w.step0()
	w.step1a()
	if afterStep1a[string(w.b)] {
		return
	}
	w.step1b()
	w.step1c()
	w.step2()
	w.step3()
	w.step4()
	w.step5()
	for i, c := range w.b {
		if c == 'Y' {
			w.b[i] = 'y'
		}
	}
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func (w *stemmer) markYs() {
	for i, c := range w.b {
		if c == 'y' && (i == 0 || isVowel(w.b[i-1])) {
			w.b[i] = 'Y'
		}
	}
}

// regions sets R1 and R2: each starts after the first non-vowel that follows
// a vowel, R2 applying the same rule inside R1.
func (w *stemmer) regions() {
	w.r1 = len(w.b)
	for _, p := range []string{"gener", "commun", "arsen"} {
		if len(w.b) >= len(p) && string(w.b[:len(p)]) == p {
			w.r1 = len(p)
			break
		}
	}
	if w.r1 == len(w.b) {
		w.r1 = regionAfter(w.b, 0)
	}
	w.r2 = regionAfter(w.b, w.r1)
}

func regionAfter(b []byte, from int) int {
	for i := from + 1; i < len(b); i++ {
		if !isVowel(b[i]) && isVowel(b[i-1]) {
			return i + 1
		}
	}
	return len(b)
}

func (w *stemmer) has(suffix string) bool {
	n := len(w.b) - len(suffix)
	return n >= 0 && string(w.b[n:]) == suffix
}

// longest returns the longest of the suffixes the word ends with, or "".
func (w *stemmer) longest(suffixes []string) string {
	best := ""
	for _, s := range suffixes {
		if len(s) > len(best) && w.has(s) {
			best = s
		}
	}
	return best
}

func (w *stemmer) replace(suffix, with string) {
	w.b = append(w.b[:len(w.b)-len(suffix)], with...)
}

func (w *stemmer) inR1(suffix string) bool { return len(w.b)-len(suffix) >= w.r1 }
func (w *stemmer) inR2(suffix string) bool { return len(w.b)-len(suffix) >= w.r2 }

func (w *stemmer) step0() {
	if s := w.longest([]string{"'s'", "'s", "'"}); s != "" {
		w.replace(s, "")
	}
}

func (w *stemmer) step1a() {
	switch s := w.longest([]string{"sses", "ied", "ies", "us", "ss", "s"}); s {
	case "sses":
		w.replace(s, "ss")
	case "ied", "ies":
		if len(w.b) > 4 {
			w.replace(s, "i")
		} else {
			w.replace(s, "ie")
		}
	case "s":
		// Delete when a vowel comes before the letter preceding the s.
		for i := 0; i < len(w.b)-2; i++ {
			if isVowel(w.b[i]) {
				w.replace(s, "")
				return
			}
		}
	}
}

func (w *stemmer) step1b() {
	s := w.longest([]string{"eed", "eedly", "ed", "edly", "ing", "ingly"})
	switch s {
	case "":
		return
	case "eed", "eedly":
		if w.inR1(s) {
			w.replace(s, "ee")
		}
		return
	}
	stemPart := w.b[:len(w.b)-len(s)]
	vowel := false
	for _, c := range stemPart {
		if isVowel(c) {
			vowel = true
			break
		}
	}
	if !vowel {
		return
	}
	w.replace(s, "")
	switch {
	case w.has("at"), w.has("bl"), w.has("iz"):
		w.b = append(w.b, 'e')
	case w.endsDouble():
		w.b = w.b[:len(w.b)-1]
	case w.isShort():
		w.b = append(w.b, 'e')
	}
}

func (w *stemmer) endsDouble() bool {
	for _, d := range []string{"bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"} {
		if w.has(d) {
			return true
		}
	}
	return false
}

// endsShortSyllable reports whether the word ends in a short syllable: a
// vowel followed by a non-vowel other than w, x or Y and preceded by a
// non-vowel, or a vowel then a non-vowel at the start of the word.
func (w *stemmer) endsShortSyllable() bool {
	b := w.b
	n := len(b)
	if n == 2 {
		return isVowel(b[0]) && !isVowel(b[1])
	}
	if n < 3 {
		return false
	}
	c := b[n-1]
	return !isVowel(b[n-3]) && isVowel(b[n-2]) && !isVowel(c) && c != 'w' && c != 'x' && c != 'Y'
}

func (w *stemmer) isShort() bool {
	return w.r1 >= len(w.b) && w.endsShortSyllable()
}

func (w *stemmer) step1c() {
	n := len(w.b)
	if n > 2 && (w.b[n-1] == 'y' || w.b[n-1] == 'Y') && !isVowel(w.b[n-2]) {
		w.b[n-1] = 'i'
	}
}

var step2Rules = map[string]string{
	"tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent",
	"izer": "ize", "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate",
	"alism": "al", "aliti": "al", "alli": "al", "fulness": "ful", "ousli": "ous",
	"ousness": "ous", "iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble",
	"ogi": "og", "fulli": "ful", "lessli": "less", "li": "",
}

var step2Suffixes = keys(step2Rules)

func (w *stemmer) step2() {
	s := w.longest(step2Suffixes)
	if s == "" || !w.inR1(s) {
		return
	}
	before := byte(0)
	if len(w.b) > len(s) {
		before = w.b[len(w.b)-len(s)-1]
	}
	switch s {
	case "ogi":
		if before != 'l' {
			return
		}
	case "li":
		if !strings.ContainsRune("cdeghkmnrt", rune(before)) || before == 0 {
			return
		}
	}
	w.replace(s, step2Rules[s])
}

var step3Rules = map[string]string{
	"tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic",
	"ical": "ic", "ful": "", "ness": "", "ative": "",
}

var step3Suffixes = keys(step3Rules)

func (w *stemmer) step3() {
	s := w.longest(step3Suffixes)
	if s == "" || !w.inR1(s) {
		return
	}
	if s == "ative" && !w.inR2(s) {
		return
	}
	w.replace(s, step3Rules[s])
}

var step4Suffixes = []string{
	"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
	"ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
}

func (w *stemmer) step4() {
	s := w.longest(step4Suffixes)
	if s == "" || !w.inR2(s) {
		return
	}
	if s == "ion" {
		n := len(w.b) - len(s)
		if n == 0 || (w.b[n-1] != 's' && w.b[n-1] != 't') {
			return
		}
	}
	w.replace(s, "")
}

func (w *stemmer) step5() {
	switch {
	case w.has("e"):
		if w.inR2("e") {
			w.replace("e", "")
			return
		}
		if w.inR1("e") {
			w.b = w.b[:len(w.b)-1]
			short := w.endsShortSyllable()
			w.b = append(w.b, 'e')
			if !short {
				w.replace("e", "")
			}
		}
	case w.has("l"):
		if w.inR2("l") && w.has("ll") {
			w.replace("l", "")
		}
	}
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
