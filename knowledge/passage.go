package knowledge

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of a passage: a few whole sentences, short enough for a chat
// message.
const (
	passageSentences = 3
	passageChars     = 420
	// A passage shorter than this borrows the next paragraph's opening.
	passageShort = 140
)

// stanceMatch is how much of a listed question's weight a query must
// share before the section's stance on it opens an answer.
const stanceMatch = 0.7

// coverage returns the share of the query's meaning that section sec
// matches: each concept of the query (a word with its synonyms, or a
// phrase) weighs the idf of the person's own word, and counts as matched
// when the section has any of its stems. A word the guide does not have at
// all weighs the most, so a question about something else scores low.
//
// ideas maps a stem of the query to the guide concepts its word is part of
// ("ignoring" in "ignoring my texts" is a silence): the word counts as
// matched too when the section speaks of one of them.
func (ix *index) coverage(sec int32, cs []concept, ideas map[string][]string) float64 {
	var total, matched float64
	for _, c := range cs {
		w := ix.unknownIDF()
		if !c.guess {
			w = ix.stemIDF(c.stems[0])
		}
		w *= c.count
		total += w
		if ix.hasAny(sec, c.stems) || ix.hasIdea(sec, c.stems, ideas) {
			matched += w
		}
	}
	if total == 0 {
		return 0
	}
	return matched / total
}

// hasAny reports whether section sec has one of the terms.
func (ix *index) hasAny(sec int32, terms []string) bool {
	for _, st := range terms {
		if id, ok := ix.termIDs[st]; ok && ix.has(id, sec) {
			return true
		}
	}
	return false
}

// hasIdea reports whether section sec speaks of a concept one of stems is
// part of, by ideas.
func (ix *index) hasIdea(sec int32, stems []string, ideas map[string][]string) bool {
	for _, st := range stems {
		if ix.hasAny(sec, ideas[st]) {
			return true
		}
	}
	return false
}

// unknownIDF is the idf a term in no section would have.
func (ix *index) unknownIDF() float64 {
	n := float64(len(ix.length))
	return math.Log(1 + (n+0.5)/0.5)
}

// has reports whether term id occurs in section sec.
func (ix *index) has(id, sec int32) bool {
	p := ix.postings[id]
	i := sort.Search(len(p), func(i int) bool { return p[i].sec >= sec })
	return i < len(p) && p[i].sec == sec
}

// passageFrom is passage over a body already split into sentences.
func passageFrom(sents []sentence, weights map[string]float64) string {
	var paras [][]sentence
	for _, s := range sents {
		if len(paras) == 0 || paras[len(paras)-1][0].para != s.para {
			paras = append(paras, nil)
		}
		paras[len(paras)-1] = append(paras[len(paras)-1], s)
	}
	if len(paras) == 0 {
		return ""
	}
	// The guide says the main thing first, so a passage starts at the top of
	// the paragraph that matches best; only a match deep in a long
	// paragraph starts it at the matching sentence.
	bp, bs, best := 0, 0, 0.0
	for i, p := range paras {
		for j, s := range p {
			if sc := s.score(weights); sc > best*1.25 || (best == 0 && sc > 0) {
				bp, bs, best = i, j, sc
			}
		}
	}
	switch {
	case bs == 0:
	case bs < passageSentences && opensParagraph(paras[bp][0], weights):
		bs = 0
	case leansBack(paras[bp][bs].text):
		bs--
	}
	var out []string
	n := 0
	for _, s := range paras[bp][bs:] {
		if len(out) == passageSentences || (len(out) > 0 && n+1+utf8.RuneCountInString(s.text) > passageChars) {
			break
		}
		out = append(out, s.text)
		n += 1 + utf8.RuneCountInString(s.text)
	}
	out[0] = withoutLink(out[0])
	if n < passageShort && len(out) < passageSentences && bs+len(out) == len(paras[bp]) && bp+1 < len(paras) {
		if next := paras[bp+1][0].text; n+1+utf8.RuneCountInString(next) <= passageChars && !strings.HasSuffix(next, ":") {
			out = append(out, next)
		}
	}
	return strings.Join(out, " ")
}

// topicSentence is the length under which an opening sentence that shares
// no word with the question still states the paragraph's point ("There is
// no single right rhythm.").
const topicSentence = 60

// opensParagraph reports whether a paragraph's first sentence belongs at
// the start of a passage: it shares a word with the question, or it is a
// short statement of the paragraph's point.
func opensParagraph(first sentence, weights map[string]float64) bool {
	return utf8.RuneCountInString(first.text) < topicSentence || first.score(weights) > 0
}

// leansBack reports whether a sentence refers to the one before it and
// cannot open an answer alone: by its first word ("They can…"), or by the
// first word after a short lead-in ("Used well, they can…").
func leansBack(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	if refersBack(words[0]) {
		return true
	}
	for i := 0; i < len(words)-1 && i < 4; i++ {
		if strings.HasSuffix(words[i], ",") {
			return refersBack(words[i+1])
		}
	}
	return false
}

// withoutLink drops the linking word a passage's first sentence opens
// with when it opens a paragraph of the guide ("Then speak for
// yourself…"): standing first in an answer, the link has nothing before it.
// Words that point at something ("This", "They") are left, for leansBack.
func withoutLink(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || rest == "" {
		return s
	}
	switch strings.ToLower(strings.TrimRight(first, ",")) {
	case "then", "so", "also", "and":
		r, size := utf8.DecodeRuneInString(rest)
		return string(unicode.ToUpper(r)) + rest[size:]
	}
	return s
}

// refersBack reports a word that, opening a sentence or its main clause,
// points at what came before.
func refersBack(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",:;")) {
	case "this", "that", "these", "those", "it", "they", "then", "but", "and", "so", "also", "even", "there", "such", "both", "here":
		return true
	}
	return false
}

// askStance is a listed question that carries a stance, its distinct stems
// and their idf worked out once when the guide is indexed.
type askStance struct {
	stance string
	frame  frame
	read   stancedQuestion
	stems  []string
	idf    []float64
}

// askStances stems the listed questions of a section that carry a stance.
func (ix *index) askStances(asks []string) []askStance {
	var out []askStance
	for _, a := range asks {
		q, st := askParts(a)
		if st == "" {
			continue
		}
		as := askStance{stance: st, frame: frameOf(q), read: ix.readStanced(q)}
		scanWords(q, func(word []byte) {
			s := ix.stemOf(word)
			if s == "" || slices.Contains(as.stems, s) {
				return
			}
			as.stems = append(as.stems, s)
			as.idf = append(as.idf, ix.stemIDF(s))
		})
		out = append(out, as)
	}
	return out
}

// stance returns the stance a section takes on the listed question closest
// to the query, when the query shares most of that question's weight;
// otherwise "". The stance is said to a question put in frame qf.
func stance(asks []askStance, weights map[string]float64, qf frame, qm meaning) string {
	best, bestShare := "", 0.0
	for _, a := range asks {
		st := stanceFor(a.stance, qf, a.frame)
		if st == "" || !a.read.fits(qm) {
			continue
		}
		var total, matched float64
		for i, s := range a.stems {
			total += a.idf[i]
			if weights[s] > 0 {
				matched += a.idf[i]
			}
		}
		if total > 0 && matched/total > bestShare {
			best, bestShare = st, matched/total
		}
	}
	if bestShare < stanceMatch {
		return ""
	}
	return best
}
