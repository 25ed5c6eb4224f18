package agent_test

import (
	"os"
	"strings"
	"testing"
)

// tsvRow is one line of a tab-separated expectation file, padded to the
// fields asked for, with its line number.
type tsvRow struct {
	f    []string
	line int
}

// readTSVRows reads the rows of a tab-separated expectation file,
// skipping blank lines and "#" comments, each padded to at least fields
// fields. An empty file fails the test.
func readTSVRows(t *testing.T, path string, fields int) []tsvRow {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []tsvRow
	for n, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < fields {
			f = append(f, "")
		}
		rows = append(rows, tsvRow{f: f, line: n + 1})
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	return rows
}

// phraseGroups reads "a|b; c" as groups of alternatives: [[a b] [c]].
func phraseGroups(s string) [][]string {
	var out [][]string
	for _, g := range strings.Split(s, ";") {
		if g = strings.TrimSpace(g); g != "" {
			out = append(out, strings.Split(g, "|"))
		}
	}
	return out
}
