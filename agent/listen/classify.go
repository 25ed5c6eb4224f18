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
)

// None is the label of an answer that carries a point but no particular
// feeling: a preference, a plan, a list of people.
const None = "none"

// minConfidence is the probability below which Feel says None: a weak guess
// at a feeling, named back to someone, is worse than naming none.
const minConfidence = 0.25

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
// first call trains the model.
func Feel(answer string) Feeling {
	defaultOnce.Do(func() {
		ex, err := parseCorpus(tuneTSV)
		if err != nil {
			// The corpus is compiled in and checked by the tests.
			panic(fmt.Sprintf("listen: built-in corpus: %v", err))
		}
		defaultModel = train(ex)
	})
	return defaultModel.feel(answer)
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
	w      [][]float64    // one row per feature, one weight per label
	bias   []float64
}

// Training settings, fixed so that training is repeatable.
const (
	epochs = 100
	rate   = 0.3
	l2     = 1e-4
	seed   = 7
)

func train(ex []example) *model {
	m := &model{rows: map[uint32]int{}}
	for _, e := range ex {
		if !slices.Contains(m.labels, e.label) {
			m.labels = append(m.labels, e.label)
		}
	}
	slices.Sort(m.labels)
	n := len(m.labels)
	type enc struct {
		label int
		fs    []feature
	}
	data := make([]enc, len(ex))
	for i, e := range ex {
		fs := features(e.text)
		for _, f := range fs {
			if _, ok := m.rows[f.h]; !ok {
				m.rows[f.h] = len(m.w)
				m.w = append(m.w, make([]float64, n))
			}
		}
		data[i] = enc{slices.Index(m.labels, e.label), fs}
	}
	m.bias = make([]float64, n)
	sq := make([][]float64, len(m.w))
	for i := range sq {
		sq[i] = make([]float64, n)
	}
	bsq := make([]float64, n)
	rng := rand.New(rand.NewPCG(seed, 1))
	order := rng.Perm(len(data))
	p := make([]float64, n)
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			d := data[i]
			m.probs(d.fs, p)
			p[d.label]--
			for k, g := range p {
				bsq[k] += g * g
				m.bias[k] -= rate * g / (math.Sqrt(bsq[k]) + 1e-8)
			}
			for _, f := range d.fs {
				r := m.rows[f.h]
				for k, g := range p {
					gw := g*f.v + l2*m.w[r][k]
					sq[r][k] += gw * gw
					m.w[r][k] -= rate * gw / (math.Sqrt(sq[r][k]) + 1e-8)
				}
			}
		}
	}
	return m
}

// probs writes the probability of each label for the features fs to out.
func (m *model) probs(fs []feature, out []float64) {
	copy(out, m.bias)
	for _, f := range fs {
		r, ok := m.rows[f.h]
		if !ok {
			continue
		}
		for k, w := range m.w[r] {
			out[k] += f.v * w
		}
	}
	best := slices.Max(out)
	var sum float64
	for k, v := range out {
		out[k] = math.Exp(v - best)
		sum += out[k]
	}
	for k := range out {
		out[k] /= sum
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
