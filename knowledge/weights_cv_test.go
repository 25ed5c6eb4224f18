package knowledge

import (
	"fmt"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// The weight of the likeness to a listed or asked question (askMix) and of
// a concept the question speaks of (conceptWeight) are chosen on the
// answers, with each question set left out in turn: the guide learns from
// the other sets, and the set left out is answered under each pair. The
// pair in use must find, pooled, within three questions of the best pair's
// acceptable sections and decline at least as many out-of-scope questions
// as the best less one. With the ten sets, (32, 0.7) answers 1543 of 1701
// covered questions from an acceptable section and declines 282 of 295,
// against 1534 and 281 for (24, 1), the pair in use before; (32, 0.5) to
// (40, 0.7) do about as well.
var (
	cvAskMixes  = []float64{16, 24, 32, 48}
	cvConceptWs = []float64{0.4, 0.7, 1}
)

func TestSearchWeightsLeavingSetsOut(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("answers every question once for each pair tried")
	}
	mix, cw := askMix, conceptWeight
	defer func() { askMix, conceptWeight = mix, cw }()
	type pair struct{ mix, concept float64 }
	type counts struct{ recall, declined, covered, outside int }
	got := map[pair]*counts{}
	for _, m := range cvAskMixes {
		for _, c := range cvConceptWs {
			got[pair{m, c}] = &counts{}
		}
	}
	inUse := pair{mix, cw}
	if got[inUse] == nil {
		t.Fatalf("the pair in use %v is not among those tried", inUse)
	}
	for _, name := range QuestionSets {
		kb, err := Load(Options{Asked: learnedWithout(name)})
		if err != nil {
			t.Fatal(err)
		}
		set := questionSet(t, name+".tsv")
		for p, n := range got {
			askMix, conceptWeight = p.mix, p.concept
			for _, c := range set {
				cited := agent.ComposeAnswer(kb, c.query).Cited
				if c.want == nil {
					n.outside++
					if cited == "" {
						n.declined++
					}
					continue
				}
				n.covered++
				if exactlyOneOf(cited, c.want) {
					n.recall++
				}
			}
		}
	}
	best := inUse
	for p, n := range got {
		b := got[best]
		if n.recall+n.declined > b.recall+b.declined || n.recall+n.declined == b.recall+b.declined && n.recall > b.recall {
			best = p
		}
		if testing.Verbose() {
			t.Logf("%s", fmt.Sprintf("mix %.0f, concepts %.1f: %d of %d cited right, %d of %d declined", p.mix, p.concept, n.recall, n.covered, n.declined, n.outside))
		}
	}
	u, b := got[inUse], got[best]
	t.Logf("in use %v: %d cited right, %d declined; best %v: %d, %d", inUse, u.recall, u.declined, best, b.recall, b.declined)
	if u.recall+3 < b.recall || u.declined+1 < b.declined {
		t.Errorf("the pair in use %v cites %d right and declines %d; %v cites %d and declines %d: choose again", inUse, u.recall, u.declined, best, b.recall, b.declined)
	}
}
