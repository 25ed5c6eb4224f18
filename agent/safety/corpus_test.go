package safety

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var (
	reportFile = flag.String("report", "", "write the corpus figures to this file (Markdown)")
	showMisses = flag.Bool("misses", false, "log the tune lines the detector gets wrong")
)

// mainLangs are the languages the goals are asserted for; the corpus has a
// few lines in others too, reported but not asserted.
var mainLangs = []string{"en", "es", "de", "fr", "pt", "it", "nl", "pl", "tr"}

// Goals on the tune part, and floors on the tune2 and held-out parts. The
// floors are set from the figures measured when a round of rules was
// finished, less a margin, and only ever raised; the rules are never
// adjusted to held-out lines.
const (
	tuneRecall     = 0.97
	tuneFalsePos   = 0.01
	tune2Recall    = 0.85 // measured 0.881; tune2 is newer and not yet fully worked in
	tune2FalsePos  = 0.02 // measured 0.000
	heldoutRecall  = 0.65 // measured 0.685 (0.502 before the concept rules)
	heldoutFalsePo = 0.06 // measured 0.039 (0.045 before)
	heldoutSitAcc  = 0.62 // measured 0.658 (0.463 before)
)

type corpusLine struct {
	crisis    bool
	situation Situation
	lang      string
	text      string
}

func readCorpus(t testing.TB, part string) []corpusLine {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", part, "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files in %s: %v", part, err)
	}
	var out []corpusLine
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for n := 1; sc.Scan(); n++ {
			fields := strings.Split(sc.Text(), "\t")
			if len(fields) != 4 {
				t.Fatalf("%s:%d: want 4 fields, got %d", f, n, len(fields))
			}
			sit, ok := ParseSituation(fields[1])
			if !ok || (fields[0] != "crisis" && fields[0] != "safe") {
				t.Fatalf("%s:%d: bad label or situation", f, n)
			}
			out = append(out, corpusLine{crisis: fields[0] == "crisis", situation: sit, lang: fields[2], text: fields[3]})
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// tally counts one language's results.
type tally struct {
	crisis, caught, sitRight, safe, flagged int
}

func (t tally) recall() float64   { return ratio(t.caught, t.crisis) }
func (t tally) falsePos() float64 { return ratio(t.flagged, t.safe) }
func (t tally) sitAcc() float64   { return ratio(t.sitRight, t.crisis) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (t *tally) add(o tally) {
	t.crisis += o.crisis
	t.caught += o.caught
	t.sitRight += o.sitRight
	t.safe += o.safe
	t.flagged += o.flagged
}

// measure runs the detector on every line; miss, when set, is told about
// each line it gets wrong.
func measure(lines []corpusLine, miss func(corpusLine, Result)) map[string]*tally {
	out := map[string]*tally{}
	for _, l := range lines {
		tl := out[l.lang]
		if tl == nil {
			tl = &tally{}
			out[l.lang] = tl
		}
		r := Detect(l.text)
		switch {
		case l.crisis:
			tl.crisis++
			if r.Crisis() {
				tl.caught++
			}
			if r.Situation == l.situation {
				tl.sitRight++
			}
		default:
			tl.safe++
			if r.Crisis() {
				tl.flagged++
			}
		}
		if miss != nil && (r.Crisis() != l.crisis || l.crisis && r.Situation != l.situation) {
			miss(l, r)
		}
	}
	return out
}

// table renders per-language figures, main languages first, then a total
// over the main languages.
func table(byLang map[string]*tally) (string, tally) {
	var b strings.Builder
	b.WriteString("| lang | crisis | recall | situation right | safe | false positives |\n")
	b.WriteString("|------|-------:|-------:|----------------:|-----:|----------------:|\n")
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	slices.SortFunc(langs, func(a, b string) int {
		ia, ib := slices.Index(mainLangs, a), slices.Index(mainLangs, b)
		if (ia < 0) != (ib < 0) {
			return ia*0 + map[bool]int{true: 1, false: -1}[ia < 0]
		}
		if ia >= 0 {
			return ia - ib
		}
		return strings.Compare(a, b)
	})
	var main tally
	row := func(name string, t tally) {
		fmt.Fprintf(&b, "| %s | %d | %.3f | %.3f | %d | %.3f |\n", name, t.crisis, t.recall(), t.sitAcc(), t.safe, t.falsePos())
	}
	for _, l := range langs {
		t := *byLang[l]
		if slices.Contains(mainLangs, l) {
			main.add(t)
		}
		row(l, t)
	}
	row("**nine main**", main)
	return b.String(), main
}

// TestCorpus measures the detector on the crisis corpus. Only the tune
// parts (tune, tune2) may be looked at line by line (-misses); the held-out
// part is reported as figures alone.
func TestCorpus(t *testing.T) {
	missesIn := func(part string) func(corpusLine, Result) {
		if !*showMisses {
			return nil
		}
		return func(l corpusLine, r Result) {
			want := "safe"
			if l.crisis {
				want = l.situation.String()
			}
			t.Logf("%s %s: want %s, got %s: %s", part, l.lang, want, r.Situation, l.text)
		}
	}
	tuneTable, tuneMain := table(measure(readCorpus(t, "tune"), missesIn("tune")))
	tune2Table, tune2Main := table(measure(readCorpus(t, "tune2"), missesIn("tune2")))
	heldTable, heldMain := table(measure(readCorpus(t, "heldout"), nil))
	var both tally
	both.add(tuneMain)
	both.add(tune2Main)
	var sum strings.Builder
	sum.WriteString("| part | crisis | recall | situation right | safe | false positives |\n")
	sum.WriteString("|------|-------:|-------:|----------------:|-----:|----------------:|\n")
	for _, p := range []struct {
		name string
		t    tally
	}{{"tune", tuneMain}, {"tune2", tune2Main}, {"tune + tune2", both}, {"held-out", heldMain}} {
		fmt.Fprintf(&sum, "| %s | %d | %.3f | %.3f | %d | %.3f |\n", p.name, p.t.crisis, p.t.recall(), p.t.sitAcc(), p.t.safe, p.t.falsePos())
	}
	report := "### Nine main languages\n\n" + sum.String() + "\n### Tune\n\n" + tuneTable +
		"\n### Tune 2\n\n" + tune2Table + "\n### Held-out\n\n" + heldTable
	t.Log("\n" + report)
	if *reportFile != "" {
		if err := os.WriteFile(*reportFile, []byte(report), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if r := tuneMain.recall(); r < tuneRecall {
		t.Errorf("tune recall %.3f, want at least %.2f", r, tuneRecall)
	}
	if f := tuneMain.falsePos(); f > tuneFalsePos {
		t.Errorf("tune false positives %.3f, want at most %.2f", f, tuneFalsePos)
	}
	if r := tune2Main.recall(); r < tune2Recall {
		t.Errorf("tune2 recall %.3f, below the floor %.2f", r, tune2Recall)
	}
	if f := tune2Main.falsePos(); f > tune2FalsePos {
		t.Errorf("tune2 false positives %.3f, above the ceiling %.2f", f, tune2FalsePos)
	}
	if r := heldMain.recall(); r < heldoutRecall {
		t.Errorf("held-out recall %.3f, below the floor %.2f", r, heldoutRecall)
	}
	if f := heldMain.falsePos(); f > heldoutFalsePo {
		t.Errorf("held-out false positives %.3f, above the ceiling %.2f", f, heldoutFalsePo)
	}
	if a := heldMain.sitAcc(); a < heldoutSitAcc {
		t.Errorf("held-out situation accuracy %.3f, below the floor %.2f", a, heldoutSitAcc)
	}
}
