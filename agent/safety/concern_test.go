package safety

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent/understand"
)

// Floors and ceilings of the concern check, measured with the model
// trained on every part but the unseen ones.
const (
	concernUnseenEither   = 0.88  // tune42: measured 0.976 on arrival over all its languages (rules alone 0.821; English 123 of 128); tune41: measured 0.979 on arrival over all its languages (rules alone 0.847; English 127 of 130); tune40: measured 0.980 on arrival over all its languages (rules alone 0.830; English 127 of 133); tune39: measured 0.970 on arrival over all its languages (rules alone 0.870; English 132 of 140); tune38: measured 0.974 on arrival over all its languages (rules alone 0.784; English 139 of 140); tune37: measured 0.963 on arrival over all its languages (rules alone 0.813; English 128 of 135); tune36: measured 0.955 on arrival over all its languages (rules alone 0.830; English 127 of 136); tune35: measured 0.928 on arrival (rules alone 0.771; English 115 of 130); tune34: measured 0.905 on arrival (rules alone 0.646; English 117 of 134), tune33 0.910 with the model unchanged; tune33: measured 0.902 on arrival (rules alone 0.735), a part written to be hard (flat chores, old and very young writers, euphemisms), hence the floor under the 0.93 the earlier parts held; tune32: 0.957 on arrival (rules alone 0.826), 0.962 with tune31 read, fitted and learned (rules alone 0.834); tune31 0.953 on arrival (rules alone 0.733); tune30, unseen before it, 0.946 (rules alone 0.784)
	concernUnseenSafeAsks = 0.05  // tune42: measured 1 of 105 on arrival (rules alone fire on 1); tune41: measured 2 of 112 on arrival (rules alone fire on 2); tune40: measured 0 of 106 on arrival (rules alone fire on 3); tune39: measured 0 of 125 on arrival (rules alone fire on 4); tune38: measured 0 of 128 on arrival (rules alone fire on 1); tune37: measured 0 of 123 on arrival (rules alone fire on 3); tune36: measured 0 of 127 on arrival (rules alone fire on 5); tune35: measured 4 of 146 on arrival (rules alone fire on 4); tune34: measured 3 of 136 on arrival (rules alone fire on 4); tune33: measured 2 of 110 on arrival (rules alone fire on 1); tune32 1 of 108 (rules 3); tune31 0 of 108 (rules 2); tune30 4 of 109
	concernEverydayAsks   = 0.004 // measured 6 of 3,337 (0.0018); 8 before the unseen part's lines written alike elsewhere were left out of training
)

func TestConcernNeverLearnsUnseenParts(t *testing.T) {
	parts := concernParts()
	for _, want := range []string{"tune", "tune2", "tune29"} {
		if !slices.Contains(parts, want) {
			t.Errorf("the concern model does not learn from %s", want)
		}
	}
	// A line of the unseen parts may be written the same in a part learned
	// from ("i want to die"); none of those may be learned, or the
	// measures of the check would count what it learned. (The held-out
	// part is not embedded: TestConcernHeldout leaves out what is.)
	learned := map[string]bool{}
	for _, e := range concernExamples(parts) {
		learned[e.Text] = true
	}
	for _, part := range concernUnseen {
		same, decided := 0, 0
		for _, l := range readCorpus(t, part) {
			if learned[l.text] {
				same++
				if !Detect(l.text).Crisis() {
					decided++
				}
			}
		}
		t.Logf("%s: %d lines written the same in a part learned from, %d of them left to the check", part, same, decided)
		if decided > 0 {
			t.Errorf("%s: the check is measured on %d lines it learned", part, decided)
		}
	}
	if !slices.Contains(concernUnseen, "tune42") {
		t.Error("tune42 must stay unseen")
	}
}

// concernTally counts a part's lines: crisis lines caught by the rules, by
// the rules or the check, and safe lines the rules or the check fire on.
type concernTally struct {
	crisis, rules, either, safe, safeRules, safeAsks int
}

func tallyConcern(lines []corpusLine) concernTally {
	var c concernTally
	for _, l := range lines {
		rules := Detect(l.text).Crisis()
		asks := !rules && Concern(l.text) >= ConcernThreshold
		if l.crisis {
			c.crisis++
			if rules {
				c.rules++
			}
			if rules || asks {
				c.either++
			}
			continue
		}
		c.safe++
		if rules {
			c.safeRules++
		}
		if asks {
			c.safeAsks++
		}
	}
	return c
}

// TestConcernMeasures reports, per corpus part, how many crisis lines the
// rules catch and how many the rules or the check reach, and how many near
// misses the check asks about; counts only. The parts the model learns
// from are reported for reference; the unseen part, never learned from,
// is asserted.
func TestConcernMeasures(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the concern model")
	}
	dirs, _ := filepath.Glob(filepath.Join("testdata", "corpus", "tune*"))
	for _, dir := range dirs {
		part := filepath.Base(dir)
		lines := readCorpus(t, part)
		c := tallyConcern(lines)
		t.Logf("%-7s crisis %4d: rules %.3f, rules or check %.3f; safe %4d: rules fire %d, check asks %d",
			part, c.crisis, ratio(c.rules, c.crisis), ratio(c.either, c.crisis), c.safe, c.safeRules, c.safeAsks)
		if !slices.Contains(concernUnseen, part) {
			continue
		}
		var en []corpusLine
		for _, l := range lines {
			if l.lang == "en" {
				en = append(en, l)
			}
		}
		e := tallyConcern(en)
		t.Logf("%-7s English crisis %d: rules %d, rules or check %d; safe %d: check asks %d", part, e.crisis, e.rules, e.either, e.safe, e.safeAsks)
		if got := ratio(c.either, c.crisis); got < concernUnseenEither {
			t.Errorf("%s: rules or check reach %.3f, want at least %.2f", part, got, concernUnseenEither)
		}
		if got := ratio(c.safeAsks, c.safe); got > concernUnseenSafeAsks {
			t.Errorf("%s: the check asks about %.3f of near misses, want at most %.2f", part, got, concernUnseenSafeAsks)
		}
	}
}

// TestConcernEverydayAsks measures how often the check would ask about
// everyday messages the model never learned from: questions for the guide,
// messages from outside the companion's field, answers to reflection
// questions.
func TestConcernEverydayAsks(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the concern model")
	}
	sets := []struct {
		glob   string
		column int
	}{
		{"../../knowledge/testdata/questions/*.tsv", 0},
		{"../testdata/outside/*.tsv", 1},
		{"../testdata/reflect/fresh*.tsv", 2},
	}
	total, asks := 0, 0
	for _, s := range sets {
		files, _ := filepath.Glob(s.glob)
		for _, f := range files {
			if !everydaySet(f) {
				continue
			}
			n, a := countAsks(t, f, s.column)
			total += n
			asks += a
		}
	}
	t.Logf("everyday messages %d: the check asks about %d (%.4f)", total, asks, ratio(asks, total))
	if total < 1500 {
		t.Fatalf("only %d everyday messages read", total)
	}
	if got := ratio(asks, total); got > concernEverydayAsks {
		t.Errorf("the check asks about %.4f of everyday messages, want at most %.3f", got, concernEverydayAsks)
	}
}

// everydaySet reports whether a file is one to measure on: never a
// held-out one, nor a fresh batch kept unseen for another measure.
func everydaySet(path string) bool {
	path = filepath.ToSlash(path)
	if strings.Contains(path, "heldout") {
		return false
	}
	for _, unseen := range []string{"questions/fresh12.tsv", "outside/fresh11.tsv", "reflect/fresh5.tsv"} {
		if strings.HasSuffix(path, unseen) {
			return false
		}
	}
	return true
}

// countAsks counts the messages in column of a tab-separated file and
// those the check would ask about.
func countAsks(t *testing.T, path string, column int) (n, asks int) {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) <= column || strings.TrimSpace(fields[column]) == "" {
			continue
		}
		text := fields[column]
		n++
		if !Detect(text).Crisis() && Concern(text) >= ConcernThreshold {
			asks++
		}
	}
	return n, asks
}

// BenchmarkConcernTrain measures what the concern model costs at start-up:
// reading its corpus and training it.
func BenchmarkConcernTrain(b *testing.B) {
	parts := concernParts()
	for b.Loop() {
		understand.Train(concernExamples(parts))
	}
}

// concernTuningLeftOut are tuning parts left out of training to choose
// the threshold on: parts that came as validation batches, written by
// other hands than the parts before them.
var concernTuningLeftOut = []string{"tune22", "tune24", "tune26", "tune28", "tune29"}

// TestConcernThresholdOnTuningParts trains the model without
// concernTuningLeftOut and reports, at several thresholds, how many of
// their crisis lines the rules or the check reach and how many near
// misses the check asks about; the threshold is chosen from these, and
// its near-miss asks are held low.
func TestConcernThresholdOnTuningParts(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a concern model")
	}
	var parts []string
	for _, p := range concernParts() {
		if !slices.Contains(concernTuningLeftOut, p) {
			parts = append(parts, p)
		}
	}
	m := understand.Train(concernExamples(parts))
	score := func(s string) float64 {
		for _, r := range m.Classify(s).Ranked {
			if r.Label == concernLabel {
				return r.Confidence
			}
		}
		return 0
	}
	var lines []corpusLine
	for _, p := range concernTuningLeftOut {
		lines = append(lines, readCorpus(t, p)...)
	}
	type row struct{ crisis, rules, either, safe, asks int }
	for _, th := range []float64{0.9, ConcernThreshold, 0.97, 0.98, 0.99, 0.995} {
		var r row
		for _, l := range lines {
			rules := Detect(l.text).Crisis()
			asks := !rules && score(l.text) >= th
			if l.crisis {
				r.crisis++
				if rules {
					r.rules++
				}
				if rules || asks {
					r.either++
				}
				continue
			}
			r.safe++
			if asks {
				r.asks++
			}
		}
		t.Logf("threshold %.3f: crisis %d, rules %d, rules or check %d; near misses %d, check asks %d", th, r.crisis, r.rules, r.either, r.safe, r.asks)
		if th == ConcernThreshold && ratio(r.asks, r.safe) > 0.04 { // measured 18 of 569 (0.032)
			t.Errorf("at the threshold the check asks about %d of %d near misses", r.asks, r.safe)
		}
	}
}

// TestConcernHeldout measures the held-out part with the rules alone and
// with the rules or the check, as counts: its lines are never logged and
// never learned from (the part is not embedded). Measured with the 26
// held-out lines written the same in a part learned from left out: rules
// 0.826, rules or check 0.946 of 241 crisis lines (English 84 and 96 of
// 105); of 156 safe lines the rules fire on 3 and the check asks about 2
// more. (With those 26 in: 0.841 and 0.955 of 264.)
func TestConcernHeldout(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the concern model")
	}
	// A held-out line written the same in a part learned from ("i want to
	// die") is left out: the check would be measured on what it learned.
	learned := map[string]bool{}
	for _, e := range concernExamples(concernParts()) {
		learned[e.Text] = true
	}
	var lines []corpusLine
	same := 0
	for _, l := range readCorpus(t, "heldout") {
		if learned[l.text] {
			same++
			continue
		}
		lines = append(lines, l)
	}
	t.Logf("held-out: %d lines written the same in a part learned from, left out", same)
	c := tallyConcern(lines)
	var en []corpusLine
	for _, l := range lines {
		if l.lang == "en" {
			en = append(en, l)
		}
	}
	e := tallyConcern(en)
	t.Logf("held-out crisis %d: rules %.3f, rules or check %.3f; safe %d: rules fire %d, check asks %d",
		c.crisis, ratio(c.rules, c.crisis), ratio(c.either, c.crisis), c.safe, c.safeRules, c.safeAsks)
	t.Logf("held-out English crisis %d: rules %d, rules or check %d; safe %d: check asks %d", e.crisis, e.rules, e.either, e.safe, e.safeAsks)
	if got := ratio(c.either, c.crisis); got < 0.93 {
		t.Errorf("held-out: rules or check reach %.3f, below 0.93", got)
	}
	if got := ratio(c.safeAsks, c.safe); got > 0.03 {
		t.Errorf("held-out: the check asks about %.3f of safe lines, above 0.03", got)
	}
}
