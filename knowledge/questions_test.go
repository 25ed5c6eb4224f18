package knowledge

import (
	"path/filepath"
	"testing"
)

// minTuneSearchRecall is the share of tune.tsv's covered questions whose
// first search result is a section that answers them. The answer the
// companion gives is measured on the same questions in the agent package.
const minTuneSearchRecall = 0.88

// questionSet reads a question set of testdata/questions; nil when it is
// not there. Out-of-scope lines ("-") have no ids.
func questionSet(t *testing.T, name string) []recallCase {
	t.Helper()
	path := filepath.Join("testdata", "questions", name)
	var out []recallCase
	for _, c := range readRecallCasesIfAny(t, path) {
		if len(c.want) == 1 && c.want[0] == "-" {
			c.want = nil
		}
		out = append(out, c)
	}
	return out
}

// searchRecall returns the share of covered questions whose first result
// answers them, and of those with an answer among the first three.
func searchRecall(kb *KB, set []recallCase) (at1, at3 float64, n int) {
	var one, three int
	for _, c := range set {
		if c.want == nil {
			continue
		}
		n++
		got := kb.Search(c.query, 3)
		for i, s := range got {
			if exactlyOneOf(s.ID, c.want) {
				if i == 0 {
					one++
				}
				three++
				break
			}
		}
	}
	if n == 0 {
		return 0, 0, 0
	}
	return float64(one) / float64(n), float64(three) / float64(n), n
}

// exactlyOneOf reports whether id is one of want. In a question set a bare
// document id means the document's lead, not any of its sections.
func exactlyOneOf(id string, want []string) bool {
	for _, w := range want {
		if id == w {
			return true
		}
	}
	return false
}

func TestSearchOnQuestionSet(t *testing.T) {
	kb, err := Load(Options{Asked: learnedWithout("tune")})
	if err != nil {
		t.Fatal(err)
	}
	tune := questionSet(t, "tune.tsv")
	if tune == nil {
		t.Fatal("testdata/questions/tune.tsv is missing")
	}
	at1, at3, n := searchRecall(kb, tune)
	t.Logf("tune search: recall@1 %.3f, recall@3 %.3f over %d covered questions", at1, at3, n)
	if at1 < minTuneSearchRecall {
		t.Errorf("tune search recall@1 = %.3f, want at least %.2f", at1, minTuneSearchRecall)
	}
	for _, c := range tune {
		for _, id := range c.want {
			if _, ok := kb.Section(id); !ok {
				t.Errorf("tune.tsv:%d: no section %q", c.line, id)
			}
		}
	}
}

// BenchmarkSearchQuestionSet searches the tune questions in turn, the way
// the companion does for each question: five sections, each with its
// passage, coverage and stance.
func BenchmarkSearchQuestionSet(b *testing.B) {
	kb, err := Load(Options{})
	if err != nil {
		b.Fatal(err)
	}
	t := &testing.T{}
	set := questionSet(t, "tune.tsv")
	if len(set) == 0 {
		b.Fatal("no tune questions")
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		kb.Search(set[i%len(set)].query, 5)
		i++
	}
}

// TestSearchOnFresh logs the search figures on fresh.tsv, questions written
// in one go before the learned ranker and kept apart from the asks lists.
func TestSearchOnFresh(t *testing.T) {
	kb, err := Load(Options{Asked: learnedWithout("fresh")})
	if err != nil {
		t.Fatal(err)
	}
	fresh := questionSet(t, "fresh.tsv")
	if fresh == nil {
		t.Fatal("testdata/questions/fresh.tsv is missing")
	}
	at1, at3, n := searchRecall(kb, fresh)
	t.Logf("fresh search: recall@1 %.3f, recall@3 %.3f over %d covered questions", at1, at3, n)
	for _, c := range fresh {
		for _, id := range c.want {
			if _, ok := kb.Section(id); !ok {
				t.Errorf("fresh.tsv:%d: no section %q", c.line, id)
			}
		}
	}
}

// TestSearchOnFresh2 logs the search figures on fresh2.tsv, 220 questions
// written in one sitting from the guide's text without reading any other
// set, measured once before any change for it and developed on since.
func TestSearchOnFresh2(t *testing.T) { searchOnDevSet(t, "fresh2", 0.86) }

// TestSearchOnFresh3 logs the search figures on fresh3.tsv, 200 questions
// in someone else's wording, measured once before any change for it.
func TestSearchOnFresh3(t *testing.T) { searchOnDevSet(t, "fresh3", 0.93) }

// TestSearchOnFresh4 logs the search figures on fresh4.tsv, 200 more
// questions written in one sitting, measured once before any change for it.
func TestSearchOnFresh4(t *testing.T) { searchOnDevSet(t, "fresh4", 0.89) }

// TestSearchOnFresh5 logs the search figures on fresh5.tsv, 180 questions
// labelled against the guide as it stood, measured once before any change
// for it.
func TestSearchOnFresh5(t *testing.T) { searchOnDevSet(t, "fresh5", 0.89) }

// TestSearchOnFresh6 logs the search figures on fresh6.tsv, 180 questions
// written by someone else, measured once with itself left out before any
// change for it.
func TestSearchOnFresh6(t *testing.T) { searchOnDevSet(t, "fresh6", 0.91) }

// TestSearchOnFresh7 logs the search figures on fresh7.tsv, 180 questions
// written in one sitting by someone else, measured once with itself left
// out before any change for it.
func TestSearchOnFresh7(t *testing.T) { searchOnDevSet(t, "fresh7", 0.88) }

// TestSearchOnFresh8 logs the search figures on fresh8.tsv, 180 questions
// written in one sitting by someone else, measured once with itself left
// out before any change for it.
func TestSearchOnFresh8(t *testing.T) { searchOnDevSet(t, "fresh8", 0.9) }

// TestSearchOnFresh9 logs the search figures on fresh9.tsv, 180 questions
// written in one sitting by someone else, measured once with itself left
// out before any change for it.
func TestSearchOnFresh9(t *testing.T) { searchOnDevSet(t, "fresh9", 0.92) }

// TestSearchOnFresh10 logs the search figures on fresh10.tsv, 170 questions
// written in one sitting by someone else, measured once with itself left
// out before any change for it.
func TestSearchOnFresh10(t *testing.T) { searchOnDevSet(t, "fresh10", 0.88) }

// searchOnDevSet logs the search figures on the question set name.tsv and
// holds its recall@1 to a floor.
func searchOnDevSet(t *testing.T, name string, floor float64) {
	t.Helper()
	kb, err := Load(Options{Asked: learnedWithout(name)})
	if err != nil {
		t.Fatal(err)
	}
	set := questionSet(t, name+".tsv")
	if set == nil {
		t.Fatalf("testdata/questions/%s.tsv is missing", name)
	}
	at1, at3, n := searchRecall(kb, set)
	t.Logf("%s search: recall@1 %.3f, recall@3 %.3f over %d covered questions", name, at1, at3, n)
	if at1 < floor {
		t.Errorf("%s search recall@1 = %.3f, below the floor %.1f", name, at1, floor)
	}
	for _, c := range set {
		for _, id := range c.want {
			if _, ok := kb.Section(id); !ok {
				t.Errorf("%s.tsv:%d: no section %q", name, c.line, id)
			}
		}
	}
}

// learnedWithout returns the question sets the guide learns from, but for
// the one named, so a set is measured as wording the model has not seen.
func learnedWithout(name string) []string {
	var out []string
	for _, s := range QuestionSets {
		if s != name {
			out = append(out, s)
		}
	}
	return out
}

// TestSearchOnHeldOut logs the search figures on the held-out questions,
// which are never tuned on; a floor catches a collapse.
func TestSearchOnHeldOut(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	held := questionSet(t, "heldout.tsv")
	if held == nil {
		t.Skip("testdata/questions/heldout.tsv is not there")
	}
	at1, at3, n := searchRecall(kb, held)
	t.Logf("held-out search: recall@1 %.3f, recall@3 %.3f over %d covered questions", at1, at3, n)
	if at3 < 0.4 {
		t.Errorf("held-out search recall@3 = %.3f, below the floor 0.4", at3)
	}
}

// TestSearchOnFresh11 logs the search figures on fresh11.tsv, 170 questions
// written in one sitting by someone else, measured once with itself left
// out before any change for it (recall@1 0.855, recall@3 0.945).
func TestSearchOnFresh11(t *testing.T) { searchOnDevSet(t, "fresh11", 0.88) }

// TestSearchOnFresh12 logs the search figures on fresh12.tsv, 170 questions
// written in one sitting by someone else, measured once with itself left
// out before any change for it (recall@1 0.848, recall@3 0.945).
//
// The floors of fresh2 to fresh12 sit two or three questions under what
// each reaches with itself left out once fresh12 is learned from, the
// listed questions for everyday wordings are in and the asked-questions
// field counts 0.5: 0.882, 0.953, 0.913, 0.908, 0.935, 0.902, 0.928, 0.941,
// 0.897, 0.903 and 0.910.
func TestSearchOnFresh12(t *testing.T) { searchOnDevSet(t, "fresh12", 0.89) }
