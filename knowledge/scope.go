package knowledge

import "math"

// The labelled question sets say of some questions that the guide does not
// cover them: a wedding speech, whether to divorce, asking someone out, how
// to tell a small child about a death. Such a question often shares its
// people and its feelings with a section and is answered from the nearest
// one, while the words that say what it is about (speech, divorce, ask out)
// are words the guide's questions never use. The scope model weighs that
// evidence: a naive Bayes model of two classes over the matcher's word
// features (stems, stem pairs, concepts), one class learned from the
// guide's titles, its listed questions and the questions of the sets that
// a section answers, the other from the questions of the sets it does not
// cover. Outside is its probability that a question is of the second kind,
// which the answer weighs before it offers a section that only comes near.

// scopeSmooth is the model's additive smoothing: a feature seen in one
// class only still counts for the other as seen a little.
const scopeSmooth = 0.1

// scopeModel is the two-class model.
type scopeModel struct {
	gain  map[uint64]float32 // by feature hash: log P(f|outside) - log P(f|inside)
	prior float64            // log P(outside) - log P(inside)
}

// newScopeModel learns the model from the texts the guide answers and those
// it does not.
func newScopeModel(inside, outside []string, stemOf func([]byte) string) *scopeModel {
	if len(outside) == 0 {
		return nil
	}
	count := func(texts []string) (map[uint64]float64, float64) {
		c := map[uint64]float64{}
		var total float64
		seen := map[string]bool{}
		for _, t := range texts {
			if seen[t] {
				continue
			}
			seen[t] = true
			features(t, stemOf, func(h uint64, sp byte) {
				if sp != spaceWord {
					return
				}
				c[h]++
				total++
			})
		}
		return c, total
	}
	in, inTotal := count(inside)
	out, outTotal := count(outside)
	vocab := map[uint64]bool{}
	for h := range in {
		vocab[h] = true
	}
	for h := range out {
		vocab[h] = true
	}
	v := float64(len(vocab))
	sm := &scopeModel{gain: make(map[uint64]float32, len(vocab))}
	for h := range vocab {
		pOut := (out[h] + scopeSmooth) / (outTotal + scopeSmooth*v)
		pIn := (in[h] + scopeSmooth) / (inTotal + scopeSmooth*v)
		sm.gain[h] = float32(math.Log(pOut / pIn))
	}
	sm.prior = math.Log(float64(len(outside)) / float64(len(inside)))
	return sm
}

// outside returns the model's probability that text is a question the
// guide does not cover; 0 when the model knows none of its features.
func (sm *scopeModel) outside(text string, stemOf func([]byte) string) float64 {
	if sm == nil {
		return 0
	}
	var sum float64
	known := 0
	seen := map[uint64]bool{}
	features(text, stemOf, func(h uint64, sp byte) {
		if sp != spaceWord || seen[h] {
			return
		}
		seen[h] = true
		if g, ok := sm.gain[h]; ok {
			sum += float64(g)
			known++
		}
	})
	if known == 0 {
		return 0
	}
	return 1 / (1 + math.Exp(-(sum + sm.prior)))
}

// Outside returns how likely the guide's model of its scope finds it that
// text asks something the guide does not cover, from 0 to 1; 0 when the
// guide learned from no question it does not cover. It is safe for
// concurrent use.
func (kb *KB) Outside(text string) float64 {
	if kb == nil || kb.idx == nil {
		return 0
	}
	return kb.scope.outside(clipQuery(text), kb.idx.stemOf)
}

// askedOutside returns the questions of the named sets that the guide does
// not cover ("-").
func askedOutside(names []string) []string {
	var out []string
	eachAsked(names, func(q, ids string) {
		if ids == "-" {
			out = append(out, q)
		}
	})
	return out
}
