package understand

import (
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/companion-dev/companion/agent/modelcache"
)

// SureThreshold is the confidence from which a caller may act on a label
// without asking. Below it the message is ambiguous or unlike anything in
// the corpus: ask what the person meant, or offer the top labels of
// Result.Ranked as choices.
const SureThreshold = 0.7

// rankedLen is how many labels Result.Ranked holds at most.
const rankedLen = 3

// Classifier tells which label a message most likely has. It is safe for
// concurrent use. Get one from Default; the zero value is not usable.
type Classifier struct {
	m    *model
	fw   featureWeights
	pool sync.Pool // *scratch
}

// Scored is one label and the classifier's confidence in it.
type Scored struct {
	Label string
	// Confidence is the probability the model gives the label, in [0, 1];
	// the confidences of all labels add up to 1.
	Confidence float64
}

// Result is what Classify found.
type Result struct {
	// Label is the most likely label; empty when the message has no word,
	// number or emoji at all.
	Label string
	// Confidence is Label's probability, in [0, 1].
	Confidence float64
	// Ranked holds the most likely labels, best first (Label is the
	// first), at most three.
	Ranked []Scored
}

// Sure reports whether the result is confident enough to act on without
// asking (see SureThreshold).
func (r Result) Sure() bool { return r.Label != "" && r.Confidence >= SureThreshold }

// scratch holds the buffers of one Classify call.
type scratch struct {
	toks  []string
	hs    []uint32
	vs    []float32
	probs []float64
}

var (
	defaultOnce       sync.Once
	defaultClassifier *Classifier
)

// Default returns the classifier trained on the built-in corpus. The first
// call trains it (see the package doc for how long that takes), or reads it
// from the default model cache when it was kept there by an earlier start;
// later calls return the same classifier.
func Default() *Classifier {
	defaultOnce.Do(func() {
		examples, err := builtinCorpus()
		if err != nil {
			// The corpus is compiled in and checked by the tests.
			panic(fmt.Sprintf("understand: built-in corpus: %v", err))
		}
		defaultClassifier = trainKept(modelcache.Default(), intentKey(examples), defaults, func() []example { return examples })
	})
	return defaultClassifier
}

// newClassifier trains a classifier on examples.
func newClassifier(examples []example, p params) *Classifier {
	return &Classifier{m: train(examples, p), fw: p.fw}
}

// Labels returns the labels the classifier knows, in name order.
func (c *Classifier) Labels() []string { return slices.Clone(c.m.labels) }

// Classify labels one message. Any text is fine: empty, huge, invalid UTF-8.
func (c *Classifier) Classify(text string) Result {
	s, _ := c.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{probs: make([]float64, len(c.m.labels))}
	}
	defer c.pool.Put(s)
	s.toks = tokens(text, s.toks[:0])
	if len(s.toks) == 0 {
		return Result{}
	}
	s.hs, s.vs = features(s.toks, c.fw, s.hs[:0], s.vs[:0])
	c.m.scores(s.hs, s.vs, s.probs)
	softmax(s.probs, c.m.temperature)
	return c.result(s.probs)
}

// result ranks the labels by probability, ties by name.
func (c *Classifier) result(probs []float64) Result {
	ranked := make([]Scored, 0, rankedLen)
	for k, p := range probs {
		ranked = insertRanked(ranked, Scored{Label: c.m.labels[k], Confidence: p})
	}
	return Result{Label: ranked[0].Label, Confidence: ranked[0].Confidence, Ranked: ranked}
}

// insertRanked adds s to ranked, kept sorted best first and at most
// rankedLen long.
func insertRanked(ranked []Scored, s Scored) []Scored {
	i, _ := slices.BinarySearchFunc(ranked, s, func(a, b Scored) int {
		return cmp.Or(cmp.Compare(b.Confidence, a.Confidence), cmp.Compare(a.Label, b.Label))
	})
	if i >= rankedLen {
		return ranked
	}
	if len(ranked) < rankedLen {
		ranked = append(ranked, Scored{})
	}
	copy(ranked[i+1:], ranked[i:])
	ranked[i] = s
	return ranked
}
