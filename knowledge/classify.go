package knowledge

import (
	"math"
)

// The matcher scores a section by its single closest example, which finds a
// question worded like one asked before but misses one that shares a word
// here with one example and a word there with another. The section model
// reads all the examples of a section together: a multinomial naive Bayes
// model over the matcher's own features (stems, stem pairs, character
// n-grams, concepts), counted at load from the listed questions, the titles
// and the questions of the labelled sets. Its probability for each section,
// weighted by classMix, is added to the section's score.
//
// The settings were chosen with each question set left out in turn, the
// model learning from the other sets (TestSectionModelLeavingSetsOut, and a
// wider search over the smoothing, the weight of a character n-gram and of
// a listed question): pooled search recall@1 went from 0.872 without the
// model to 0.906, and on the three sets written last by other people from
// 0.876, 0.739 and 0.797 to 0.922, 0.817 and 0.876. Settings near these do
// about as well.

// classMix is how much a section the model is sure of (probability 1) adds
// to its score; classTemp flattens the model's probabilities, which naive
// Bayes makes far too sure; classSmooth is its additive smoothing,
// classCharWeight how much a character n-gram counts next to a stem, and
// classListed how much one of the guide's own listed questions or titles
// counts next to a question of a labelled set, whose labels are looser.
// classPrior weighs how often each section was asked for: at 0 every
// section starts equal, so one asked for often (a document's lead) does not
// win a question a narrower section answers.
var (
	classMix        = 16.0
	classTemp       = 5.0
	classSmooth     = 0.01
	classCharWeight = 0.1
	classPrior      = 0.0
	classListed     = 2.0
)

// cpost is one section's log-likelihood gain for a feature: how much more
// the feature says for it than for a section never seen with it.
type cpost struct {
	sec  int32
	gain float32
}

// sectionModel is the naive Bayes model, over the matcher's feature ids.
type sectionModel struct {
	post   [][]cpost // by feature id, sections in order
	unseen []float32 // by section: the log-likelihood of a feature never seen with it
	prior  []float32 // by section
}

// newSectionModel counts, for every feature of the matcher m, the examples
// of each section that have it.
func newSectionModel(m *matcher) *sectionModel {
	nSec := m.nSec
	sm := &sectionModel{post: make([][]cpost, len(m.post)), unseen: make([]float32, nSec), prior: make([]float32, nSec)}
	totals := make([]float64, nSec)
	docs := make([]float64, nSec)
	for _, s := range m.exSec {
		docs[s]++
	}
	counts := make([]float64, nSec)
	var touched []int32
	// First the totals, then each feature's gains against them.
	for f, ps := range m.post {
		v := m.featureValue(int32(f))
		for _, p := range ps {
			totals[m.exSec[p.ex]] += v * m.exampleValue(p.ex)
		}
	}
	nf := float64(len(m.post))
	n := float64(len(m.exSec))
	for k := range nSec {
		sm.unseen[k] = float32(math.Log(classSmooth / (totals[k] + classSmooth*nf)))
		sm.prior[k] = float32(math.Log((docs[k] + 1) / (n + float64(nSec))))
	}
	for f, ps := range m.post {
		v := m.featureValue(int32(f))
		for _, p := range ps {
			s := m.exSec[p.ex]
			if counts[s] == 0 {
				touched = append(touched, s)
			}
			counts[s] += v * m.exampleValue(p.ex)
		}
		// Postings are in example order and examples in section order
		// but for the asked ones: sort the few sections touched.
		sortInt32(touched)
		out := make([]cpost, len(touched))
		for i, s := range touched {
			lt := math.Log((counts[s] + classSmooth) / (totals[s] + classSmooth*nf))
			out[i] = cpost{sec: s, gain: float32(lt) - sm.unseen[s]}
			counts[s] = 0
		}
		sm.post[f] = out
		touched = touched[:0]
	}
	return sm
}

// featureValue is how much a feature counts in the model: one for a stem, a
// stem pair or a concept, classCharWeight for a character n-gram.
func (m *matcher) featureValue(f int32) float64 {
	if m.space[f] == spaceChar {
		return classCharWeight
	}
	return 1
}

// exampleValue is how much an example counts in the model: classListed
// for the guide's own listed questions and titles, 1 for a question of a
// labelled set.
func (m *matcher) exampleValue(ex int32) float64 {
	if m.exAsked[ex] {
		return 1
	}
	return classListed
}

// probs returns the model's probability of every section for a query whose
// known features are q, nil when it has none.
func (sm *sectionModel) probs(m *matcher, q []fcount) []float64 {
	if sm == nil || len(q) == 0 {
		return nil
	}
	out := make([]float64, len(sm.prior))
	var total float64
	for _, f := range q {
		v := m.featureValue(f.id)
		total += v
		for _, p := range sm.post[f.id] {
			out[p.sec] += v * float64(p.gain)
		}
	}
	best := math.Inf(-1)
	for k := range out {
		out[k] += classPrior*float64(sm.prior[k]) + total*float64(sm.unseen[k])
		best = max(best, out[k])
	}
	var sum float64
	for k := range out {
		out[k] = math.Exp((out[k] - best) / classTemp)
		sum += out[k]
	}
	for k := range out {
		out[k] /= sum
	}
	return out
}

// sortInt32 sorts a short slice in place.
func sortInt32(s []int32) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
