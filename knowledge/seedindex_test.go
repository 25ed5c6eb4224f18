package knowledge

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// seedRunLen is the length of the word runs compared against the seeds.
const seedRunLen = 8

// seedHashPath holds hashes of every seed run, so the check works in a
// checkout without the articles.
var seedHashPath = filepath.Join("testdata", "seed_shingles.txt")

// seedIndex maps the hash of each seedRunLen-word run to the seed it came from.
type seedIndex struct {
	runs map[uint64]string
}

// seedHit is one run of our text that also appears in a seed.
type seedHit struct {
	run  string
	seed string
}

func newSeedIndex() *seedIndex {
	return &seedIndex{runs: make(map[uint64]string)}
}

// seedWords lowercases text, turns everything but letters and digits into
// spaces and splits on whitespace.
func seedWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func seedRunHash(words []string) uint64 {
	h := fnv.New64a()
	for _, w := range words {
		h.Write([]byte(w))
		h.Write([]byte{' '})
	}
	return h.Sum64()
}

// add records every run of the named seed's text; the first seed to hold a
// run keeps it.
func (x *seedIndex) add(name, text string) {
	words := seedWords(text)
	for i := 0; i+seedRunLen <= len(words); i++ {
		k := seedRunHash(words[i : i+seedRunLen])
		if _, ok := x.runs[k]; !ok {
			x.runs[k] = name
		}
	}
}

// copiedRuns returns every run of text that also appears in a seed, in order.
func (x *seedIndex) copiedRuns(text string) []seedHit {
	words := seedWords(text)
	var hits []seedHit
	for i := 0; i+seedRunLen <= len(words); i++ {
		run := words[i : i+seedRunLen]
		if seed, ok := x.runs[seedRunHash(run)]; ok {
			hits = append(hits, seedHit{run: strings.Join(run, " "), seed: seed})
		}
	}
	return hits
}

// hashFile renders the index as sorted "seed<TAB>hash" lines.
func (x *seedIndex) hashFile() string {
	lines := make([]string, 0, len(x.runs))
	for k, name := range x.runs {
		lines = append(lines, fmt.Sprintf("%s\t%016x", name, k))
	}
	slices.Sort(lines)
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

func parseSeedHashes(text string) (*seedIndex, error) {
	x := newSeedIndex()
	for n, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if line == "" {
			continue
		}
		name, hex, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want seed<TAB>hash", n+1)
		}
		k, err := strconv.ParseUint(hex, 16, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		x.runs[k] = name
	}
	return x, nil
}

func seedIndexFromDir(dir string) (*seedIndex, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("list seeds: %w", err)
	}
	x := newSeedIndex()
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read seed: %w", err)
		}
		x.add(e.Name(), string(b))
	}
	if len(x.runs) == 0 {
		return nil, fmt.Errorf("no seed text in %s", dir)
	}
	return x, nil
}

// structuredTexts returns every string of the journeys, the plan and the
// drafting principles, labelled for error messages.
func structuredTexts() []ownText {
	var out []ownText
	add := func(where, body string) { out = append(out, ownText{where: where, body: body}) }
	for _, j := range journeys() {
		add("journeys.go "+j.ID+" title", j.Title)
		add("journeys.go "+j.ID+" intro", j.Intro)
		for i, q := range j.Questions {
			add(fmt.Sprintf("journeys.go %s q%d", j.ID, i+1), q.Text+"\n"+q.Why)
		}
	}
	for _, d := range plan() {
		add(fmt.Sprintf("plan.go day %d", d.Day), d.Title+"\n"+d.Task+"\n"+d.Reflection)
	}
	for _, p := range principles() {
		add("principles.go "+p.ID, p.Title+"\n"+p.Tip)
	}
	return out
}
