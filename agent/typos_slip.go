package agent

import (
	"strings"
	"sync"
	"unicode"

	"github.com/companion-dev/companion/agent/internal/wordset"
	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// A slip is a word typed one keystroke away from a common word: two
// letters swapped ("thouhgt"), a vowel left out inside it ("togther",
// "evry"), one of a double letter left out ("acident") or, in a long word,
// one vowel for another ("condolances"). A letter missing at either end is
// never read as a slip: "ours" and "hours", "lock" and "clock" are words. The common words are those seen at least slipSeen times
// in the built-in corpus of everyday messages and at least slipMinLen
// letters long, so that a short or rare word is never taken for a slip of
// another; a word the corpus knows, and a first name, are never put right.
const (
	slipSeen   = 2
	slipMinLen = 5
	// slipSwapSeen is how often a word must be seen before two swapped
	// letters are read as a slip of it: "singing" and "signing" are both
	// words.
	slipSwapSeen = 5
)

// slipKnown are real words the corpus lacks that sit one slip from a word
// it has.
var slipKnown = wordset.Of(`carer carers counselor counselors`)

// slipCorpusWords counts each word of the built-in corpus typed in
// lowercase.
var slipCorpusWords = sync.OnceValue(func() map[string]int {
	counts := map[string]int{}
	for _, text := range understand.CorpusTexts() {
		// Only words typed in lowercase count: a name or a place is
		// mostly written with a capital, and no word is a slip of one.
		for _, w := range strings.FieldsFunc(text, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		}) {
			if w = strings.Trim(w, "'"); plainLetters(w) {
				counts[w]++
			}
		}
	}
	return counts
})

// slipFix gives the common word low (lowercase letters only) is a slip of,
// and false when it is no slip or when two common words fit as well.
func slipFix(low string) (string, bool) {
	if len(low) < slipMinLen-1 || !plainLetters(low) || people.IsFirstName(low) {
		return "", false
	}
	counts := slipCorpusWords()
	if counts[low] > 0 || slipKnown[low] {
		return "", false
	}
	best, bestN, tie := "", 0, false
	try := func(c string) {
		n := counts[c]
		if len(c) < slipMinLen || n < slipSeen || c == best {
			return
		}
		switch {
		case n > bestN:
			best, bestN, tie = c, n, false
		case n == bestN:
			tie = true
		}
	}
	b := []byte(low)
	odd := unseenRun(low)
	for i := 0; i+1 < len(b); i++ {
		// Two letters swapped, in a word long enough and common enough
		// that a real word is unlikely to be one swap away.
		s := append([]byte(nil), b...)
		s[i], s[i+1] = s[i+1], s[i]
		if len(b) >= 6 && counts[string(s)] >= slipSwapSeen && odd {
			try(string(s))
		}
	}
	for i := 1; i < len(b); i++ {
		// A letter left out inside the word: one of a double, or a vowel,
		// when what is left has letters in a row no word has ("evry",
		// "answr"; never "spin" for "spain", "chose" for "choose").
		for _, c := range []byte("aeiou") {
			if odd {
				try(low[:i] + string(c) + low[i:])
			}
		}
		if !isVowel(b[i-1]) || !isVowel(b[i]) {
			// A double vowel put back only where the word is odd:
			// "chose" is a word of its own, "acident" is not.
			for _, x := range []byte{b[i-1], b[i]} {
				if odd || !isVowel(x) {
					try(low[:i] + string(x) + low[i:])
				}
			}
		}
	}
	if len(b) >= 9 && odd {
		// One vowel for another, only in a long word.
		for i, c := range b {
			if !isVowel(c) {
				continue
			}
			for _, v := range []byte("aeiou") {
				if v != c {
					try(low[:i] + string(v) + low[i+1:])
				}
			}
		}
	}
	if best == "" || tie {
		return "", false
	}
	return best, true
}

func plainLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// unseenRun reports whether w holds three letters in a row that no word
// seen at least slipSeen times holds: the mark of letters typed out of
// order ("thouhgt"), which a real word one swap from another ("singing",
// "signing") lacks.
func unseenRun(w string) bool {
	runs := slipRuns()
	for i := 0; i+3 <= len(w); i++ {
		if !runs[w[i:i+3]] {
			return true
		}
	}
	return false
}

// slipRuns are the three-letter runs of the common words.
var slipRuns = sync.OnceValue(func() map[string]bool {
	runs := map[string]bool{}
	for w, n := range slipCorpusWords() {
		if n < slipSeen {
			continue
		}
		for i := 0; i+3 <= len(w); i++ {
			runs[w[i:i+3]] = true
		}
	}
	return runs
})
