package knowledge

import (
	"fmt"
	"slices"
	"testing"
)

// The asked-questions field's weight is chosen leaving each question set
// out in turn: the guide learns from the other sets, and the set left out
// is searched under each weight. Its questions are wordings the field has
// not seen, so the pooled recall@1 says how each weight fares on new
// wordings. The weight in use must be within one in a hundred of the best
// and must beat leaving the field out.
var cvFieldWeights = []float64{0, 0.25, 0.5, 0.75, 1, 1.5, 2}

func TestAskedFieldWeightLeavingSetsOut(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("loads the guide once for each question set")
	}
	inUse := askedFieldWeight
	defer func() { askedFieldWeight = inUse }()
	right := make([]int, len(cvFieldWeights))
	n := 0
	for _, name := range QuestionSets {
		var learn []string
		for _, s := range QuestionSets {
			if s != name {
				learn = append(learn, s)
			}
		}
		kb, err := Load(Options{Asked: learn})
		if err != nil {
			t.Fatal(err)
		}
		set := questionSet(t, name+".tsv")
		line := ""
		for i, w := range cvFieldWeights {
			askedFieldWeight = w
			ok, covered := 0, 0
			for _, c := range set {
				if c.want == nil {
					continue
				}
				covered++
				if got := kb.Search(c.query, 1); len(got) > 0 && exactlyOneOf(got[0].ID, c.want) {
					ok++
				}
			}
			right[i] += ok
			if i == 0 {
				n += covered
			}
			line += fmt.Sprintf(" %.3f", float64(ok)/float64(covered))
		}
		t.Logf("%s left out, weights %v:%s", name, cvFieldWeights, line)
	}
	if n < 1000 {
		t.Fatalf("%d covered questions over the sets, want at least 1000", n)
	}
	best := slices.Max(right)
	use := slices.Index(cvFieldWeights, inUse)
	if use < 0 {
		t.Fatalf("weight in use %v is not among those tried", inUse)
	}
	t.Logf("pooled recall@1: none %.3f, in use (%v) %.3f, best %.3f", float64(right[0])/float64(n), inUse, float64(right[use])/float64(n), float64(best)/float64(n))
	if float64(best-right[use])/float64(n) > 0.01 {
		t.Errorf("weight %v finds %d of %d first, the best weight %d: choose it again", inUse, right[use], n, best)
	}
	if right[use] <= right[0] {
		t.Errorf("the field at weight %v finds %d first, without it %d", inUse, right[use], right[0])
	}
}
