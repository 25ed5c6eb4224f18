package understand

import "math"

// model is a multinomial logistic regression over hashed features: one
// weight per (feature, label), one bias per label.
type model struct {
	labels []string
	// rows maps a feature hash seen in training to its row of weights;
	// a feature never seen in training has no row and counts for nothing.
	rows *rowTable
	// w holds the weights row by row, len(labels) per row.
	w    []float32
	bias []float32
	// temperature divides the scores before the softmax; fitted on
	// held-back folds of the training corpus so that confidences match
	// how often the model is right.
	temperature float64
}

// scores writes the raw score of every label for the features (hs, vs) to
// out, which must have len(m.labels) entries.
func (m *model) scores(hs []uint32, vs []float32, out []float64) {
	n := len(m.labels)
	for k := range out {
		out[k] = float64(m.bias[k])
	}
	for i, h := range hs {
		r, ok := m.rows.get(h)
		if !ok {
			continue
		}
		v := float64(vs[i])
		row := m.w[int(r)*n : int(r)*n+n]
		for k, w := range row {
			out[k] += v * float64(w)
		}
	}
}

// softmax turns scores into probabilities in place, dividing them by
// temperature first.
func softmax(s []float64, temperature float64) {
	best := math.Inf(-1)
	for _, v := range s {
		best = max(best, v)
	}
	var sum float64
	for k, v := range s {
		s[k] = math.Exp((v - best) / temperature)
		sum += s[k]
	}
	for k := range s {
		s[k] /= sum
	}
}
