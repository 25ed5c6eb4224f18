package agent_test

import (
	"path/filepath"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
)

// TestCiteFirstLeavingSetsOut checks the choice of what an answer cites.
// Each question set is answered with the guide learning from the other
// sets only, so its wordings are new to the ranking; an answer either
// cites the first citable hit or the hit found sure enough to answer from.
// Both answer the same questions, so only recall@1 can differ, and citing
// the first hit must find an acceptable section more often, pooled over the
// sets.
func TestCiteFirstLeavingSetsOut(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("loads the guide once for each question set")
	}
	var first, sure, n int
	for _, name := range knowledge.QuestionSets {
		kb, err := knowledge.Load(knowledge.Options{Asked: learnedWithout(name)})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("..", "knowledge", "testdata", "questions", name+".tsv")
		var f, s, c int
		for _, q := range readQuestionSet(t, path) {
			if q.want == nil {
				continue
			}
			hits, off, in := agent.AnswerHits(kb, q.text)
			if off {
				continue
			}
			c++
			a := agent.CitedInField(hits, in, agent.AnswerRule, agent.WeakRule)
			b := agent.CitedSure(hits, in, agent.AnswerRule, agent.WeakRule)
			if (a == "") != (b == "") {
				t.Errorf("%s: %q: citing first answers %v, citing the sure hit %v", name, q.text, a != "", b != "")
			}
			if contains(q.want, a) {
				f++
			}
			if contains(q.want, b) {
				s++
			}
		}
		t.Logf("%s left out: first hit cited right %d, sure hit %d, of %d", name, f, s, c)
		first, sure, n = first+f, sure+s, n+c
	}
	t.Logf("pooled: first hit cited right %d (%.3f), sure hit %d (%.3f), of %d", first, ratio(first, n), sure, ratio(sure, n), n)
	if first <= sure {
		t.Errorf("citing the first hit finds %d acceptable sections, citing the sure one %d", first, sure)
	}
}

// TestLikelyAnswersLeavingSetsOut checks the rule that a section the
// guide's model finds likely answers on its own. Each question set is
// answered with the guide learning from the other sets only, with the rule
// and without it: with it, more covered questions must cite an acceptable
// section, pooled, and no more out-of-scope questions may be answered.
func TestLikelyAnswersLeavingSetsOut(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("loads the guide once for each question set")
	}
	without := agent.AnswerRule
	without.Likely = 0
	var with, off cvCounts
	for _, name := range knowledge.QuestionSets {
		kb, err := knowledge.Load(knowledge.Options{Asked: learnedWithout(name)})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("..", "knowledge", "testdata", "questions", name+".tsv")
		var w, o cvCounts
		for _, q := range readQuestionSet(t, path) {
			hits, offField, in := agent.AnswerHits(kb, q.text)
			a, b := "", ""
			if !offField {
				a = agent.CitedInField(hits, in, agent.AnswerRule, agent.WeakRule)
				b = agent.CitedInField(hits, in, without, agent.WeakRule)
			}
			w.count(q.want, a)
			o.count(q.want, b)
		}
		t.Logf("%s left out: with the rule %s; without %s", name, w, o)
		with.add(w)
		off.add(o)
	}
	t.Logf("pooled: with the rule %s; without %s", with, off)
	if with.recall <= off.recall {
		t.Errorf("with the rule %d covered questions cite an acceptable section, without it %d", with.recall, off.recall)
	}
	if with.declined < off.declined {
		t.Errorf("with the rule %d out-of-scope questions are declined, without it %d", with.declined, off.declined)
	}
}

// TestFieldLikelyLeavingSetsOut checks that answering a question that only
// names another field when its first section is likely enough pays: each
// question set answered with the guide learning from the other sets only,
// with the rule and without it, more covered questions must cite an
// acceptable section, pooled, and no more out-of-scope questions may be
// answered.
func TestFieldLikelyLeavingSetsOut(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("loads the guide once for each question set")
	}
	inUse := *agent.FieldLikely
	defer func() { *agent.FieldLikely = inUse }()
	var with, off cvCounts
	for _, name := range knowledge.QuestionSets {
		kb, err := knowledge.Load(knowledge.Options{Asked: learnedWithout(name)})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("..", "knowledge", "testdata", "questions", name+".tsv")
		for _, q := range readQuestionSet(t, path) {
			*agent.FieldLikely = inUse
			with.count(q.want, agent.ComposeAnswer(kb, q.text).Cited)
			*agent.FieldLikely = 0
			off.count(q.want, agent.ComposeAnswer(kb, q.text).Cited)
		}
	}
	t.Logf("pooled: answering likely questions that name another field %s; declining them %s", with, off)
	if with.recall <= off.recall {
		t.Errorf("answering them %d covered questions cite an acceptable section, declining them %d", with.recall, off.recall)
	}
	if with.declined < off.declined {
		t.Errorf("answering them %d out-of-scope questions are declined, declining them %d", with.declined, off.declined)
	}
}
