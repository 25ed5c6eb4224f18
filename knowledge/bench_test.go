package knowledge

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchQueries are questions of the kind people ask the companion.
var benchQueries = []string{
	"my friend stopped replying to my messages",
	"how do I reconnect with an old friend after a year",
	"I'm shy and hate small talk",
	"we had a falling out over text",
	"I feel lonely even with hundreds of followers",
	"how do I set boundaries with someone who messages at night",
	"what is the 7-day plan",
	"is it ok to share personal things online",
	"can online friendships be real",
	"how often should I check in with my sister",
	"i feel so lonley, evryone is busy", // misspelt on purpose
}

func BenchmarkSearchBuiltin(b *testing.B) {
	kb, err := Load(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if len(kb.Search(benchQueries[i%len(benchQueries)], 3)) == 0 {
			b.Fatalf("no results for %q", benchQueries[i%len(benchQueries)])
		}
		i++
	}
}

// synthCorpus builds Markdown guide files from a word list: the embedded
// guide's own words plus invented ones, drawn with a Zipf distribution so a
// few words are common and most are rare, as in real text.
type synthCorpus struct {
	rng   *rand.Rand
	vocab []string
	zipf  *rand.Zipf
}

func newSynthCorpus(seed uint64) *synthCorpus {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	seen := map[string]bool{}
	var vocab []string
	names, _ := fs.Glob(guideFS, "guide/*.md")
	for _, name := range names {
		data, _ := guideFS.ReadFile(name)
		for _, w := range words(string(data)) {
			if !seen[w] {
				seen[w] = true
				vocab = append(vocab, w)
			}
		}
	}
	syllables := []string{"ka", "lo", "mi", "ren", "tas", "vo", "pel", "dri", "sun", "ga", "bor", "le", "nith", "ost", "ur"}
	for len(vocab) < 20000 {
		var w strings.Builder
		for range 2 + rng.IntN(3) {
			w.WriteString(syllables[rng.IntN(len(syllables))])
		}
		if !seen[w.String()] {
			seen[w.String()] = true
			vocab = append(vocab, w.String())
		}
	}
	rng.Shuffle(len(vocab), func(i, j int) { vocab[i], vocab[j] = vocab[j], vocab[i] })
	return &synthCorpus{rng: rng, vocab: vocab, zipf: rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))}
}

func (c *synthCorpus) word() string { return c.vocab[c.zipf.Uint64()] }

func (c *synthCorpus) sentence(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(c.word())
	}
	b.WriteString(". ")
	return b.String()
}

// writeFiles writes files of about fileSize bytes into dir until they add
// up to total bytes.
func (c *synthCorpus) writeFiles(tb testing.TB, dir string, total, fileSize int) {
	tb.Helper()
	for n, written := 0, 0; written < total; n++ {
		var f strings.Builder
		fmt.Fprintf(&f, "---\nid: doc-%d\ntitle: %s %s\ntags: [%s, %s]\n---\n", n, c.word(), c.word(), c.word(), c.word())
		for f.Len() < fileSize {
			fmt.Fprintf(&f, "\n## %s %s %s\n", c.word(), c.word(), c.word())
			for range 3 + c.rng.IntN(4) {
				f.WriteString(c.sentence(6 + c.rng.IntN(14)))
			}
			f.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc-%04d.md", n)), []byte(f.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
		written += f.Len()
	}
}

const (
	synthTotal    = 20 << 20
	synthFileSize = 50 << 10
)

func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

func BenchmarkLoad20MB(b *testing.B) {
	dir := b.TempDir()
	newSynthCorpus(1).writeFiles(b, dir, synthTotal, synthFileSize)
	var heap float64
	var sections int
	for b.Loop() {
		before := heapMB()
		kb, err := Load(Options{Dir: dir, Replace: true})
		if err != nil {
			b.Fatal(err)
		}
		heap = heapMB() - before
		sections = len(kb.sections)
		runtime.KeepAlive(kb)
	}
	b.ReportMetric(heap, "MB-heap")
	b.ReportMetric(float64(sections), "sections")
	b.SetBytes(synthTotal)
}

func BenchmarkSearch20MB(b *testing.B) {
	dir := b.TempDir()
	corpus := newSynthCorpus(2)
	corpus.writeFiles(b, dir, synthTotal, synthFileSize)
	kb, err := Load(Options{Dir: dir, Replace: true})
	if err != nil {
		b.Fatal(err)
	}
	queries := make([]string, 2000)
	for i := range queries {
		ws := make([]string, 2+corpus.rng.IntN(5))
		for j := range ws {
			ws[j] = corpus.word()
		}
		queries[i] = strings.Join(ws, " ")
	}
	queries = append(queries, benchQueries...)
	for _, q := range queries { // warm up caches and the scratch pool
		kb.Search(q, 5)
	}
	runtime.GC()
	// On a busy machine a single timing mostly measures the scheduler, so
	// the best of three runs is reported beside the first run.
	durs := make([]time.Duration, len(queries))
	best := make([]time.Duration, len(queries))
	for i, q := range queries {
		for run := range 3 {
			start := time.Now()
			kb.Search(q, 5)
			d := time.Since(start)
			if run == 0 {
				durs[i], best[i] = d, d
			}
			best[i] = min(best[i], d)
		}
	}
	slices.Sort(durs)
	slices.Sort(best)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		kb.Search(queries[i%len(queries)], 5)
		i++
	}
	b.ReportMetric(float64(durs[len(durs)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(durs[len(durs)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(best[len(best)*99/100].Microseconds()), "p99-best3-µs")
}
