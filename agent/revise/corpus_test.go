package revise

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// example is one line of a request corpus.
type example struct {
	kind   Kind
	detail string
	text   string
	line   int
}

func loadCorpus(t *testing.T, name string) []example {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want 3 tab-separated fields, got %d", name, n, len(parts))
		}
		d := parts[1]
		if d == "-" {
			d = ""
		}
		k := Kind(parts[0])
		if parts[0] == "none" {
			k = ""
		}
		out = append(out, example{kind: k, detail: d, text: parts[2], line: n})
	}
	return out
}

// judge reports whether Parse read ex right: the kind, and for kinds with
// a detail, the detail (a Say detail as the sentence it becomes, a Drop
// detail by its content words).
func judge(ex example) (Request, bool) {
	r, ok := Parse(ex.text)
	if !ok {
		return r, ex.kind == ""
	}
	if r.Kind != ex.kind {
		return r, false
	}
	switch r.Kind {
	case Say:
		return r, Sentence(r.Detail, "", false) == ex.detail
	case Drop:
		if strings.HasPrefix(ex.detail, "@") || strings.HasPrefix(r.Detail, "@") {
			return r, r.Detail == ex.detail
		}
		return r, slices.Equal(keyWords(r.Detail), keyWords(ex.detail))
	case StartWith:
		return r, fold(r.Detail) == fold(ex.detail)
	case Emoji:
		return r, r.Detail == ex.detail
	case Replace:
		// Written "old>new": "august>september", "@month>soon", ">friday".
		return r, strings.ToLower(r.Old+">"+r.Detail) == strings.ToLower(ex.detail)
	}
	return r, true
}

func score(t *testing.T, name string) float64 {
	exs := loadCorpus(t, name)
	right := 0
	// A held-out miss is counted by the kind it wanted, never shown: its
	// words must not be what the rules are fixed on.
	heldout := strings.HasPrefix(name, "heldout")
	missed := map[string]int{}
	for _, ex := range exs {
		if r, ok := judge(ex); ok {
			right++
		} else if heldout {
			missed[string(ex.kind)]++
		} else {
			t.Logf("%s:%d %q: got %s %q, want %s %q", name, ex.line, ex.text, r.Kind, r.Detail, ex.kind, ex.detail)
		}
	}
	acc := float64(right) / float64(len(exs))
	t.Logf("%s: %d of %d right (%.3f); misses by kind wanted: %v", name, right, len(exs), acc, missed)
	return acc
}

// TestTuneCorpus holds the parser to the corpus its rules were written on.
func TestTuneCorpus(t *testing.T) {
	if acc := score(t, "tune.tsv"); acc < 0.99 { // 253 of 253 measured; 0.97 before
		t.Errorf("tune accuracy %.3f, want at least 0.99", acc)
	}
}
