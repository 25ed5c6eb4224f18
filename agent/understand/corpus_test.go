package understand

import (
	"errors"
	"slices"
	"testing"
	"testing/fstest"
)

func TestBuiltinCorpus(t *testing.T) {
	examples, err := builtinCorpus()
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, e := range examples {
		count[e.label]++
		if !slices.Contains(labels, e.label) {
			t.Errorf("corpus label %q is not one of the labels", e.label)
		}
	}
	for _, l := range labels {
		if count[l] == 0 {
			t.Errorf("label %q has no message in the corpus", l)
		}
	}
	if got := Default().Labels(); !slices.Equal(got, slices.Sorted(slices.Values(labels))) {
		t.Errorf("Default().Labels() = %q, want every label", got)
	}
	t.Logf("%d messages, %d labels", len(examples), len(count))
}

func TestReadCorpus(t *testing.T) {
	fsys := fstest.MapFS{
		"c/a.tsv":   {Data: []byte("yes\tsure\n\nno\tnah  \r\n")},
		"c/b.tsv":   {Data: []byte("skip\tpass\n")},
		"c/x.txt":   {Data: []byte("not\tread\n")},
		"bad/a.tsv": {Data: []byte("yes\tsure\nno tab here\n")},
		"nolabel/a": {Data: []byte("\tsure\n")},
		"empty/a":   {Data: []byte("\n\n")},
	}
	got, err := readCorpus(fsys, "c/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := []example{{"yes", "sure"}, {"no", "nah"}, {"skip", "pass"}}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for glob, wantErr := range map[string]error{
		"bad/*.tsv": errCorpusLine,
		"nolabel/*": errCorpusLine,
		"empty/*":   errEmptyCorpus,
		"none/*":    errEmptyCorpus,
	} {
		if _, err := readCorpus(fsys, glob); !errors.Is(err, wantErr) {
			t.Errorf("readCorpus(%s) = %v, want %v", glob, err, wantErr)
		}
	}
}
