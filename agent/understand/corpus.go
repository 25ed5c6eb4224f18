package understand

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// corpusFiles is the labelled corpus the default classifier learns from:
// the tune part, one file per label, and a few lines of our own for the
// labels it does not have yet.
//
//go:embed testdata/corpus/tune/*.tsv testdata/dev/*.tsv
var corpusFiles embed.FS

// builtinCorpus reads corpusFiles: every tune file, and the dev file of each
// label that has no tune file.
func builtinCorpus() ([]example, error) {
	tune, err := readCorpus(corpusFiles, "testdata/corpus/tune/*.tsv")
	if err != nil {
		return nil, err
	}
	dev, err := readCorpus(corpusFiles, "testdata/dev/*.tsv")
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, e := range tune {
		have[e.label] = true
	}
	for _, e := range dev {
		if !have[e.label] {
			tune = append(tune, e)
		}
	}
	return tune, nil
}

// readCorpus reads every file matching glob in fsys, in name order. A line
// is "label<TAB>text"; blank lines are skipped.
func readCorpus(fsys fs.FS, glob string) ([]example, error) {
	names, err := fs.Glob(fsys, glob)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	var out []example
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read corpus: %w", err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		sc.Buffer(nil, 1<<20)
		for line := 1; sc.Scan(); line++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			label, text, ok := strings.Cut(sc.Text(), "\t")
			label, text = strings.TrimSpace(label), strings.TrimSpace(text)
			if !ok || label == "" || text == "" {
				return nil, fmt.Errorf("read corpus: %s:%d: %w", name, line, errCorpusLine)
			}
			out = append(out, example{label: label, text: text})
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read corpus: %s: %w", name, err)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read corpus: %s: %w", glob, errEmptyCorpus)
	}
	return out, nil
}
