package understand

import (
	"flag"
	"os"
	"strings"
	"testing"
)

// fresh names a directory of testdata/corpus, a batch of lines written
// afresh, that TestFreshBatch measures.
var fresh = flag.String("fresh", "", "TestFreshBatch: the corpus directory of a fresh batch (tune5)")

// TestFreshBatch measures a fresh batch of corpus lines on a classifier
// trained on the built-in corpus without them: how it does on wordings
// it never saw, the figure to take before a batch joins the training
// lines. Without -fresh it is skipped.
func TestFreshBatch(t *testing.T) {
	if *fresh == "" {
		t.Skip("no -fresh batch named")
	}
	batch, err := readCorpus(os.DirFS("testdata/corpus"), *fresh+"/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	all, err := builtinCorpus()
	if err != nil {
		t.Fatal(err)
	}
	inBatch := map[string]bool{}
	for _, e := range batch {
		inBatch[strings.ToLower(e.text)] = true
	}
	var train []example
	for _, e := range all {
		if !inBatch[strings.ToLower(e.text)] {
			train = append(train, e)
		}
	}
	c := newClassifier(train, defaults)
	ev := evaluation{}
	for _, e := range batch {
		r := c.Classify(e.text)
		ev.add(e.label, r)
		if testing.Verbose() && r.Label != e.label {
			t.Logf("%s>%s %.2f\t%s", e.label, r.Label, r.Confidence, e.text)
		}
	}
	t.Logf("%s (%d lines), trained on %d lines without them:\n%s", *fresh, len(batch), len(train), ev.table())
}
