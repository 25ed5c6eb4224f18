package understand

import (
	"math"
	"math/rand/v2"
	"slices"
)

// example is one labelled message of the corpus.
type example struct {
	label, text string
}

// params are the choices made once, by cross-validation on the tune corpus
// (see TestCrossValidate): they are fixed so that training is repeatable.
type params struct {
	fw featureWeights
	// epochs is how many times training passes over the corpus.
	epochs int
	// rate is AdaGrad's step size; l2 pulls weights towards zero.
	rate, l2 float64
	// minCount drops features seen in fewer messages than this: a
	// feature of one message teaches nothing about the next.
	minCount int
	// temperature is copied to the model (see model.temperature).
	temperature float64
	// seed fixes the order of the messages in each epoch.
	seed uint64
	// nbMix adds a naive Bayes model, weighted by nbMix, to the logistic
	// regression: see addNaiveBayes. 0 leaves it out.
	nbMix float64
	// nbSmooth is the naive Bayes model's additive smoothing.
	nbSmooth float64
	// balance weighs each message by (messages per label on average /
	// messages of its label)^balance: 0 weighs all alike, 1 makes every
	// label count the same in training however many lines it has.
	balance float64
}

// defaults are the parameters Default trains with.
var defaults = params{
	fw: featureWeights{word: 1, bigram: 1, char: 0.5, length: 1, class: 1, spelling: 1, stem: 1,
		charLong: 0.35, charMin: 2, charMax: 3, skip: 0.5, concept: 1, opener: 0.5, negation: 0.5, formula: 1},
	epochs:      10,
	rate:        0.2,
	l2:          1e-3,
	minCount:    1,
	temperature: 0.55,
	seed:        1,
	nbMix:       0.1,
	nbSmooth:    0.001,
	balance:     0.25,
}

// skipGradient is the smallest error worth an update: once the model is sure
// and right about a label, adding almost nothing to every weight of that
// label is most of the work of an epoch for no change.
const skipGradient = 1e-4

// encoded is an example's features as rows of the model being trained.
type encoded struct {
	label int
	rows  []int32
	vals  []float32
}

// train fits a model to examples. The same examples and params give the same
// model, bit for bit.
func train(examples []example, p params) *model {
	m := &model{rows: newRowTable(1 << 14), temperature: p.temperature}
	for _, e := range examples {
		if !slices.Contains(m.labels, e.label) {
			m.labels = append(m.labels, e.label)
		}
	}
	slices.Sort(m.labels)
	data := encode(examples, m, p)
	n := len(m.labels)
	m.w = make([]float32, m.rows.len()*n)
	m.bias = make([]float32, n)
	sumSq := make([]float32, len(m.w))
	biasSumSq := make([]float32, n)

	rng := rand.New(rand.NewPCG(p.seed, 0x9e3779b97f4a7c15))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	prob := make([]float64, n)
	grad := make([]float32, n)
	active := make([]int, 0, n)
	rate, l2 := float32(p.rate), float32(p.l2)
	weight := labelWeights(data, n, p.balance)
	for range p.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			d := data[i]
			m.scoreRows(d.rows, d.vals, prob)
			softmax(prob, 1)
			for k := range grad {
				grad[k] = float32(prob[k])
			}
			grad[d.label]--
			for k := range grad {
				grad[k] *= weight[d.label]
			}
			for k, g := range grad {
				biasSumSq[k] += g * g
				m.bias[k] -= rate * g / sqrt32(biasSumSq[k])
			}
			// The labels whose gradient is worth a step, found once for
			// all the message's rows.
			active = active[:0]
			for k, g := range grad {
				if g <= -skipGradient || g >= skipGradient {
					active = append(active, k)
				}
			}
			for j, r := range d.rows {
				v := d.vals[j]
				base := int(r) * n
				for _, k := range active {
					g := grad[k]
					at := base + k
					gw := g*v + l2*m.w[at]
					sumSq[at] += gw * gw
					m.w[at] -= rate * gw / sqrt32(sumSq[at])
				}
			}
		}
	}
	if p.nbMix > 0 {
		addNaiveBayes(m, data, p.nbMix, p.nbSmooth)
	}
	return m
}

// labelWeights is the weight of a message of each label (see
// params.balance).
func labelWeights(data []encoded, n int, balance float64) []float32 {
	count := make([]float64, n)
	for _, d := range data {
		count[d.label]++
	}
	w := make([]float32, n)
	for k := range w {
		w[k] = 1
		if balance != 0 && count[k] > 0 {
			w[k] = float32(math.Pow(float64(len(data))/float64(n)/count[k], balance))
		}
	}
	return w
}

// encode turns examples into rows of m, giving a row to every feature seen
// in at least p.minCount messages, in order of first appearance.
func encode(examples []example, m *model, p params) []encoded {
	hashes := make([][]uint32, len(examples))
	vals := make([][]float32, len(examples))
	seen := map[uint32]int{}
	inMessage := map[uint32]bool{}
	var toks []string
	for i, e := range examples {
		toks = tokens(e.text, toks[:0])
		hashes[i], vals[i] = features(toks, p.fw, nil, nil)
		clear(inMessage)
		for _, h := range hashes[i] {
			if !inMessage[h] {
				inMessage[h] = true
				seen[h]++
			}
		}
	}
	data := make([]encoded, len(examples))
	for i, e := range examples {
		d := encoded{label: slices.Index(m.labels, e.label)}
		for j, h := range hashes[i] {
			if seen[h] < p.minCount {
				continue
			}
			d.rows = append(d.rows, m.rows.getOrAdd(h))
			d.vals = append(d.vals, vals[i][j])
		}
		data[i] = d
	}
	return data
}

// scoreRows is scores for features already turned into rows.
func (m *model) scoreRows(rows []int32, vs []float32, out []float64) {
	n := len(m.labels)
	for k := range out {
		out[k] = float64(m.bias[k])
	}
	for i, r := range rows {
		v := float64(vs[i])
		row := m.w[int(r)*n : int(r)*n+n]
		for k, w := range row {
			out[k] += v * float64(w)
		}
	}
}

func sqrt32(x float32) float32 {
	return float32(math.Sqrt(float64(x))) + 1e-6
}
