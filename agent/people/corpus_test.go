package people

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// corpusLine is one line of testdata/{tune,heldout}.tsv: a message and who
// it is about.
type corpusLine struct {
	text, name, relation string
	group                bool
}

func readCorpus(t *testing.T, path string) []corpusLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("%s: want 4 fields: %q", path, line)
		}
		dash := func(s string) string {
			if s == "-" {
				return ""
			}
			return s
		}
		out = append(out, corpusLine{text: f[0], name: dash(f[1]), relation: dash(f[2]), group: f[3] == "1"})
	}
	return out
}

// score runs Find over a corpus and returns the share of lines read right
// (name, relationship and group all as expected) and the share of right
// lines the finder was sure of.
func score(t *testing.T, lines []corpusLine, report bool) (acc, sure float64) {
	right, sureRight := 0, 0
	for _, l := range lines {
		p := Find(l.text)
		ok := p.Name == l.name && p.Relation == l.relation && p.Group == l.group
		if ok {
			right++
			if p.Sure() || !p.Found() {
				sureRight++
			}
		} else if report {
			t.Logf("%q: got name %q rel %q group %v (%.2f); want %q %q %v", l.text, p.Name, p.Relation, p.Group, p.Confidence, l.name, l.relation, l.group)
		}
	}
	return float64(right) / float64(len(lines)), float64(sureRight) / float64(max(right, 1))
}

// TestTuneCorpus is what the finder was built against: every line must
// pass.
func TestTuneCorpus(t *testing.T) {
	lines := readCorpus(t, "testdata/tune.tsv")
	acc, sure := score(t, lines, true)
	t.Logf("tune: %d lines, accuracy %.3f, sure of %.3f of the right ones", len(lines), acc, sure)
	if acc < 0.97 {
		t.Errorf("tune accuracy %.3f, want at least 0.97", acc)
	}
}

// TestHeldoutCorpus measures the finder on lines written before it and
// never used to adjust it.
func TestHeldoutCorpus(t *testing.T) {
	lines := readCorpus(t, "testdata/heldout.tsv")
	if len(lines) < 60 {
		t.Fatalf("held-out corpus has %d lines, want at least 60", len(lines))
	}
	acc, sure := score(t, lines, false)
	t.Logf("held-out: %d lines, accuracy %.3f, sure of %.3f of the right ones", len(lines), acc, sure)
	if acc < 0.85 {
		t.Errorf("held-out accuracy %.3f, want at least 0.85", acc)
	}
}

// TestFreshCorpus measures the finder on lines written after the tune
// lines, in one go; they were measured once before any change for them.
func TestFreshCorpus(t *testing.T) {
	lines := readCorpus(t, "testdata/fresh.tsv")
	acc, sure := score(t, lines, true)
	t.Logf("fresh: %d lines, accuracy %.3f, sure of %.3f of the right ones", len(lines), acc, sure)
}

// TestHeldout2Corpus measures the finder on lines written with the fresh
// ones and never used to adjust it.
func TestHeldout2Corpus(t *testing.T) {
	lines := readCorpus(t, "testdata/heldout2.tsv")
	acc, sure := score(t, lines, false)
	t.Logf("held-out 2: %d lines, accuracy %.3f, sure of %.3f of the right ones", len(lines), acc, sure)
}

// TestFresh2Corpus measures the finder on lines written for the drafting
// flow's wrong names (possessives, ordinary nouns, nicknames); they were
// measured once before any change for them.
func TestFresh2Corpus(t *testing.T) {
	lines := readCorpus(t, "testdata/fresh2.tsv")
	acc, sure := score(t, lines, true)
	t.Logf("fresh 2: %d lines, accuracy %.3f, sure of %.3f of the right ones", len(lines), acc, sure)
}

// TestHeldout3Corpus measures the finder on lines written with fresh2.tsv
// and never used to adjust it.
func TestHeldout3Corpus(t *testing.T) {
	lines := readCorpus(t, "testdata/heldout3.tsv")
	acc, sure := score(t, lines, false)
	t.Logf("held-out 3: %d lines, accuracy %.3f, sure of %.3f of the right ones", len(lines), acc, sure)
}
