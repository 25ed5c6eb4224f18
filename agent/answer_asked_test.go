package agent_test

import (
	"path/filepath"
	"testing"

	"github.com/companion-dev/companion/knowledge"
)

// TestAskedQuestionsAcrossBatches measures what learning from the labelled
// question sets adds on a batch the model has not seen: the guide is loaded
// learning from some sets only, and a later set is answered, against the
// same set answered with no set learned from. Each batch was written in
// one sitting by someone else, so this is the figure for new wordings.
func TestAskedQuestionsAcrossBatches(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("loads the guide once for each split")
	}
	load := func(asked []string) *knowledge.KB {
		kb, err := knowledge.Load(knowledge.Options{Asked: asked})
		if err != nil {
			t.Fatal(err)
		}
		return kb
	}
	none := load([]string{})
	splits := []struct {
		name  string
		learn []string
		held  []string
	}{
		{"first three", []string{"tune", "fresh", "fresh2"}, []string{"fresh3", "fresh4"}},
		{"all but fresh3", learnedWithout("fresh3"), []string{"fresh3"}},
		{"all but fresh4", learnedWithout("fresh4"), []string{"fresh4"}},
		{"all but fresh5", learnedWithout("fresh5"), []string{"fresh5"}},
		{"all but fresh6", learnedWithout("fresh6"), []string{"fresh6"}},
		{"all but fresh7", learnedWithout("fresh7"), []string{"fresh7"}},
		{"all but fresh8", learnedWithout("fresh8"), []string{"fresh8"}},
		{"all but fresh9", learnedWithout("fresh9"), []string{"fresh9"}},
		{"all but fresh10", learnedWithout("fresh10"), []string{"fresh10"}},
		{"all but fresh11", learnedWithout("fresh11"), []string{"fresh11"}},
		{"all but fresh12", learnedWithout("fresh12"), []string{"fresh12"}},
		{"all but fresh13", learnedWithout("fresh13"), []string{"fresh13"}},
		{"all but fresh14", learnedWithout("fresh14"), []string{"fresh14"}},
		{"all but fresh16", learnedWithout("fresh16"), []string{"fresh16"}},
	}
	for _, sp := range splits {
		kb := load(sp.learn)
		for _, name := range sp.held {
			path := filepath.Join("..", "knowledge", "testdata", "questions", name+".tsv")
			set := readQuestionSet(t, path)
			base := measureAnswers(t, none, set, path)
			with := measureAnswers(t, kb, set, path)
			t.Logf("%s, %s: none learned %s", sp.name, name, base)
			t.Logf("%s, %s: learned     %s", sp.name, name, with)
			// Learning only the three oldest sets, written in the guide's
			// own words, may move two questions of fresh3 or fresh4 the
			// wrong way: the sections' listed questions now cover what those
			// sets taught (with nothing learned fresh3 went from 0.871 to
			// 0.888), and the three sets still pull a few wordings elsewhere.
			slack := 0
			if sp.name == "first three" {
				slack = 2
			}
			if with.recall+slack < base.recall {
				t.Errorf("%s, %s: learning from other sets lowers recall@1 from %d to %d", sp.name, name, base.recall, with.recall)
			}
			if with.declined+1 < base.declined {
				t.Errorf("%s, %s: learning from other sets declines %d out-of-scope questions, %d without", sp.name, name, with.declined, base.declined)
			}
		}
	}
}
