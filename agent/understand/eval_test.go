package understand

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent/internal/fold"
)

// heldoutFloor is the accuracy the held-out corpus must keep: the figure
// measured after the tune corpus last grew (its lines and the parameters
// are chosen on the tune corpus alone), less a small margin.
const heldoutFloor = 0.874

// TestHeldout measures the default classifier, trained on the tune corpus,
// on the held-out corpus: messages in wordings it never saw. It logs the
// accuracy overall and per label, the most frequent confusions, and how
// many predictions are sure and how often those are right.
func TestHeldout(t *testing.T) {
	examples, err := readCorpus(os.DirFS("testdata/corpus"), "heldout/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	trained, err := readCorpus(corpusFiles, "testdata/corpus/tune*/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	inTraining := map[string]bool{}
	for _, e := range trained {
		inTraining[fold.Words(e.text)] = true
	}
	c := Default()
	ev, novel := evaluation{}, evaluation{}
	for _, e := range examples {
		r := c.Classify(e.text)
		ev.add(e.label, r)
		if !inTraining[fold.Words(e.text)] {
			novel.add(e.label, r)
		}
	}
	t.Logf("held-out corpus, trained on tune:\n%s", ev.table())
	// A short message two writers word alike ("thanks!") is in both; the
	// messages worded unlike any training line are the stricter measure.
	t.Logf("held-out messages worded unlike any training line:\n%s", novel.table())
	if got := ev.accuracy(); got < heldoutFloor {
		t.Errorf("held-out accuracy %.3f, below the floor %.3f", got, heldoutFloor)
	}
}

// evaluation counts a classifier's answers against the true labels.
type evaluation struct {
	total, correct       int
	sure, sureCorrect    int
	perLabel             map[string][2]int // label → {messages, correct}
	confusions           map[[2]string]int // {true, predicted} → count
	confidence, accurate []float64         // for calibration, per message
}

func (ev *evaluation) add(label string, r Result) {
	if ev.perLabel == nil {
		ev.perLabel, ev.confusions = map[string][2]int{}, map[[2]string]int{}
	}
	ok := r.Label == label
	ev.total++
	pl := ev.perLabel[label]
	pl[0]++
	if ok {
		ev.correct++
		pl[1]++
	} else {
		ev.confusions[[2]string{label, r.Label}]++
	}
	ev.perLabel[label] = pl
	if r.Sure() {
		ev.sure++
		if ok {
			ev.sureCorrect++
		}
	}
	ev.confidence = append(ev.confidence, r.Confidence)
	ev.accurate = append(ev.accurate, b2f(ok))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (ev *evaluation) accuracy() float64 { return ratio(ev.correct, ev.total) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// calibrationError is the expected calibration error over ten confidence
// bins: how far, on average, the confidence is from the accuracy.
func (ev *evaluation) calibrationError() float64 {
	var conf, acc [10]float64
	var n [10]int
	for i, c := range ev.confidence {
		b := min(int(c*10), 9)
		conf[b] += c
		acc[b] += ev.accurate[i]
		n[b]++
	}
	var sum float64
	for b := range n {
		if n[b] > 0 {
			d := conf[b] - acc[b]
			sum += max(d, -d)
		}
	}
	return sum / float64(max(len(ev.confidence), 1))
}

// table renders the figures as Markdown.
func (ev *evaluation) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "| label | messages | accuracy |\n|---|---:|---:|\n")
	for _, l := range slices.Sorted(maps.Keys(ev.perLabel)) {
		pl := ev.perLabel[l]
		fmt.Fprintf(&b, "| %s | %d | %.3f |\n", l, pl[0], ratio(pl[1], pl[0]))
	}
	fmt.Fprintf(&b, "| **all** | %d | **%.3f** |\n\n", ev.total, ev.accuracy())
	fmt.Fprintf(&b, "sure (confidence ≥ %.2f): %.3f of messages, accuracy %.3f; not sure: accuracy %.3f\n",
		SureThreshold, ratio(ev.sure, ev.total), ratio(ev.sureCorrect, ev.sure),
		ratio(ev.correct-ev.sureCorrect, ev.total-ev.sure))
	fmt.Fprintf(&b, "expected calibration error: %.3f\n", ev.calibrationError())
	pairs := slices.SortedFunc(maps.Keys(ev.confusions), func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(ev.confusions[b], ev.confusions[a]), cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	fmt.Fprintf(&b, "confusions (true → predicted: count):")
	for i, p := range pairs {
		if i == 15 {
			fmt.Fprintf(&b, " …")
			break
		}
		fmt.Fprintf(&b, " %s→%s: %d;", p[0], p[1], ev.confusions[p])
	}
	b.WriteString("\n")
	return b.String()
}
