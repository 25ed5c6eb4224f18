package listen

import (
	"os"
	"testing"
)

// readFile reads a corpus file of testdata.
func readFile(t *testing.T, name string) []example {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := parseCorpus(string(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return ex
}

// accuracy is the share of ex that m labels right, and the wrong ones.
func accuracy(m *model, ex []example) (float64, []string) {
	right := 0
	var wrong []string
	for _, e := range ex {
		if got := m.feel(e.text).Label; got == e.label {
			right++
		} else {
			wrong = append(wrong, e.label+" → "+got+": "+e.text)
		}
	}
	return float64(right) / float64(len(ex)), wrong
}

// TestHeldout measures the classifier on answers it never learned from and
// that were never used to choose anything. The floor is below the measured
// figure (see the README) so that a change that makes it worse fails.
func TestHeldout(t *testing.T) {
	held := readFile(t, "heldout.tsv")
	if len(held) < 80 {
		t.Fatalf("held-out corpus has %d answers, want at least 80", len(held))
	}
	m := train(readFile(t, "tune.tsv"))
	acc, wrong := accuracy(m, held)
	t.Logf("held-out accuracy %.3f on %d answers", acc, len(held))
	sure, sureRight := 0, 0
	for _, e := range held {
		if f := m.feel(e.text); f.Sure() {
			sure++
			if f.Label == e.label {
				sureRight++
			}
		}
	}
	// The held-out answers are measured, never read: the figures alone are
	// printed, not which answers were missed.
	t.Logf("sure feelings on %d held-out answers, %d of them right; %d answers labelled wrong", sure, sureRight, len(wrong))
	if acc < heldoutFloor {
		t.Errorf("held-out accuracy %.3f, want at least %.2f", acc, heldoutFloor)
	}
}

// TestCrossValidate reports the tune corpus's 5-fold cross-validated
// accuracy: how well the model does on tune answers it did not see.
func TestCrossValidate(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("trains five models; run without -race")
	}
	ex := readFile(t, "tune.tsv")
	if len(ex)+len(readFile(t, "heldout.tsv")) < 250 {
		t.Fatalf("corpus has %d tune answers; want at least 250 with the held-out part", len(ex))
	}
	const folds = 5
	right := 0
	for f := range folds {
		var tr, te []example
		for i, e := range ex {
			if i%folds == f {
				te = append(te, e)
			} else {
				tr = append(tr, e)
			}
		}
		acc, _ := accuracy(train(tr), te)
		right += int(acc*float64(len(te)) + 0.5)
	}
	acc := float64(right) / float64(len(ex))
	t.Logf("tune 5-fold cross-validated accuracy %.3f on %d answers", acc, len(ex))
	if acc < cvFloor {
		t.Errorf("cross-validated accuracy %.3f, want at least %.2f", acc, cvFloor)
	}
}

// Floors a little under the measured figures.
const (
	heldoutFloor = 0.85
	cvFloor      = 0.78
)

func TestTrainingIsRepeatable(t *testing.T) {
	ex := readFile(t, "tune.tsv")
	a, b := train(ex), train(ex)
	for _, e := range ex {
		if fa, fb := a.feel(e.text), b.feel(e.text); fa != fb {
			t.Fatalf("%q: %v then %v", e.text, fa, fb)
		}
	}
}

func TestFeelAnyText(t *testing.T) {
	for _, s := range []string{"", "   ", "\xff\xfe", "😭😭", "?", string(make([]byte, 5000))} {
		if got := Feel(s); got.Label == "" {
			t.Errorf("Feel(%q) has no label", s)
		}
	}
}

func TestParseCorpusErrors(t *testing.T) {
	if _, err := parseCorpus("# only a comment\n"); err == nil {
		t.Error("empty corpus accepted")
	}
	if _, err := parseCorpus("grief no tab\n"); err == nil {
		t.Error("line without a tab accepted")
	}
}
