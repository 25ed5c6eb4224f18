package safety

import (
	"bufio"
	"embed"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/companion-dev/companion/agent/modelcache"
	"github.com/companion-dev/companion/agent/understand"
)

// Concern is a second listener beside the rules. The rules decide what is
// a crisis; a learned model, trained on the crisis corpus (crisis lines
// against near misses) and on the everyday lines of the intent corpus,
// only says how much a message sounds like one. A message the rules let
// pass that sounds much like one is worth a gentle question, never a
// crisis reply of its own: the companion asks, and the person's answer
// decides.

// ConcernThreshold is the score from which a message the rules let pass
// is worth asking about. It was chosen on tuning parts left out of the
// model's training (TestConcernThresholdOnTuningParts), never on the parts
// kept unseen. Of the 20 crisis lines there that the rules miss, the check
// reaches 9 at 0.95 and only 4 at 0.97 and 3 at 0.99, while it asks about
// 18, 13 and 4 of 569 near misses: a question asked when it was not needed
// is gentle and the conversation goes on, a crisis not heard is not, so the
// lower bar is kept.
const ConcernThreshold = 0.95

// concernUnseen are the corpus parts the model never learns from, so that
// they can measure it: the newest validation part, tune42, and tune41
// while its misses are being read (the ones before them, up to tune39,
// have been read and are learned from). tune40, read, is not learned yet:
// learning it made the check ask about 29 of 7,041 everyday messages
// (0.0041, over the 0.004 ceiling) where it asks about 22 without it. The
// held-out part is not embedded at all.
var concernUnseen = []string{"tune40", "tune41", "tune42"}

// concernFiles are the crisis corpus parts the model learns from.
//
//go:embed testdata/corpus/tune*/*.tsv
var concernFiles embed.FS

// concernHurts are everyday hurts that are no crisis (being left out, not
// asked along, not answered), one message a line, learned as "safe": the
// crisis corpus's near misses borrow the words of crisis lines, and few
// tell of a plain hurt, so "nobody even asked if i wanted to come" would
// sound like "nobody would notice if i was gone".
//
//go:embed testdata/concern/*.txt
var concernHurts embed.FS

const concernLabel = "crisis"

var (
	concernOnce  sync.Once
	concernModel *understand.Classifier
)

// Concern returns how much text sounds like a crisis to the learned
// model, in [0, 1]. It decides nothing: see ConcernThreshold. The model is
// trained on first use (Warm it at start-up); safe for concurrent use.
func Concern(text string) float64 {
	r := concernClassifier().Classify(text)
	for _, s := range r.Ranked {
		if s.Label == concernLabel {
			return s.Confidence
		}
	}
	return 0
}

// WarmConcern trains the concern model now (or reads it from the default
// model cache, when an earlier start kept it there), so that no message
// waits.
func WarmConcern() { concernClassifier() }

func concernClassifier() *understand.Classifier {
	concernOnce.Do(func() {
		concernModel = trainConcern(modelcache.Default())
	})
	return concernModel
}

// trainConcern trains the concern model, or reads the one kept in c for
// the same corpora and lexicons.
func trainConcern(c *modelcache.Cache) *understand.Classifier {
	return understand.TrainKept(c, concernKey(), func() []understand.Example {
		return concernExamples(concernParts())
	})
}

// concernKey is the model cache key of the concern model: everything its
// examples are made from — the crisis corpus and which parts stay unseen,
// the everyday hurts, the intent corpus's lines, and the lexicons, which
// decide the everyday lines left out as crises. Made from the bytes alone,
// it spares a start the rules' pass over every line when the model is
// kept.
func concernKey() *modelcache.Key {
	k := modelcache.NewKey("concern").Add(concernUnseen...)
	k.AddFS(concernFiles, "testdata/corpus/*/*.tsv")
	k.AddFS(concernHurts, "testdata/concern/*.txt")
	k.AddFS(lexiconFiles, "lexicon/*")
	return k.Add(understand.CorpusTexts()...)
}

// concernParts lists the corpus parts the model learns from, by name:
// every embedded part but the unseen ones.
func concernParts() []string {
	dirs, err := fs.ReadDir(concernFiles, "testdata/corpus")
	if err != nil {
		panic("safety: concern corpus: " + err.Error())
	}
	var out []string
	for _, d := range dirs {
		if d.IsDir() && strings.HasPrefix(d.Name(), "tune") && !slices.Contains(concernUnseen, d.Name()) {
			out = append(out, d.Name())
		}
	}
	return out
}

// concernExamples reads the crisis lines of parts as "crisis" and their
// near misses as "safe", and adds the everyday lines of the intent corpus
// as "safe" (those the rules would answer as a crisis are left out).
func concernExamples(parts []string) []understand.Example {
	// A line of an unseen part written the same in another ("i want to
	// die") is left out of training too, so the unseen part stays unseen.
	unseen := map[string]bool{}
	for _, part := range concernUnseen {
		for _, l := range concernLines(part) {
			unseen[l[3]] = true
		}
	}
	var ex []understand.Example
	for _, part := range parts {
		for _, l := range concernLines(part) {
			if unseen[l[3]] {
				continue
			}
			label := "safe"
			if l[0] == "crisis" {
				label = concernLabel
			}
			ex = append(ex, understand.Example{Label: label, Text: l[3]})
		}
	}
	for _, text := range append(understand.CorpusTexts(), hurtLines()...) {
		if !unseen[text] && !Detect(text).Crisis() {
			ex = append(ex, understand.Example{Label: "safe", Text: text})
		}
	}
	return ex
}

// hurtLines reads the everyday hurts of testdata/concern, one message a
// line, without comments and blank lines.
func hurtLines() []string {
	var out []string
	files, _ := fs.ReadDir(concernHurts, "testdata/concern")
	for _, f := range files {
		b, err := fs.ReadFile(concernHurts, path.Join("testdata/concern", f.Name()))
		if err != nil {
			panic("safety: concern hurts: " + err.Error())
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				out = append(out, l)
			}
		}
	}
	return out
}

// concernLines reads the embedded corpus part's lines, each as its four
// fields (label, situation, language, text); malformed lines are skipped.
func concernLines(part string) [][]string {
	var out [][]string
	dir := path.Join("testdata/corpus", part)
	files, _ := fs.ReadDir(concernFiles, dir)
	for _, f := range files {
		b, err := fs.ReadFile(concernFiles, path.Join(dir, f.Name()))
		if err != nil {
			panic("safety: concern corpus: " + err.Error())
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			fields := strings.Split(sc.Text(), "\t")
			if len(fields) == 4 && strings.TrimSpace(fields[3]) != "" {
				out = append(out, fields)
			}
		}
	}
	return out
}
