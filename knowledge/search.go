package knowledge

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent"
)

// BM25 parameters and how much a word counts in each part of a section. A
// word in a heading says more about a section than one in its body, and a
// document's tags and title describe every section in it.
const (
	bm25K1         = 1.2
	bm25B          = 0.75
	titleWeight    = 4
	tagWeight      = 1
	askWeight      = 4
	docTitleWeight = 1
	bodyWeight     = 1
)

// Limits that keep a pasted essay from costing more than a question.
const (
	maxQueryBytes = 2000
	maxQueryTerms = 48
)

// posting says how often a term occurs in one section, weighted by field.
type posting struct {
	sec int32
	tf  float32
}

// index is an inverted index over the sections' stems.
type index struct {
	termIDs  map[string]int32
	postings [][]posting
	length   []float32 // weighted number of terms per section
	avgLen   float64
	scratch  sync.Pool // *scores
	terms    []string  // stems by term id
	// wordIDs maps every word in the guide to its term id, so each word is
	// stemmed once while indexing and snippets need hardly any stemming.
	wordIDs map[string]int32
	vocab   *vocabulary   // the guide's words, for spelling correction
	sents   [][]sentence  // each section's sentences, split and stemmed once
	stances [][]askStance // each section's listed questions with a stance, stemmed once
	asked   *askedField   // the questions people asked of each section, from the question sets
	leans   doerLeans     // the doer each section's listed questions put to a concept
}

// scores accumulates one query's per-section scores.
type scores struct {
	sum     []float64
	touched []int32
}

// newIndex indexes the sections; asked, when given, holds for each section
// the questions of the labelled sets that name it, indexed as a field of
// their own (askedField).
func newIndex(secs []agent.Section, asked ...[]string) *index {
	ix := &index{
		termIDs: make(map[string]int32),
		wordIDs: make(map[string]int32),
		length:  make([]float32, len(secs)),
	}
	var (
		counts  []float32 // by term id, for the current section
		touched []int32   // term ids with a count in the current section
		total   float64
	)
	for i, s := range secs {
		var length float32
		add := func(text string, w float32) {
			scanWords(text, func(word []byte) {
				if !indexableBytes(word) {
					return
				}
				id, ok := ix.wordIDs[string(word)]
				if !ok {
					id = ix.termID(stem(string(word)))
					ix.wordIDs[string(word)] = id
					for len(counts) < len(ix.terms) {
						counts = append(counts, 0)
					}
				}
				if counts[id] == 0 {
					touched = append(touched, id)
				}
				counts[id] += w
				length += w
			})
			addTerm := func(term string) {
				id := ix.termID(term)
				for len(counts) < len(ix.terms) {
					counts = append(counts, 0)
				}
				if counts[id] == 0 {
					touched = append(touched, id)
				}
				counts[id] += w
				length += w
			}
			guideConcepts.find(words(text), ix.anyStem, addTerm)
			doneConcepts(text, ix.anyStem, addTerm)
		}
		add(s.Title, titleWeight)
		for _, t := range s.Tags {
			add(t, tagWeight)
		}
		if s.Document != s.Title {
			add(s.Document, docTitleWeight)
		}
		add(plainText(s.Body), bodyWeight)
		for _, a := range s.Asks {
			q, _ := askParts(a)
			add(q, askWeight)
		}
		for _, id := range touched {
			ix.postings[id] = append(ix.postings[id], posting{sec: int32(i), tf: counts[id]})
			counts[id] = 0
		}
		touched = touched[:0]
		ix.length[i] = length
		total += float64(length)
	}
	if len(secs) > 0 {
		ix.avgLen = total / float64(len(secs))
	}
	if ix.avgLen == 0 {
		ix.avgLen = 1
	}
	ix.vocab = newVocabulary(ix)
	ix.asked = newAskedField(ix, len(secs), asked)
	ix.leans = newDoerLeans(secs, ix.anyStem)
	ix.sents = make([][]sentence, len(secs))
	for i, s := range secs {
		ix.sents[i] = splitSentences(s.Body, ix.stemOf)
	}
	ix.stances = make([][]askStance, len(secs))
	for i, s := range secs {
		ix.stances[i] = ix.askStances(s.Asks)
	}
	// Postings were appended section by section, so each list is sorted.
	// Copying the lists that grew with much spare room gives that room back.
	for i, p := range ix.postings {
		if cap(p)-len(p) > 8 {
			ix.postings[i] = slices.Clone(p)
		}
	}
	return ix
}

// anyStem returns the stem of a lowercased word, stop words included.
func (ix *index) anyStem(word string) string {
	if id, ok := ix.wordIDs[word]; ok {
		return ix.terms[id]
	}
	return wordStem(word, nil)
}

// conceptWeight is how much a concept the question speaks of counts in its
// BM25 score, next to 1 for each of its own words. A concept also counts in
// the listed-question match and the section model, so in the words' score
// it counts for less than a word (TestSearchWeightsLeavingSetsOut).
var conceptWeight = 0.7

// passageConceptWeight is how much a concept the question speaks of counts
// in choosing the sentences of the answer, next to 1 for each of its words.
const passageConceptWeight = 1.0

// withConcepts adds to q the concepts found in the person's own words and
// in the words as corrected, at conceptWeight.
func withConcepts(q []weightedTerm, own, corrected []string) []weightedTerm {
	add := func(t string) {
		for i := range q {
			if q[i].stem == t {
				return
			}
		}
		q = append(q, weightedTerm{stem: t, weight: conceptWeight})
	}
	guideConcepts.find(own, stem, add)
	if len(corrected) == len(own) && !slices.Equal(own, corrected) {
		guideConcepts.find(corrected, stem, add)
	}
	return q
}

// stemOf returns the stem of a lowercased word, or "" for a stop word or a
// lone letter, which are never terms.
func (ix *index) stemOf(word []byte) string {
	if !indexableBytes(word) {
		return ""
	}
	if id, ok := ix.wordIDs[string(word)]; ok {
		return ix.terms[id]
	}
	return stem(string(word))
}

// termID returns the id of a stem, adding it when new.
func (ix *index) termID(st string) int32 {
	id, ok := ix.termIDs[st]
	if !ok {
		id = int32(len(ix.terms))
		ix.termIDs[st] = id
		ix.terms = append(ix.terms, st)
		ix.postings = append(ix.postings, nil)
	}
	return id
}

// idf is BM25's inverse document frequency, always positive.
func (ix *index) idf(id int32) float64 {
	n := float64(len(ix.length))
	df := float64(len(ix.postings[id]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// stemIDF is the idf of a stem, or that of an unknown term.
func (ix *index) stemIDF(st string) float64 {
	if id, ok := ix.termIDs[st]; ok {
		return ix.idf(id)
	}
	return ix.unknownIDF()
}

// weightedTerm is a query stem and how much it counts: 1 for the person's
// own words, less for synonyms added by expansion.
type weightedTerm struct {
	stem   string
	weight float64
}

// hit is a ranked section.
type hit struct {
	sec   int32
	score float64
}

// rank scores every section containing a query term and returns the best k,
// by score and then by section id so equal scores always come out in the
// same order.
//
// sims, when not nil, are the query's matches with each section's listed
// questions, each added with the weight mix; probs, when not nil, the
// section model's probabilities, each added with the weight classMix to a
// section the query already reached by its words or its likeness to an
// example.
func (ix *index) rank(q []weightedTerm, k int, secs []agent.Section, sims []float32, mix float64, probs []float64) []hit {
	sc, _ := ix.scratch.Get().(*scores)
	if sc == nil || len(sc.sum) != len(ix.length) {
		sc = &scores{sum: make([]float64, len(ix.length))}
	}
	defer func() {
		for _, s := range sc.touched {
			sc.sum[s] = 0
		}
		sc.touched = sc.touched[:0]
		ix.scratch.Put(sc)
	}()
	for _, t := range q {
		id, ok := ix.termIDs[t.stem]
		if !ok {
			continue
		}
		w := t.weight * ix.idf(id)
		for _, p := range ix.postings[id] {
			tf := float64(p.tf)
			norm := 1 - bm25B + bm25B*float64(ix.length[p.sec])/ix.avgLen
			if sc.sum[p.sec] == 0 {
				sc.touched = append(sc.touched, p.sec)
			}
			sc.sum[p.sec] += w * tf * (bm25K1 + 1) / (tf + bm25K1*norm)
		}
	}
	ix.asked.score(q, sc)
	for i, m := range sims {
		if float64(m) <= matchFloor {
			continue
		}
		if sc.sum[i] == 0 {
			sc.touched = append(sc.touched, int32(i))
		}
		sc.sum[i] += mix * (float64(m) - matchFloor) / (1 - matchFloor)
	}
	for i, p := range probs {
		// A section nothing else found is not brought in by the model
		// alone, and a probability this small would not move it.
		if p < 1e-3 || sc.sum[i] == 0 {
			continue
		}
		sc.sum[i] += classMix * p
	}
	// A section on one side of an act the question asks about from the
	// other side ("she never answers me" to the section on being slow to
	// answer oneself) counts for less.
	var done map[string]bool
	for _, t := range q {
		if strings.Contains(t.stem, "@") {
			if done == nil {
				done = map[string]bool{}
			}
			done[t.stem] = true
		}
	}
	if done != nil {
		for _, s := range sc.touched {
			sc.sum[s] *= ix.leans.scale(s, done)
		}
	}
	better := func(a, b hit) bool {
		if a.score != b.score {
			return a.score > b.score
		}
		return secs[a.sec].ID < secs[b.sec].ID
	}
	// Keep the best k in a sorted slice: k is small next to the matches.
	top := make([]hit, 0, min(k, len(sc.touched)))
	for _, s := range sc.touched {
		h := hit{sec: s, score: sc.sum[s]}
		if len(top) == k && !better(h, top[k-1]) {
			continue
		}
		i := sort.Search(len(top), func(i int) bool { return better(h, top[i]) })
		if len(top) < k {
			top = append(top, hit{})
		}
		copy(top[i+1:], top[i:])
		top[i] = h
	}
	return top
}

// Search returns up to k sections ranked best first for a free-text query,
// each with a short snippet around its best-matching sentence. It returns
// nil for k <= 0, for a query with no meaningful words, and when nothing
// matches.
func (kb *KB) Search(query string, k int) []agent.Section {
	if k <= 0 || kb == nil || kb.idx == nil {
		return nil
	}
	clipped := clipQuery(query)
	own := words(clipped)
	ws, trust := kb.idx.correctWords(own)
	q := querySynonyms.expand(ws, trust)
	cs := storyLess(querySynonyms.concepts(ws, trust), clipped)
	q = withConcepts(q, own, ws)
	if len(q) == 0 {
		return nil
	}
	qm := kb.idx.meaningOf(clipped)
	// In a fixed order, so the scores sum the same way every time.
	for _, t := range slices.Sorted(maps.Keys(qm.done)) {
		q = append(q, weightedTerm{stem: t, weight: conceptWeight})
	}
	mr := kb.match.match(clipped, kb.idx.stemOf)
	// A question with slips in it is matched as typed and as corrected,
	// and each section keeps the closer of the two: the grams of "agian"
	// meet no listed question, those of "again" do.
	if !slices.Equal(ws, own) {
		fixed := kb.match.match(strings.Join(ws, " "), kb.idx.stemOf)
		for i, v := range fixed.sims {
			if v > mr.sims[i] {
				mr.sims[i], mr.closest[i] = v, fixed.closest[i]
			}
			if fixed.listedSim[i] > mr.listedSim[i] {
				mr.listedSim[i] = fixed.listedSim[i]
			}
		}
	}
	qf := frameOf(query)
	sims, closest := mr.sims, mr.closest
	hits := kb.idx.rank(q, k, kb.sections, sims, askMix, mr.probs)
	if len(hits) == 0 {
		return nil
	}
	// The passage and the snippet weigh a concept as much as a word: the
	// lower weight in ranking is for a concept also counting in the match
	// with the listed questions, which choosing sentences has no part in.
	weights := make(map[string]float64, len(q))
	for _, t := range q {
		if id, ok := kb.idx.termIDs[t.stem]; ok {
			w := t.weight
			if strings.HasPrefix(t.stem, conceptPrefix) && conceptWeight > 0 {
				w *= passageConceptWeight / conceptWeight
			}
			weights[t.stem] = w * kb.idx.idf(id)
		}
	}
	// A sentence about the same act done by the same person counts as
	// much again as the concept, so the passage takes the asker's side.
	for t := range qm.done {
		weights[t] = kb.idx.stemIDF(t[:strings.LastIndexByte(t, '@')])
	}
	passWeights := kb.idx.conditionLess(weights, own)
	ideas := map[string][]string{}
	guideConcepts.findSpans(ws, kb.idx.anyStem, func(term string, from, to int) {
		if sceneConcepts[term] {
			return
		}
		for k := from; k < to; k++ {
			st := stem(ws[k])
			ideas[st] = appendNew(ideas[st], term)
		}
	})
	out := make([]agent.Section, len(hits))
	for i, h := range hits {
		s := cloneSection(kb.sections[h.sec])
		s.Score = h.score
		s.Snippet = snippetFrom(kb.idx.sents[h.sec], weights, maxSnippet, kb.idx.stemOf)
		if s.Snippet == "" {
			s.Snippet = clip(s.Title, maxSnippet-1)
		}
		s.Coverage = kb.idx.coverage(h.sec, cs, ideas)
		pw := passWeights
		// A listed question says in the guide's terms what was asked; a
		// question learned from a set is only another person's wording.
		if sims != nil && float64(sims[h.sec]) >= stanceSim && !kb.match.exAsked[closest[h.sec]] {
			pw = kb.idx.withAsk(passWeights, kb.match.exText[closest[h.sec]])
		}
		s.Passage = passageFrom(kb.idx.sents[h.sec], pw)
		s.Stance = stance(kb.idx.stances[h.sec], weights, qf, qm)
		if mr.probs != nil {
			s.Likely = mr.probs[h.sec]
		}
		if sims != nil {
			s.Match = float64(sims[h.sec])
			// The stance on the listed question most like the query,
			// found by the matcher, beats one found by shared stems.
			ex := closest[h.sec]
			if st := kb.match.exStand[ex]; st != "" && s.Match >= stanceSim {
				s.Stance = ""
				if kb.stanced[ex].fits(qm) {
					s.Stance = stanceFor(st, qf, kb.match.exFrame[ex])
				}
			} else if st := kb.match.looseStance(mr, h.sec, qf, kb.stanced, qm); st != "" {
				s.Stance = st
			} else if st := kb.match.steadyStance(clipped, mr, h.sec, qf, kb.stanced, qm); st != "" && s.Stance == "" {
				s.Stance = st
			}
		}
		out[i] = s
	}
	return out
}

// clipQuery cuts an overlong query at a rune boundary.
func clipQuery(q string) string {
	if len(q) <= maxQueryBytes {
		return q
	}
	cut := maxQueryBytes
	for cut > 0 && !utf8.RuneStart(q[cut]) {
		cut--
	}
	return strings.ToValidUTF8(q[:cut], "")
}

// askPassageWeight is how much the words of the listed question closest to a
// query count, next to the query's own, in choosing the passage: the listed
// question says in the guide's terms what the person asked.
const askPassageWeight = 0.5

// withAsk returns weights with the stems of ask added at askPassageWeight
// of their idf, where the query does not have them already.
func (ix *index) withAsk(weights map[string]float64, ask string) map[string]float64 {
	out := make(map[string]float64, len(weights)+8)
	for k, v := range weights {
		out[k] = v
	}
	scanWords(ask, func(word []byte) {
		st := ix.stemOf(word)
		if st == "" || out[st] > 0 {
			return
		}
		out[st] = askPassageWeight * ix.stemIDF(st)
	})
	return out
}

// conditionWeight is how much the words of the condition a question is
// asked under count in choosing its passage: in "how do i keep in touch
// with friends when i move abroad" keeping in touch is asked about, and the
// move is only when, so the passage on keeping in touch comes first.
const conditionWeight = 0.5

// conditionLess returns weights with the stems and concepts of the words
// after a "when" or "if" that opens a condition, past the question's first
// words, scaled by conditionWeight; weights itself when there is none.
func (ix *index) conditionLess(weights map[string]float64, ws []string) map[string]float64 {
	at := -1
	for i, w := range ws {
		if i >= 3 && (w == "when" || w == "if") {
			at = i
			break
		}
	}
	if at < 0 {
		return weights
	}
	out := make(map[string]float64, len(weights))
	for k, v := range weights {
		out[k] = v
	}
	scale := func(st string) {
		if v, ok := out[st]; ok && v == weights[st] {
			out[st] = v * conditionWeight
		}
	}
	for _, w := range ws[at+1:] {
		scale(ix.anyStem(w))
	}
	guideConcepts.find(ws[at+1:], ix.anyStem, func(term string) {
		scale(term)
		scale(term + doerSuffix[doerSelf])
		scale(term + doerSuffix[doerOther])
	})
	return out
}

// sceneConcepts only set the scene of a question (work, a community, a busy
// week, a move), so a section that speaks of the same scene does not cover
// the question for it: "how do i ask my boss for a raise" is not about
// colleagues the way the guide is.
var sceneConcepts = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range []string{"work", "busy", "community", "interests", "new place", "social media",
		"good news", "how often", "the plan", "clarity", "in person", "far apart"} {
		m[conceptPrefix+strings.ReplaceAll(name, " ", "_")] = true
	}
	return m
}()

// storyCount is how much a word of the story told before a question counts
// towards the share of the question a section covers, next to 1 for a
// word of the sentence that asks: in "we moved in september for his job,
// the kids have school and i freeze up. how am i supposed to meet anyone
// here" a section on meeting people in a new place answers, though it
// says nothing of school or jobs.
var storyCount = 0.5

// storyLess returns cs with the concepts that only the story before the
// asking sentence speaks of counted at storyCount; cs itself when the
// query is one sentence.
func storyLess(cs []concept, query string) []concept {
	ask := askingSentence(query)
	if ask == "" || storyCount == 1 {
		return cs
	}
	asked := map[string]bool{}
	for _, w := range words(ask) {
		asked[stem(w)] = true
	}
	out := make([]concept, len(cs))
	for i, c := range cs {
		out[i] = c
		if !slices.ContainsFunc(c.stems, func(st string) bool { return asked[st] }) {
			out[i].count *= storyCount
		}
	}
	return out
}

// askingSentence returns the sentence of a query of several that asks: the
// last one with a question mark, else the last one; "" for a query of one
// sentence.
func askingSentence(query string) string {
	var sents []string
	for _, s := range sentences(query) {
		if len(words(s)) > 0 {
			sents = append(sents, s)
		}
	}
	if len(sents) < 2 {
		return ""
	}
	for i := len(sents) - 1; i >= 0; i-- {
		if strings.HasSuffix(sents[i], "?") {
			return sents[i]
		}
	}
	return sents[len(sents)-1]
}
