package agent_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
)

// The decline thresholds are chosen by k-fold cross-validation on the tune
// questions alone: on k-1 folds the pair of thresholds that maximises
// recall@1 plus the share of out-of-scope questions declined is picked and
// then measured on the fold left out. The pooled figures over the left-out
// folds estimate how the rule fares on questions it was not chosen on; the
// held-out set is never used to choose.
const cvFolds = 5

// cvScores and cvCoverages are the thresholds tried. The score stays a
// floor at 1: searched over too, its pick swung between 2 and 7 from one
// fold to the next with no steady gain, so only the coverage is chosen.
var (
	cvScores    = []float64{1}
	cvCoverages = []float64{0.2, 0.25, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.475, 0.5, 0.55, 0.6}
)

// cvQuestion is one tune question with its search hits, found once.
type cvQuestion struct {
	want []string
	hits []agent.Section
	fold int
}

// cvCounts are the answers' counts under one pair of thresholds.
type cvCounts struct{ covered, recall, outside, declined int }

func (c *cvCounts) add(o cvCounts) {
	c.covered += o.covered
	c.recall += o.recall
	c.outside += o.outside
	c.declined += o.declined
}

// objective is the balanced measure maximised: recall@1 on the covered
// questions plus the share of out-of-scope questions declined.
func (c cvCounts) objective() float64 {
	return ratio(c.recall, c.covered) + ratio(c.declined, c.outside)
}

func (c cvCounts) String() string {
	return fmt.Sprintf("recall@1 %.3f (%d/%d), declined %.3f (%d/%d)",
		ratio(c.recall, c.covered), c.recall, c.covered, ratio(c.declined, c.outside), c.declined, c.outside)
}

func countWith(qs []cvQuestion, keep func(cvQuestion) bool, score, coverage float64) cvCounts {
	var c cvCounts
	for _, q := range qs {
		if !keep(q) {
			continue
		}
		cited := agent.CitedWith(q.hits, score, coverage)
		if q.want == nil {
			c.outside++
			if cited == "" {
				c.declined++
			}
			continue
		}
		c.covered++
		if contains(q.want, cited) {
			c.recall++
		}
	}
	return c
}

// pickThresholds returns the pair of thresholds with the best objective on
// the questions keep selects; ties go to the higher recall, then to the
// lower thresholds, which turn fewer questions away.
func pickThresholds(qs []cvQuestion, keep func(cvQuestion) bool) (score, coverage float64, best cvCounts) {
	first := true
	for _, s := range cvScores {
		for _, cv := range cvCoverages {
			c := countWith(qs, keep, s, cv)
			o, bo := c.objective(), best.objective()
			if first || o > bo+1e-9 || o > bo-1e-9 && ratio(c.recall, c.covered) > ratio(best.recall, best.covered)+1e-9 {
				score, coverage, best, first = s, cv, c, false
			}
		}
	}
	return score, coverage, best
}

// TestDeclineThresholdsByCrossValidation reports the cross-validated
// figures of the decline rule and checks that the thresholds the answers
// use are as good on tune as the best pair tried, so they stay the ones
// the procedure supports when the search changes.
func TestDeclineThresholdsByCrossValidation(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "knowledge", "testdata", "questions", "tune.tsv")
	set := readQuestionSet(t, path)
	if len(set) < 300 {
		t.Fatalf("%s has %d questions, want at least 300", path, len(set))
	}
	// Folds are dealt round-robin within the covered and the out-of-scope
	// questions apart, so every fold has its share of both.
	var qs []cvQuestion
	nIn, nOut := 0, 0
	for _, q := range set {
		cq := cvQuestion{want: q.want, hits: agent.QuestionHits(kb, q.text)}
		if q.want == nil {
			cq.fold, nOut = nOut%cvFolds, nOut+1
		} else {
			cq.fold, nIn = nIn%cvFolds, nIn+1
		}
		qs = append(qs, cq)
	}
	var pooled cvCounts
	for k := 0; k < cvFolds; k++ {
		s, c, train := pickThresholds(qs, func(q cvQuestion) bool { return q.fold != k })
		test := countWith(qs, func(q cvQuestion) bool { return q.fold == k }, s, c)
		pooled.add(test)
		t.Logf("fold %d: picked score %.2f, coverage %.2f; train %s; test %s", k, s, c, train, test)
	}
	t.Logf("cross-validated (%d folds): %s; objective %.3f", cvFolds, pooled, pooled.objective())

	all := func(cvQuestion) bool { return true }
	s, c, best := pickThresholds(qs, all)
	t.Logf("picked on all of tune: score %.2f, coverage %.2f: %s", s, c, best)
	used := countWith(qs, all, agent.Thresholds[0], agent.Thresholds[1])
	t.Logf("in use: score %.2f, coverage %.2f: %s", agent.Thresholds[0], agent.Thresholds[1], used)
	if used.objective() < best.objective()-0.02 {
		t.Errorf("the thresholds in use (%.2f, %.2f) score %.3f on tune, the best pair (%.2f, %.2f) %.3f: choose them again",
			agent.Thresholds[0], agent.Thresholds[1], used.objective(), s, c, best.objective())
	}
}
