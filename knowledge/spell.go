package knowledge

import (
	"slices"
	"strings"
)

// Spelling correction: a query word the guide has never seen is compared with
// the guide's own words, and the closest one within a small edit distance
// stands in for it at reduced weight. People type on phones, often upset;
// "lonley" or "boundries" should still find the right section.
const (
	// misspellingTrust scales the weights of a corrected word.
	misspellingTrust = 0.7
	// minCorrectLen is the shortest word worth correcting: short words have
	// too many neighbours to guess from.
	minCorrectLen = 4
	// maxVocabularyLen is the longest word kept for correction.
	maxVocabularyLen = 32
	// maxCorrections bounds the work one query can cause.
	maxCorrections = 6
)

// vocabulary is the words a misspelling may be corrected to, bucketed by
// length: the guide's own and those of the synonym table.
type vocabulary struct {
	byLen [maxVocabularyLen + 1][]vocabWord
}

// vocabWord is a correction candidate and how many sections hold its stem.
type vocabWord struct {
	word string
	df   int
}

func newVocabulary(ix *index) *vocabulary {
	v := &vocabulary{}
	seen := map[string]bool{}
	addWord := func(w string) {
		if seen[w] || len(w) < minCorrectLen-1 || len(w) > maxVocabularyLen || !isLowerASCII(w) || !isIndexable(w) {
			return
		}
		seen[w] = true
		df := 0
		if id, ok := ix.termIDs[stem(w)]; ok {
			df = len(ix.postings[id])
		}
		v.byLen[len(w)] = append(v.byLen[len(w)], vocabWord{word: w, df: df})
	}
	for w := range ix.wordIDs {
		addWord(w)
	}
	for _, g := range synonymGroups {
		for _, entry := range g {
			for _, w := range words(strings.TrimPrefix(entry, "=")) {
				addWord(w)
			}
		}
	}
	// The words of the concept list's phrases too, and the stop words, so
	// "shoud i text him agian" reads as "should i text him again": a slip
	// in a function word no longer counts as a word the guide lacks, and
	// the phrase it was part of is still found.
	addAny := func(w string) {
		if seen[w] || len(w) < minCorrectLen || len(w) > maxVocabularyLen || !isLowerASCII(w) {
			return
		}
		seen[w] = true
		v.byLen[len(w)] = append(v.byLen[len(w)], vocabWord{word: w})
	}
	for _, line := range strings.Split(conceptsText, "\n") {
		_, entries, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range words(entries) {
			addAny(w)
		}
	}
	for w := range stopWords {
		addAny(w)
	}
	for i := range v.byLen {
		slices.SortFunc(v.byLen[i], func(a, b vocabWord) int { return strings.Compare(a.word, b.word) })
	}
	return v
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// maxEdits is how many typing slips a word of this length may hold.
func maxEdits(n int) int {
	switch {
	case n < minCorrectLen:
		return 0
	case n < 9:
		return 1
	default:
		return 2
	}
}

// correctWords returns ws with unknown words replaced by their closest guide
// word, and how far each word is to be trusted (1 for the person's own).
func (ix *index) correctWords(ws []string) ([]string, []float64) {
	var out []string
	var trust []float64
	tries := 0
	for i, w := range ws {
		if tries >= maxCorrections {
			break
		}
		fixed, ok, tried := ix.correct(w)
		if tried {
			tries++
		}
		if ok {
			if out == nil {
				out = slices.Clone(ws)
				trust = make([]float64, len(ws))
				for j := range trust {
					trust[j] = 1
				}
			}
			out[i], trust[i] = fixed, misspellingTrust
		}
	}
	if out == nil {
		return ws, nil
	}
	return out, trust
}

// correct returns the guide word closest to w when w is unknown to both the
// guide and the synonym table: fewest edits, then the more common stem,
// then alphabetical order. tried reports whether the vocabulary was searched.
func (ix *index) correct(w string) (fixed string, ok, tried bool) {
	limit := maxEdits(len(w))
	if limit == 0 || !isLowerASCII(w) || !isIndexable(w) || ix.vocab == nil {
		return "", false, false
	}
	if _, ok := ix.wordIDs[w]; ok {
		return "", false, false
	}
	st := stem(w)
	if _, ok := ix.termIDs[st]; ok || querySynonyms.knows(st) || guideConcepts.knows(st) {
		return "", false, false
	}
	best, bestDist, bestDF := "", limit+1, -1
	for n := max(0, len(w)-limit); n <= min(maxVocabularyLen, len(w)+limit); n++ {
		for _, cand := range ix.vocab.byLen[n] {
			// Slips rarely hit the first letter; requiring it keeps
			// unrelated words from being taken for typos.
			if cand.word[0] != w[0] {
				continue
			}
			d := editDistance(w, cand.word, limit)
			if d > limit || d > bestDist {
				continue
			}
			if d < bestDist || cand.df > bestDF || cand.df == bestDF && cand.word < best {
				best, bestDist, bestDF = cand.word, d, cand.df
			}
		}
	}
	return best, best != "", true
}

// editDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbouring letters.
// It returns limit+1 as soon as the distance is known to exceed limit.
func editDistance(a, b string, limit int) int {
	if a == b {
		return 0
	}
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
