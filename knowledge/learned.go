package knowledge

import (
	"math"
	"strings"
	"sync"
)

// The listed questions of every section are examples of how people ask for
// it, and most questions people type are worded like one of them more than
// like the section's own text. The matcher learns, at load, a nearest-
// neighbour model over those examples: each listed question (and each
// section title) becomes a tf-idf vector over two feature spaces, the
// question's stems and stem pairs, and the character n-grams of its words,
// which still match through typos, slang spellings and word endings the
// stemmer misses. A query's match with a section is its best cosine with
// one of the section's examples, the two spaces counting equally. Search
// adds what it has above matchFloor, weighted by askMix, to the BM25 score.

// stanceSim is how close a query must be to a listed question for the
// stance listed with it to open the answer.
const stanceSim = 0.5

// askMix is how much a perfect match with a listed question adds to a
// section's BM25 score, and matchFloor the match below which a section gets
// nothing from it (a word or two in common with a short listed question is
// not a likeness). Both were chosen together by cross-validation on the
// tune and fresh questions (TestAskMixByCrossValidation), which sets them
// while it tries the alternatives. With the section model and the question
// sets learned from, askMix was chosen again on the answers with each set
// left out in turn, together with conceptWeight
// (TestSearchWeightsLeavingSetsOut): 32 rather than 24.
var (
	askMix     = 32.0
	matchFloor = 0.15
)

// Character n-grams run from minGram to maxGram bytes, over each word with
// a mark at either end so a gram can say "starts with" or "ends with".
const (
	minGram = 3
	maxGram = 5
)

// Feature spaces: a feature's hash starts with its space.
const (
	spaceWord byte = 'w'
	spaceChar byte = 'c'
)

// mpost is one example's weight for a feature, already normalised within
// the feature's space.
type mpost struct {
	ex int32
	w  float32
}

// matcher is the nearest-neighbour model over the listed questions.
type matcher struct {
	ids     map[uint64]int32 // feature hash to feature id
	idf     []float32        // by feature id
	post    [][]mpost        // by feature id
	space   []byte           // by feature id
	exSec   []int32          // by example: the section it belongs to
	exStand []string         // by example: the stance it lists, if any
	exText  []string         // by example: its words
	exFrame []frame          // by example: how its question is put
	exAsked []bool           // by example: from a question set, not the guide
	nSec    int
	steady  [nFrames][]polarity // by frame, then section: how its listed questions are all answered
	model   *sectionModel       // all of a section's examples read together
	scratch sync.Pool           // *matchScratch
}

// matchScratch holds one query's per-example dot products.
type matchScratch struct {
	word, char []float32
	touched    []int32
}

// example is one training text, its section and the stance the section
// takes on it ("Yes, once."), if any.
type example struct {
	sec    int32
	text   string
	stance string
	asked  bool // from a labelled question set rather than the guide
}

// newMatcher builds the model from every section's listed questions and
// title. stemOf gives a word's stem, "" for a stop word.
func newMatcher(examples []example, nSec int, stemOf func([]byte) string) *matcher {
	m := &matcher{ids: make(map[uint64]int32), nSec: nSec}
	vecs := make([][]fcount, len(examples))
	var (
		df, counts []float32 // by feature id
		touched    []int32   // feature ids with a count in the current example
	)
	for i, e := range examples {
		features(e.text, stemOf, func(h uint64, sp byte) {
			id, ok := m.ids[h]
			if !ok {
				id = int32(len(m.space))
				m.ids[h] = id
				m.space = append(m.space, sp)
				df = append(df, 0)
				counts = append(counts, 0)
			}
			if counts[id] == 0 {
				touched = append(touched, id)
				df[id]++
			}
			counts[id]++
		})
		v := make([]fcount, len(touched))
		for j, id := range touched {
			v[j] = fcount{id: id, w: counts[id]}
			counts[id] = 0
		}
		touched = touched[:0]
		vecs[i] = v
		m.exSec = append(m.exSec, e.sec)
		m.exStand = append(m.exStand, e.stance)
		m.exText = append(m.exText, e.text)
		// Only a stance is ever turned round, so only a question with
		// one needs its frame read.
		f := framePlain
		if e.stance != "" {
			f = frameOf(e.text)
		}
		m.exFrame = append(m.exFrame, f)
		m.exAsked = append(m.exAsked, e.asked)
	}
	m.steady = steadyPolarities(m.exSec, m.exStand, m.exFrame, m.exAsked, nSec)
	n := float64(len(examples))
	m.idf = make([]float32, len(df))
	for id, d := range df {
		m.idf[id] = float32(math.Log(1 + n/float64(d)))
	}
	// Postings are appended example by example, so each list is in example
	// order and every sum over them comes out the same each time.
	m.post = make([][]mpost, len(df))
	for i, v := range vecs {
		norm := m.weigh(v)
		for _, f := range v {
			if nn := norm[spaceIndex(m.space[f.id])]; nn > 0 {
				m.post[f.id] = append(m.post[f.id], mpost{ex: int32(i), w: f.w / float32(math.Sqrt(nn))})
			}
		}
	}
	m.model = newSectionModel(m)
	return m
}

// fcount is a feature of one text with its count, then its weight.
type fcount struct {
	id int32
	w  float32
}

// weigh turns the counts of v into tf-idf weights and returns the squared
// length of v in each space.
func (m *matcher) weigh(v []fcount) [2]float64 {
	var norm [2]float64
	for j := range v {
		w := tfWeight(v[j].w) * m.idf[v[j].id]
		v[j].w = w
		norm[spaceIndex(m.space[v[j].id])] += float64(w) * float64(w)
	}
	return norm
}

func tfWeight(tf float32) float32 { return 1 + float32(math.Log(float64(tf))) }

func spaceIndex(sp byte) int {
	if sp == spaceWord {
		return 0
	}
	return 1
}

// sims returns, for every section, the query's best cosine with one of the
// section's examples, from 0 to 1, and that example; nil when the query has
// no feature the model knows. The slices are the caller's.
func (m *matcher) sims(query string, stemOf func([]byte) string) ([]float32, []int32) {
	r := m.match(query, stemOf)
	return r.sims, r.closest
}

// matchResult is a query's likeness to every section's examples.
type matchResult struct {
	sims    []float32 // by section: the best cosine with one of its examples
	closest []int32   // by section: that example
	// stanced and stancedSim are, by the frame of the example's question
	// and then by section, the closest example that lists a stance and its
	// cosine (0 when none touched the query).
	stanced    [nFrames][]int32
	stancedSim [nFrames][]float32
	// listedSim is, by section, the best cosine with one of the guide's
	// own examples, its title and listed questions.
	listedSim []float32
	// probs is, by section, the section model's probability for the query
	// (nil when classMix is 0).
	probs []float64
}

// match is sims with, for every section, the closest of its examples that
// lists a stance as well.
func (m *matcher) match(query string, stemOf func([]byte) string) matchResult {
	if m == nil || len(m.exSec) == 0 {
		return matchResult{}
	}
	// A feature no example has still counts in the query's length, with
	// the idf of a feature seen once: a question mostly about things the
	// guide never mentions must not look like the one word it shares.
	var (
		q    []fcount          // in the order first seen, so sums repeat exactly
		at   = map[int32]int{} // feature id to its place in q
		norm [2]float64
	)
	unknown := math.Log(1 + float64(len(m.exSec)))
	features(query, stemOf, func(h uint64, sp byte) {
		id, ok := m.ids[h]
		if !ok {
			norm[spaceIndex(sp)] += unknown * unknown
			return
		}
		if j, ok := at[id]; ok {
			q[j].w++
			return
		}
		at[id] = len(q)
		q = append(q, fcount{id: id, w: 1})
	})
	if len(q) == 0 {
		return matchResult{}
	}
	var probs []float64
	if classMix > 0 {
		probs = m.model.probs(m, q)
	}
	known := m.weigh(q)
	norm[0] += known[0]
	norm[1] += known[1]
	sc, _ := m.scratch.Get().(*matchScratch)
	if sc == nil {
		sc = &matchScratch{word: make([]float32, len(m.exSec)), char: make([]float32, len(m.exSec))}
	}
	for _, f := range q {
		sp := spaceIndex(m.space[f.id])
		w := f.w / float32(math.Sqrt(norm[sp]))
		dots := sc.word
		if sp == 1 {
			dots = sc.char
		}
		for _, p := range m.post[f.id] {
			if sc.word[p.ex] == 0 && sc.char[p.ex] == 0 {
				sc.touched = append(sc.touched, p.ex)
			}
			dots[p.ex] += w * p.w
		}
	}
	r := matchResult{sims: make([]float32, m.nSec), closest: make([]int32, m.nSec), listedSim: make([]float32, m.nSec), probs: probs}
	for f := range r.stanced {
		r.stanced[f] = make([]int32, m.nSec)
		r.stancedSim[f] = make([]float32, m.nSec)
	}
	for _, ex := range sc.touched {
		s := (sc.word[ex] + sc.char[ex]) / 2
		sec := m.exSec[ex]
		if s > r.sims[sec] {
			r.sims[sec], r.closest[sec] = s, ex
		}
		if !m.exAsked[ex] && s > r.listedSim[sec] {
			r.listedSim[sec] = s
		}
		if f := m.exFrame[ex]; m.exStand[ex] != "" && s > r.stancedSim[f][sec] {
			r.stancedSim[f][sec], r.stanced[f][sec] = s, ex
		}
		sc.word[ex], sc.char[ex] = 0, 0
	}
	sc.touched = sc.touched[:0]
	m.scratch.Put(sc)
	return r
}

// features calls fn with the hash of every feature of text: each stem, each
// pair of neighbouring stems, each character n-gram of each word that is
// not a stop word, and each concept the words speak of.
func features(text string, stemOf func([]byte) string, fn func(h uint64, space byte)) {
	prev := ""
	var gram []byte
	var all []string
	scanWords(text, func(word []byte) {
		all = append(all, string(word))
		st := stemOf(word)
		if st == "" || fillers[string(word)] {
			// Stop words say how a question is put, not what about, and
			// their grams would make every short question alike.
			return
		}
		fn(hashOf(spaceWord, "", st), spaceWord)
		if prev != "" {
			fn(hashOf(spaceWord, prev, st), spaceWord)
		}
		prev = st
		gram = append(append(append(gram[:0], '<'), word...), '>')
		for n := minGram; n <= maxGram; n++ {
			for i := 0; i+n <= len(gram); i++ {
				fn(hashBytes(spaceChar, gram[i:i+n]), spaceChar)
			}
		}
	})
	// The ideas the words speak of are features of their own, so two
	// wordings of one idea are alike even with no word in common.
	conceptStem := func(w string) string { return wordStem(w, stemOf) }
	guideConcepts.find(all, conceptStem, func(term string) {
		fn(hashOf(spaceWord, "", term), spaceWord)
	})
	// And who does them: the one not replying asks something else than
	// the one waiting for a reply.
	doneConcepts(text, conceptStem, func(term string) {
		fn(hashOf(spaceWord, "", term), spaceWord)
	})
}

// hashOf is 64-bit FNV-1a over the space, a and b.
func hashOf(space byte, a, b string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	h = (h ^ uint64(space)) * prime
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	h = (h ^ ' ') * prime
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return h
}

// hashBytes is 64-bit FNV-1a over the space and b.
func hashBytes(space byte, b []byte) uint64 {
	h := uint64(14695981039346656037)
	h = (h ^ uint64(space)) * 1099511628211
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// fillers are the words of chat that say how someone types, not what they
// ask about: to the matcher they are neither known nor unknown words.
var fillers = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		lol lmao lmfao rofl wtf omg tbh idk ngl imo imho fr rn btw pls plz thx ty ugh um umm uh hmm
		hey hi hello yeah yea ya yep nah ok okay ur
		literally honestly actually basically seriously totally kinda sorta gonna wanna gotta
		hell damn bloody freaking effing
	`) {
		m[w] = true
	}
	return m
}()
