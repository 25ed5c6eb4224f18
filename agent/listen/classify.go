package listen

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/companion-dev/companion/agent/modelcache"
)

// None is the label of an answer that carries a point but no particular
// feeling: a preference, a plan, a list of people.
const None = "none"

// minConfidence is the probability below which Feel says None: a weak guess
// at a feeling, named back to someone, is worse than naming none.
const minConfidence = 0.25

// Sure is the confidence from which a caller may name the feeling Feel
// found back to the person; below it, say the answer's point instead.
// Naming the wrong feeling ("that sounds like it meant a lot" to "I
// cringed") is worse than naming none. Set by hand, not tuned;
// TestHeldout reports how often a sure feeling is right.
const Sure = 0.45

// Feeling is what Feel found in an answer.
type Feeling struct {
	// Label is one of the labels of the corpus (grief, worry, …), or None.
	Label string
	// Confidence is the model's probability for Label, in [0, 1].
	Confidence float64
}

//go:embed testdata/tune.tsv
var tuneTSV string

var (
	defaultOnce  sync.Once
	defaultModel *model
)

// Feel names the feeling in an answer. It is safe for concurrent use; the
// first call trains the model, unless Warm did.
func Feel(answer string) Feeling {
	Warm()
	return deniedPride(answer, defaultModel.feel(answer))
}

// Warm trains the model Feel uses (or reads it from the default model
// cache, when an earlier start kept it there), so that the first answer it
// reads is not slowed by the training. A program calls it at start-up; later calls
// return at once. It is safe for concurrent use.
func Warm() {
	defaultOnce.Do(func() {
		defaultModel = trainKept(modelcache.Default(), tuneTSV)
	})
}

// example is one labelled answer of a corpus.
type example struct{ label, text string }

// parseCorpus reads "label<TAB>text" lines; blank lines and lines starting
// with # are skipped.
func parseCorpus(src string) ([]example, error) {
	var out []example
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, text, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(label) == "" || strings.TrimSpace(text) == "" {
			return nil, fmt.Errorf("corpus line %d: %w", n, errBadLine)
		}
		out = append(out, example{strings.TrimSpace(label), strings.TrimSpace(text)})
	}
	if len(out) == 0 {
		return nil, errEmptyCorpus
	}
	return out, nil
}

// model is a multinomial logistic regression over hashed features.
type model struct {
	labels []string
	rows   map[uint32]int // feature hash → row of w
	w      []float64      // row by row, one weight per label
	bias   []float64
}

// Training settings, fixed so that training is repeatable.
const (
	epochs = 100
	rate   = 0.3
	l2     = 1e-4
	seed   = 7
)

// encoded is an example's features as rows of the model being trained.
type encoded struct {
	label int
	rows  []int
	vals  []float64
}

func train(ex []example) *model {
	m := &model{rows: map[uint32]int{}}
	for _, e := range ex {
		if !slices.Contains(m.labels, e.label) {
			m.labels = append(m.labels, e.label)
		}
	}
	slices.Sort(m.labels)
	n := len(m.labels)
	data := make([]encoded, len(ex))
	for i, e := range ex {
		d := encoded{label: slices.Index(m.labels, e.label)}
		for _, f := range features(e.text) {
			r, ok := m.rows[f.h]
			if !ok {
				r = len(m.rows)
				m.rows[f.h] = r
			}
			d.rows = append(d.rows, r)
			d.vals = append(d.vals, f.v)
		}
		data[i] = d
	}
	m.w = make([]float64, len(m.rows)*n)
	m.bias = make([]float64, n)
	sq := make([]float64, len(m.w))
	bsq := make([]float64, n)
	rng := rand.New(rand.NewPCG(seed, 1))
	order := rng.Perm(len(data))
	g := make([]float64, n)
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			d := data[i]
			m.scoreRows(d.rows, d.vals, g)
			g[d.label]--
			for k, gk := range g {
				bsq[k] += gk * gk
				m.bias[k] -= rate * gk / (math.Sqrt(bsq[k]) + 1e-8)
			}
			for j, r := range d.rows {
				base := r * n
				for k, gk := range g {
					at := base + k
					gw := gk*d.vals[j] + l2*m.w[at]
					sq[at] += gw * gw
					m.w[at] -= rate * gw / (math.Sqrt(sq[at]) + 1e-8)
				}
			}
		}
	}
	return m
}

// scoreRows writes the probability of each label to out, for features
// given as rows of w.
func (m *model) scoreRows(rows []int, vals []float64, out []float64) {
	n := len(m.labels)
	copy(out, m.bias)
	for j, r := range rows {
		for k, w := range m.w[r*n : r*n+n] {
			out[k] += vals[j] * w
		}
	}
	softmax(out)
}

// probs writes the probability of each label for the features fs to out.
func (m *model) probs(fs []feature, out []float64) {
	n := len(m.labels)
	copy(out, m.bias)
	for _, f := range fs {
		r, ok := m.rows[f.h]
		if !ok {
			continue
		}
		for k, w := range m.w[r*n : r*n+n] {
			out[k] += f.v * w
		}
	}
	softmax(out)
}

// softmax turns scores into probabilities in place.
func softmax(s []float64) {
	best := slices.Max(s)
	var sum float64
	for k, v := range s {
		s[k] = math.Exp(v - best)
		sum += s[k]
	}
	for k := range s {
		s[k] /= sum
	}
}

func (m *model) feel(answer string) Feeling {
	fs := features(answer)
	if len(fs) == 0 {
		return Feeling{Label: None}
	}
	p := make([]float64, len(m.labels))
	m.probs(fs, p)
	k := 0
	for i, v := range p {
		if v > p[k] {
			k = i
		}
	}
	if p[k] < minConfidence {
		return Feeling{Label: None, Confidence: p[k]}
	}
	return Feeling{Label: m.labels[k], Confidence: p[k]}
}

// Sure reports whether the feeling is sure enough to name (see Sure).
func (f Feeling) Sure() bool { return f.Label != None && f.Confidence >= Sure }
