package knowledge

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The guide is written from a handful of source articles, in the project's
// own words. These tests hold that line: no run of seedRunLen words from any
// source article may appear in the guide, the structured data or the query
// set. The articles themselves live outside the module; the test reads them
// when they are present (COMPANION_SEEDS_DIR, or ../../shared/seeds) and
// otherwise falls back to testdata/seed_shingles.txt, which holds only hashes
// of their word runs, never their text.
//
// After the articles change, refresh the hashes with
//
//	COMPANION_UPDATE_SEED_HASHES=1 go test ./knowledge -run TestSeedHashesCurrent

func TestGuideHasNoCopiedRuns(t *testing.T) {
	idx := loadSeedIndex(t)
	texts := ownTexts(t)
	if len(texts) == 0 {
		t.Fatal("found no guide text to check")
	}
	for _, txt := range texts {
		for _, hit := range idx.copiedRuns(txt.body) {
			t.Errorf("%s: %q also appears in seed %s", txt.where, hit.run, hit.seed)
		}
	}
}

func TestSeedHashesCurrent(t *testing.T) {
	dir, ok := seedsDir()
	if !ok {
		t.Skip("source articles not available; using committed hashes")
	}
	idx, err := seedIndexFromDir(dir)
	if err != nil {
		t.Fatalf("read seeds: %v", err)
	}
	want := idx.hashFile()
	if os.Getenv("COMPANION_UPDATE_SEED_HASHES") == "1" {
		if err := os.WriteFile(seedHashPath, []byte(want), 0o644); err != nil {
			t.Fatalf("write %s: %v", seedHashPath, err)
		}
	}
	got, err := os.ReadFile(seedHashPath)
	if err != nil {
		t.Fatalf("read %s: %v (set COMPANION_UPDATE_SEED_HASHES=1 to create it)", seedHashPath, err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date with %s; set COMPANION_UPDATE_SEED_HASHES=1 and rerun", seedHashPath, dir)
	}
}

func TestSeedWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Hello there", []string{"hello", "there"}},
		{"curly apostrophe", "It’s fine", []string{"it", "s", "fine"}},
		{"dashes and digits", "10-20 minutes—daily", []string{"10", "20", "minutes", "daily"}},
		{"markdown", "## A *bold* [link](x)", []string{"a", "bold", "link", "x"}},
		{"accents kept", "Seppälä said", []string{"seppälä", "said"}},
		{"empty", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := seedWords(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("seedWords(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCopiedRunsDetection(t *testing.T) {
	idx := newSeedIndex()
	idx.add("a.txt", "One two three four five six seven eight nine ten.")
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"eight word run", "Say: ONE two, three four five six seven eight!", []string{"one two three four five six seven eight"}},
		{"seven words only", "one two three four five six seven", nil},
		{"reordered", "two one three four five six seven eight nine", nil},
		{"two runs", "x three four five six seven eight nine ten", []string{
			"three four five six seven eight nine ten",
		}},
		{"overlapping", "two three four five six seven eight nine ten", []string{
			"two three four five six seven eight nine",
			"three four five six seven eight nine ten",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, hit := range idx.copiedRuns(tt.in) {
				if hit.seed != "a.txt" {
					t.Errorf("seed = %q, want a.txt", hit.seed)
				}
				got = append(got, hit.run)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("copiedRuns(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// ownText is one piece of the project's own writing and where it came from.
type ownText struct {
	where string
	body  string
}

// ownTexts gathers everything written from the seeds: the guide files, the
// query set and the structured data.
func ownTexts(t *testing.T) []ownText {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("guide", "*.md"))
	if err != nil {
		t.Fatalf("glob guide: %v", err)
	}
	paths = append(paths, filepath.Join("testdata", "queries.tsv"))
	var out []ownText
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		out = append(out, ownText{where: p, body: string(b)})
	}
	return append(out, structuredTexts()...)
}

// seedsDir finds the source articles, if this checkout has them.
func seedsDir() (string, bool) {
	dir := os.Getenv("COMPANION_SEEDS_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "seeds")
	}
	fi, err := os.Stat(dir)
	return dir, err == nil && fi.IsDir()
}

// loadSeedIndex reads the articles when available, the committed hashes otherwise.
func loadSeedIndex(t *testing.T) *seedIndex {
	t.Helper()
	if dir, ok := seedsDir(); ok {
		idx, err := seedIndexFromDir(dir)
		if err != nil {
			t.Fatalf("read seeds: %v", err)
		}
		return idx
	}
	b, err := os.ReadFile(seedHashPath)
	if err != nil {
		t.Fatalf("no source articles and no hashes: %v", err)
	}
	idx, err := parseSeedHashes(string(b))
	if err != nil {
		t.Fatalf("parse %s: %v", seedHashPath, err)
	}
	if len(idx.runs) == 0 {
		t.Fatalf("%s holds no hashes", seedHashPath)
	}
	return idx
}

func TestParseSeedHashesRoundTrip(t *testing.T) {
	idx := newSeedIndex()
	idx.add("b.txt", "alpha beta gamma delta epsilon zeta eta theta iota")
	idx.add("a.txt", "one two three four five six seven eight")
	text := idx.hashFile()
	if got, want := strings.Count(text, "\n"), 3; got != want {
		t.Fatalf("hash file has %d lines, want %d:\n%s", got, want, text)
	}
	back, err := parseSeedHashes(text)
	if err != nil {
		t.Fatalf("parseSeedHashes: %v", err)
	}
	hits := back.copiedRuns("so: alpha beta gamma delta epsilon zeta eta theta")
	if len(hits) != 1 || hits[0].seed != "b.txt" {
		t.Errorf("hits = %+v, want one from b.txt", hits)
	}
	if _, err := parseSeedHashes("a.txt\tnot-hex\n"); err == nil {
		t.Error("parseSeedHashes accepted a malformed line")
	}
}
