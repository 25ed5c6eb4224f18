package understand

import (
	"flag"
	"fmt"
	"math"
	"strings"
	"testing"
)

var (
	grid = flag.Bool("grid", false, "TestCrossValidate: also try other parameters and log their figures")
	only = flag.Bool("only", false, "TestCrossValidate -grid: only the first few candidates")
	// try keeps the -grid candidates whose name holds this text.
	try = flag.String("try", "", "TestCrossValidate -grid: only the candidates whose name holds this text")
	// misses names the confusions whose tune lines TestCrossValidate logs,
	// "true>predicted" pairs separated by commas ("remind>remind_stop"), or
	// "all": the lines to read when writing fresh ones for a boundary.
	misses = flag.String("misses", "", "TestCrossValidate: log the tune lines of these confusions (true>predicted,…, or all)")
)

// cvFolds is how many parts the tune corpus is cut into for
// cross-validation.
const cvFolds = 5

// cvFloor is the cross-validated accuracy the tune corpus must keep.
const cvFloor = 0.82

// outOfFold holds, for every example, the raw scores of a model trained
// without the fold the example is in.
type outOfFold struct {
	labels []string
	gold   []int
	scores [][]float64
}

// crossValidate trains one model per fold on the other folds. Folds are
// dealt label by label in corpus order, so each holds a fifth of every
// label and the split is the same on every run. Messages with the same
// words ("hey", "hey!!", "hey 👋") go to the same fold, as the tune and
// held-out parts were split: a fold measures wordings its model never saw.
func crossValidate(examples []example, p params, k int) outOfFold {
	fold := make([]int, len(examples))
	seen := map[string]int{}
	sameWords := map[string]int{} // words of a message → its fold
	for i, e := range examples {
		key := e.label + "\t" + strings.Join(wordsOnly(tokens(e.text, nil)), " ")
		if f, ok := sameWords[key]; ok {
			fold[i] = f
			continue
		}
		fold[i] = seen[e.label] % k
		sameWords[key] = fold[i]
		seen[e.label]++
	}
	out := outOfFold{gold: make([]int, len(examples)), scores: make([][]float64, len(examples))}
	for f := range k {
		var tr []example
		for i, e := range examples {
			if fold[i] != f {
				tr = append(tr, e)
			}
		}
		m := train(tr, p)
		out.labels = m.labels
		for i, e := range examples {
			if fold[i] != f {
				continue
			}
			toks := tokens(e.text, nil)
			hs, vs := features(toks, p.fw, nil, nil)
			s := make([]float64, len(m.labels))
			m.scores(hs, vs, s)
			out.scores[i] = s
			out.gold[i] = indexOf(m.labels, e.label)
		}
	}
	return out
}

// wordsOnly drops "?" and emoji from toks.
func wordsOnly(toks []string) []string {
	out := toks[:0]
	for _, t := range toks {
		if isWordToken(t) {
			out = append(out, t)
		}
	}
	return out
}

func indexOf(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	return -1
}

// evaluate turns the scores into results at temperature t.
func (o outOfFold) evaluate(t float64) (ev evaluation, nll float64) {
	p := make([]float64, len(o.labels))
	for i, s := range o.scores {
		copy(p, s)
		softmax(p, t)
		c := &Classifier{m: &model{labels: o.labels}}
		ev.add(o.labels[o.gold[i]], c.result(p))
		nll -= math.Log(max(p[o.gold[i]], 1e-12))
	}
	return ev, nll / float64(len(o.scores))
}

// bestTemperature is the temperature with the lowest negative log-likelihood.
func (o outOfFold) bestTemperature() float64 {
	best, bestNLL := 1.0, math.Inf(1)
	for t := 0.3; t <= 3; t += 0.05 {
		if _, nll := o.evaluate(t); nll < bestNLL {
			best, bestNLL = t, nll
		}
	}
	return best
}

// TestCrossValidate measures the default parameters by cross-validation on
// the tune corpus, and checks that the confidences are calibrated: the
// temperature fitted on the folds is close to the one Default uses. With
// -grid it also tries other parameters (that is how the defaults were
// chosen).
func TestCrossValidate(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("trains one model per fold")
	}
	examples, err := builtinCorpus()
	if err != nil {
		t.Fatal(err)
	}
	o := crossValidate(examples, defaults, cvFolds)
	ev, nll := o.evaluate(defaults.temperature)
	fit := o.bestTemperature()
	t.Logf("%d-fold cross-validation on %d messages: accuracy %.3f, log-loss %.3f, temperature fitted %.2f (used %.2f)\n%s",
		cvFolds, len(examples), ev.accuracy(), nll, fit, defaults.temperature, ev.table())
	for _, th := range []float64{0.4, 0.5, 0.6, 0.7, 0.8, 0.9} {
		var n, right int
		for i, c := range ev.confidence {
			if c >= th {
				n++
				right += int(ev.accurate[i])
			}
		}
		t.Logf("confidence ≥ %.1f: %.3f of messages, accuracy %.3f", th, ratio(n, ev.total), ratio(right, n))
	}
	logMisses(t, examples, o, defaults.temperature)
	if ev.accuracy() < cvFloor {
		t.Errorf("cross-validated accuracy %.3f, below %.3f", ev.accuracy(), cvFloor)
	}
	if math.Abs(fit-defaults.temperature) > 0.15 {
		t.Errorf("confidences are off: the folds fit temperature %.2f, Default uses %.2f", fit, defaults.temperature)
	}
	if *grid {
		for _, c := range candidates() {
			if !strings.Contains(c.name, *try) {
				continue
			}
			o := crossValidate(examples, c.p, cvFolds)
			fit := o.bestTemperature()
			ev, nll := o.evaluate(fit)
			t.Logf("%-40s accuracy %.3f log-loss %.3f T %.2f sure %.3f sure-acc %.3f ece %.3f", c.name,
				ev.accuracy(), nll, fit, ratio(ev.sure, ev.total), ratio(ev.sureCorrect, ev.sure), ev.calibrationError())
		}
	}
}

type candidate struct {
	name string
	p    params
}

// candidates are the parameters -grid tries, each one change from the
// defaults.
func candidates() []candidate {
	var out []candidate
	add := func(name string, change func(*params)) {
		p := defaults
		change(&p)
		out = append(out, candidate{name, p})
	}
	add("defaults", func(*params) {})
	add("no concepts", func(p *params) { p.fw.concept = 0 })
	for _, o := range []float32{0, 0.5, 1} {
		add(fmt.Sprint("opener ", o), func(p *params) { p.fw.opener = o })
	}
	add("no skip pairs", func(p *params) { p.fw.skip = 0 })
	add("no balance", func(p *params) { p.balance = 0 })
	add("balance 0.5", func(p *params) { p.balance = 0.5 })
	for _, l := range []float64{3e-4, 3e-3, 1e-2} {
		add(fmt.Sprint("l2 ", l), func(p *params) { p.l2 = l })
	}
	add("no lexicon", func(p *params) { p.fw.class, p.fw.spelling, p.fw.stem = 0, 0, 0 })
	for _, mix := range []float64{0.1, 0.2} {
		for _, s := range []float64{0.001, 0.003, 0.01} {
			add(fmt.Sprint("naive bayes ", mix, " smooth ", s), func(p *params) { p.nbMix, p.nbSmooth = mix, s })
		}
	}
	add("naive bayes 0.1 smooth 0.01, l2 0.0003", func(p *params) { p.nbMix, p.nbSmooth, p.l2 = 0.1, 0.01, 3e-4 })
	add("naive bayes 0.2 smooth 0.01, l2 0.0003", func(p *params) { p.nbMix, p.nbSmooth, p.l2 = 0.2, 0.01, 3e-4 })
	for _, c := range [][2]float32{{0.5, 0.25}, {0.75, 0.25}, {0.75, 0.35}, {1, 0.25}, {0.5, 0.35}} {
		add(fmt.Sprint("char ", c[0], " long ", c[1]), func(p *params) { p.fw.char, p.fw.charLong = c[0], c[1] })
	}
	for _, n := range []float32{0.5, 1} {
		add(fmt.Sprint("negation ", n), func(p *params) { p.fw.negation = n })
	}
	for _, f := range []float32{0, 0.5, 1, 1.5} {
		add(fmt.Sprint("formula ", f), func(p *params) { p.fw.formula = f })
	}
	if *only {
		return out
	}
	for _, e := range []int{5, 15, 25} {
		add(fmt.Sprint("epochs ", e), func(p *params) { p.epochs = e })
	}
	for _, r := range []float64{0.1, 0.5, 1} {
		add(fmt.Sprint("rate ", r), func(p *params) { p.rate = r })
	}
	add("minCount 2", func(p *params) { p.minCount = 2 })
	for _, c := range []float32{0, 0.25, 1} {
		add(fmt.Sprint("char ", c), func(p *params) { p.fw.char = c })
	}
	add("chars 3-5", func(p *params) { p.fw.charMin, p.fw.charMax = 3, 5 })
	add("chars 1-4", func(p *params) { p.fw.charMin = 1 })
	add("chars 2-4", func(p *params) { p.fw.charMax = 4 })
	for _, b := range []float32{0, 0.5, 2} {
		add(fmt.Sprint("bigram ", b), func(p *params) { p.fw.bigram = b })
	}
	for _, l := range []float32{0, 0.5, 2} {
		add(fmt.Sprint("length ", l), func(p *params) { p.fw.length = l })
	}
	return out
}

// logMisses logs the tune lines of the confusions named by -misses, with
// the out-of-fold label and confidence they got.
func logMisses(t *testing.T, examples []example, o outOfFold, temperature float64) {
	if *misses == "" {
		return
	}
	want := map[string]bool{}
	for _, pair := range strings.Split(*misses, ",") {
		want[strings.TrimSpace(pair)] = true
	}
	p := make([]float64, len(o.labels))
	for i, s := range o.scores {
		copy(p, s)
		softmax(p, temperature)
		best := 0
		for k := range p {
			if p[k] > p[best] {
				best = k
			}
		}
		if best == o.gold[i] {
			continue
		}
		pair := examples[i].label + ">" + o.labels[best]
		if want["all"] || want[pair] {
			t.Logf("%s %.2f\t%s", pair, p[best], examples[i].text)
		}
	}
}
