package understand

import "math"

// addNaiveBayes adds a multinomial naive Bayes model of data, weighted by
// mix, to m's weights and biases.
//
// The two models err differently: the regression learns which features
// tell labels apart and can lean hard on a single word; naive Bayes
// counts how often each feature goes with each label, so a short message
// whose one word is rare in training is judged by the company that word
// keeps. Both score a label as a bias plus a weight per feature, so their
// sum is one linear model of the same shape and costs nothing more to
// run. Each naive Bayes weight is centred over the labels, which changes
// no probability and keeps the weights small.
func addNaiveBayes(m *model, data []encoded, mix, smooth float64) {
	n := len(m.labels)
	rows := len(m.w) / n
	counts := make([]float64, len(m.w))
	totals := make([]float64, n)
	docs := make([]float64, n)
	for _, d := range data {
		docs[d.label]++
		for j, r := range d.rows {
			v := float64(d.vals[j])
			counts[int(r)*n+d.label] += v
			totals[d.label] += v
		}
	}
	logTheta := make([]float64, n)
	for r := range rows {
		var mean float64
		for k := range n {
			logTheta[k] = math.Log((counts[r*n+k] + smooth) / (totals[k] + smooth*float64(rows)))
			mean += logTheta[k]
		}
		mean /= float64(n)
		for k := range n {
			m.w[r*n+k] += float32(mix * (logTheta[k] - mean))
		}
	}
	var mean float64
	prior := make([]float64, n)
	for k := range n {
		prior[k] = math.Log((docs[k] + 1) / (float64(len(data)) + float64(n)))
		mean += prior[k]
	}
	mean /= float64(n)
	for k := range n {
		m.bias[k] += float32(mix * (prior[k] - mean))
	}
}
