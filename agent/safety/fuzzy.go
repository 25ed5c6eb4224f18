package safety

import "strings"

// Typos are forgiven in long words only: a long word one letter away from
// a lexicon word is rarely another real word, a short one often is
// ("kill", "bill", "till").
const (
	minFuzzyWord = 7 // letters in a lexicon word
	minFuzzyStem = 6 // letters in a lexicon prefix (word*)
)

// fuzzer reads a word one typo away (a letter left out, added or changed,
// or two neighbours swapped) from a long lexicon word as that word. The
// first letter must be right: people rarely get it wrong, and it keeps the
// candidates to compare few.
type fuzzer struct {
	known map[string]bool // lexicon words and kept words: never changed
	kept  map[string]bool // the words of keep: lines, never read as another word, not even as an -ing form
	exact []string        // the prefixes, to leave words that have one alone
	words [256][]string   // long lexicon words by first letter
	stems [256][]string   // long lexicon prefixes by first letter
}

func newFuzzer(rules []rule, keep []string) *fuzzer {
	f := &fuzzer{known: map[string]bool{}, kept: map[string]bool{}}
	for _, w := range keep {
		f.known[w] = true
		f.kept[w] = true
	}
	seenStem := map[string]bool{}
	var walk func(seq []node)
	walk = func(seq []node) {
		for i := range seq {
			for w := range seq[i].words {
				if !f.known[w] && len(w) >= minFuzzyWord && ascii(w) {
					f.words[w[0]] = append(f.words[w[0]], w)
				}
				f.known[w] = true
			}
			for _, s := range seq[i].prefixes {
				if seenStem[s] {
					continue
				}
				seenStem[s] = true
				f.exact = append(f.exact, s)
				if len(s) >= minFuzzyStem && ascii(s) {
					f.stems[s[0]] = append(f.stems[s[0]], s)
				}
			}
			for _, a := range seq[i].alts {
				walk(a)
			}
		}
	}
	for _, r := range rules {
		walk(r.seq)
	}
	return f
}

// correct returns the lexicon word t stands for, or t.
func (f *fuzzer) correct(t string) string {
	// A dropped g ("cuttin", "hurtin") is the -ing form, even where a
	// lexicon spells the chat form too; never a word kept as itself (the
	// French "calin" is no "calling").
	if len(t) >= 5 && strings.HasSuffix(t, "in") && f.known[t+"g"] && !f.kept[t] && ascii(t) {
		return t + "g"
	}
	if len(t) < minFuzzyStem-1 || f.known[t] {
		return t
	}
	for _, s := range f.stems[t[0]] {
		if len(t) >= len(s) && t[:len(s)] == s {
			return t
		}
	}
	if w, ok := f.inflected(t); ok {
		return w
	}
	if len(t) >= minFuzzyWord-1 {
		for _, w := range f.words[t[0]] {
			if d := len(w) - len(t); d >= -1 && d <= 1 && within1(w, t) {
				return w
			}
		}
	}
	for _, s := range f.stems[t[0]] {
		for _, n := range [3]int{len(s), len(s) + 1, len(s) - 1} {
			if n <= len(t) && n >= minFuzzyStem-1 && within1(s, t[:n]) {
				return s + t[n:]
			}
		}
	}
	return t
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// within1 reports whether a and b differ by at most one letter left out,
// added or changed, or two neighbouring letters swapped.
func within1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true // equal, or b has one more letter at the end
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return true // one letter changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:] // one letter added
}

// inflected reads a word whose ending the lexicon has not written
// ("hoarding", "swallows") as a present form of the same word that it has:
// a rule written for one person or aspect then meets the others. A past
// ("mixed") is left alone: a rule for an intention must not read a thing
// that happened as one.
func (f *fuzzer) inflected(t string) (string, bool) {
	if len(t) < 5 || !ascii(t) {
		return "", false
	}
	var stems [3]string
	n := 0
	for _, e := range [...]struct{ end, base string }{{"ing", ""}, {"ing", "e"}, {"ies", "y"}, {"es", ""}, {"s", ""}} {
		if n < len(stems) && len(t) > len(e.end)+2 && t[len(t)-len(e.end):] == e.end {
			stems[n] = t[:len(t)-len(e.end)] + e.base
			n++
		}
	}
	for _, st := range stems[:n] {
		for _, w := range [...]string{st, st + "s", st + "ing", strings.TrimSuffix(st, "e") + "ing"} {
			if w != t && f.known[w] {
				return w, true
			}
		}
	}
	return "", false
}
