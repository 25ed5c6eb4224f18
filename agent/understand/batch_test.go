package understand

import (
	"flag"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
)

// batchGrid makes TestBatchOut also try the -grid candidates.
var batchGrid = flag.Bool("batchgrid", false, "TestBatchOut: also try the -grid candidates")

// TestBatchOut trains, for each batch written after the tune part (tune5,
// tune6…), a classifier on every other line and measures it on the batch:
// each batch was written later, in wordings the rest never had, so this is
// the nearest the tune corpus comes to a held-out measure. It logs the
// accuracy per batch and overall, and fails when the overall figure falls
// under batchOutFloor.
func TestBatchOut(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("trains one model per batch")
	}
	all, err := builtinCorpus()
	if err != nil {
		t.Fatal(err)
	}
	batches, err := corpusBatches()
	if err != nil {
		t.Fatal(err)
	}
	cands := []candidate{{"defaults", defaults}}
	if *batchGrid {
		cands = candidates()
	}
	for _, c := range cands {
		if !strings.Contains(c.name, *try) {
			continue
		}
		var ev evaluation
		var per []string
		isDefault := c.name == "defaults"
		for _, b := range batches {
			c := batchClassifier(all, b.lines, c.p)
			var one evaluation
			for _, e := range b.lines {
				r := c.Classify(e.text)
				ev.add(e.label, r)
				one.add(e.label, r)
				if *misses == "all" && r.Label != e.label {
					t.Logf("%s %s>%s %.2f\t%s", b.name, e.label, r.Label, r.Confidence, e.text)
				}
			}
			per = append(per, b.name+" "+fmtRatio(one.accuracy()))
			if f, ok := batchFloors[b.name]; ok && isDefault && one.accuracy() < f {
				t.Errorf("%s batch-out accuracy %.3f, below %.3f", b.name, one.accuracy(), f)
			}
		}
		t.Logf("%-40s batch-out accuracy %.3f sure %.3f sure-acc %.3f (%s)", c.name, ev.accuracy(),
			ratio(ev.sure, ev.total), ratio(ev.sureCorrect, ev.sure), strings.Join(per, ", "))
		if c.name == "defaults" && ev.accuracy() < batchOutFloor {
			t.Errorf("batch-out accuracy %.3f, below %.3f", ev.accuracy(), batchOutFloor)
		}
	}
}

// batchOutFloor is the batch-out accuracy the corpus and features must
// keep: 0.972 measured (with tune19 and the formulas of formulas.go), less
// a margin.
const batchOutFloor = 0.95

// batchFloors hold each batch to its batch-out accuracy, measured with the
// features of the time, less a margin. tune15 came at 0.960 before any
// change made for it, 0.964 after the features of its round (negation,
// emoji meanings, lighter character n-grams in long messages) and before
// any line was written for it. tune16 came at 0.978; tune17, lines
// written for the borders tune16 and the outside messages showed
// (courtesies around a request or a story, whether a person reads the
// messages, worries about family told as statements, courtesies in new
// words), at 0.882. tune12 fell to 0.870 once tune16 joined. tune19
// (courtesies with words around them, the words of a message against what
// to do) came at 0.948; the formulas of formulas.go took it to 0.974,
// tune17 to 0.897, tune12 to 0.884 and tune10 to 0.942, no batch lower
// than without them. tune16, tune5 and tune6 each read a line fewer once
// tune19 joined (0.975, 0.988, 0.985), within their floors. tune18, 283
// lines written in one sitting by someone who read only LABELS.md, came at
// 0.982 before any change made for it (tune17 then fell from 0.882 to
// 0.853 once it joined); with the formulas, which were written without
// it, tune18 reads 0.982, tune17 0.882 and tune12 0.870 (both lower
// than without tune18, whose lines pull at their borders). The formulas
// that tell what to say from the words of a message, with six lines of
// tune and one of tune18 moved from draft to ask as LABELS.md says, took
// tune12 to 0.913 and tune17 to 0.897; tune13 and tune18 each read one
// line fewer (0.982, 0.979: a request for words that ends on "without
// being weird", and the moved tune18 line itself). tune21, written for
// those borders and for whether the companion is there later, came at
// 0.845 left out, 0.836 with the formulas for being there later, which
// need lines of their kind to learn from: it is in training now. tune20,
// 279 lines written in one sitting by someone who read only LABELS.md,
// came at 0.986 before any change made for it; with it in training
// tune17 reads 0.882. tune22, 276 lines written the same way, came at
// 0.982 left out before any change made for it, tune24, 282 lines
// written the same way, came at 0.982 too, and tune26, 277 lines written
// the same way, at 1.000. The scene act of
// formulas.go (loneliness told by a silent phone, a quiet weekend, a meal
// alone) and tune23, lines written for the borders the batches left out
// still missed (feelings told by their scene or as a hurt without a
// question, whether the companion is there later, chat about pets,
// children and food, everyday practical questions, thanks after a story,
// the companion's own tone, what kind thing to say), took tune21 to
// 0.927, tune17 to 0.912, tune10 to 0.956 and tune19 to 0.990; tune5
// reads a line fewer (0.988, a change to a draft read at 0.39 as a
// reminder to stop). tune23 itself reads 0.885 left out: no fresh
// measure, written by the same hand. tune25, lines written for the
// borders the batches left out still missed (thanks after a story, the
// companion there at other times, writing that is no message, follow-up
// worries put as "and if…", feelings told without a word for them), with
// formulas for thanks for what the companion did, time off it might take
// and pieces of writing, took tune12 from 0.928 to 0.986, tune17 from
// 0.912 to 1.000, tune21 from 0.936 to 0.964 and tune23 from 0.885 to
// 0.918; tune25 itself reads about 0.90 left out. tune27, lines written for
// the borders the batches left out still missed (loneliness told by its
// scene against the same with a question, everyday practical questions,
// chat about children, pets and the day, whether the companion likes
// something, thanks after a story, reminders and the plan's messages in
// new words), took the cross-validated figure from 0.956 to 0.958, tune12
// from 0.971 to 0.986, tune23 from 0.926 to 0.934, tune25 from 0.910 to
// 0.921, tune17 from 0.985 to 1.000, tune15 and tune22 up a line; tune10,
// tune13 and tune19 each read one line fewer (0.951, 0.986, 0.990) and
// tune8 two (0.970), within their floors. tune27 itself reads 0.921 left
// out: no fresh measure. tune27b, lines written for the kinds of message
// the base part missed when left out (asking after the companion's day,
// chat reactions, short yeses, noes, thanks, goodbyes and skips in new
// words and emoji), with the media keys and arrows read as emoji, took
// the base-out figure from 0.940 to 0.947 and the cross-validated one
// from 0.959 to 0.960; tune5, tune6, tune7, tune8, tune15, tune18 and
// tune23 went up, tune10, tune16, tune19, tune22 and tune9 each read one
// line fewer (0.951, 0.975, 0.990, 0.989, 0.984), tune20 two (0.989, one
// of them the line moved from draft to ask). tune27b itself reads 0.865
// left out: no fresh measure. tune28 (275 lines, hurried phone typing, formal
// signed messages, a greeting before a request) and tune29 (326 lines,
// English as a second language, a word or two of another language, one to
// three words), each written in one sitting by someone who read only
// LABELS.md, came at 0.989 and 0.951 left out (both out of training)
// before any change made for them; a few lines of theirs worded like
// held-out messages were dropped first (see TestHeldoutApartFromTraining).
// tune30 (934 lines, 4–106 per label), lines written for the borders the
// tune part and the batches left out still missed (small talk about the
// day and about what the companion likes against questions about what it
// is, everyday practical questions put to "you", thanks after a story,
// changes of wording quoted in the message, declines, ways to back out,
// the draft finished), with the taste formula of formulas.go, took the
// base-out figure from 0.947 to 0.951 and the other batches left out from
// 0.978 to 0.981 together (tune10 0.960, tune16 0.986, tune21 1.000,
// tune23 0.951, tune25 0.921, tune27 0.911, tune27b 0.878 went up); tune17
// and tune22 read two lines fewer (0.971, 0.986), tune5, tune6, tune15 and
// tune26 one each (0.988, 0.994, 0.986, 0.996), within their floors.
// tune30 itself reads 0.920 left out: no fresh measure.
var batchFloors = map[string]float64{
	"tune5": 0.96, "tune6": 0.96, "tune7": 0.945, "tune8": 0.93, "tune9": 0.95, "tune10": 0.925,
	"tune11": 0.96, "tune12": 0.9, "tune13": 0.95, "tune14": 0.95, "tune15": 0.935, "tune16": 0.955,
	"tune17": 0.89, "tune18": 0.96, "tune19": 0.95, "tune20": 0.97, "tune21": 0.9, "tune22": 0.97, "tune23": 0.86,
	"tune25": 0.87, "tune27": 0.88, "tune27b": 0.83, "tune28": 0.96, "tune29": 0.92, "tune30": 0.89,
}

type corpusBatch struct {
	name  string
	lines []example
}

// corpusBatches reads every later batch of the built-in corpus (every
// tune directory but the first).
func corpusBatches() ([]corpusBatch, error) {
	dirs, err := fs.Glob(corpusFiles, "testdata/corpus/tune?*")
	if err != nil {
		return nil, err
	}
	var out []corpusBatch
	for _, d := range dirs {
		lines, err := readCorpus(corpusFiles, d+"/*.tsv")
		if err != nil {
			return nil, err
		}
		out = append(out, corpusBatch{path.Base(d), lines})
	}
	return out, nil
}

// batchClassifier trains on all but the lines of batch (compared in lower
// case, so that a line repeated in another batch does not leak).
func batchClassifier(all, batch []example, p params) *Classifier {
	in := map[string]bool{}
	for _, e := range batch {
		in[strings.ToLower(e.text)] = true
	}
	var tr []example
	for _, e := range all {
		if !in[strings.ToLower(e.text)] {
			tr = append(tr, e)
		}
	}
	return newClassifier(tr, p)
}

func fmtRatio(f float64) string { return fmt.Sprintf("%.3f", f) }

// TestBaseOut cross-validates on the first tune part alone, the lines
// written with the held-out part and split from it at random, keeping the
// later batches in training every time: the setting of TestHeldout, so
// the nearest figure to it that the tune corpus gives.
func TestBaseOut(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("trains one model per fold")
	}
	base, err := readCorpus(corpusFiles, "testdata/corpus/tune/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	batches, err := corpusBatches()
	if err != nil {
		t.Fatal(err)
	}
	var later []example
	for _, b := range batches {
		later = append(later, b.lines...)
	}
	cands := []candidate{{"defaults", defaults}}
	if *batchGrid {
		cands = candidates()
	}
	for _, c := range cands {
		if !strings.Contains(c.name, *try) {
			continue
		}
		// Lines with the same words go to the same fold, as in
		// crossValidate.
		fold := make([]int, len(base))
		sameWords := map[string]int{}
		for i, e := range base {
			key := e.label + "\t" + strings.Join(wordsOnly(tokens(e.text, nil)), " ")
			f, ok := sameWords[key]
			if !ok {
				f = len(sameWords) % cvFolds
				sameWords[key] = f
			}
			fold[i] = f
		}
		var ev evaluation
		for f := range cvFolds {
			tr := slices.Clone(later)
			var test []example
			for i, e := range base {
				if fold[i] == f {
					test = append(test, e)
				} else {
					tr = append(tr, e)
				}
			}
			cl := newClassifier(tr, c.p)
			for _, e := range test {
				r := cl.Classify(e.text)
				ev.add(e.label, r)
				if *misses == "base" && r.Label != e.label {
					t.Logf("%s>%s %.2f\t%s", e.label, r.Label, r.Confidence, e.text)
				}
			}
		}
		t.Logf("%-40s base-out accuracy %.3f sure %.3f sure-acc %.3f", c.name, ev.accuracy(), ratio(ev.sure, ev.total), ratio(ev.sureCorrect, ev.sure))
	}
}
