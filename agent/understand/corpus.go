package understand

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// corpusFiles is the labelled corpus the default classifier learns from:
// the tune part, one file per label, and the batches written later, each
// in a directory of its own named tune and a number (tune5), measured
// once by TestFreshBatch before it joined. (The held-out part is only read
// by the evaluation test.)
//
//go:embed testdata/corpus/tune*/*.tsv
var corpusFiles embed.FS

// builtinCorpus reads corpusFiles.
func builtinCorpus() ([]example, error) {
	return readCorpus(corpusFiles, "testdata/corpus/tune*/*.tsv")
}

// readCorpus reads every file matching glob in fsys, in name order. A line
// is "label<TAB>text"; blank lines are skipped.
func readCorpus(fsys fs.FS, glob string) ([]example, error) {
	var out []example
	err := eachCorpusLine(fsys, glob, func(_ string, _ int, e example) { out = append(out, e) })
	return out, err
}

// eachCorpusLine calls f with each example of the files matching glob in
// fsys, in name order, and with the file's name and the line's number.
func eachCorpusLine(fsys fs.FS, glob string, f func(name string, line int, e example)) error {
	names, err := fs.Glob(fsys, glob)
	if err != nil {
		return fmt.Errorf("read corpus: %w", err)
	}
	n := 0
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("read corpus: %w", err)
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
				return fmt.Errorf("read corpus: %s:%d: %w", name, line, errCorpusLine)
			}
			f(name, line, example{label: label, text: text})
			n++
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("read corpus: %s: %w", name, err)
		}
	}
	if n == 0 {
		return fmt.Errorf("read corpus: %s: %w", glob, errEmptyCorpus)
	}
	return nil
}
