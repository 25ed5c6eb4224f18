package knowledge

import (
	"fmt"
	"testing"
)

// The section model's weight and temperature are chosen leaving each
// question set out in turn, as the asked-questions field's weight is: the
// guide learns from the other sets and the set left out is searched under
// each setting. The setting in use must be within one in a hundred of the
// best tried, pooled, and must beat leaving the model out, pooled and on
// each of the three sets written last by other people.
var (
	cvClassMixes = []float64{0, 8, 16, 24}
	cvClassTemps = []float64{3, 5, 8}
	cvPriors     = []float64{0, 1}
)

func TestSectionModelLeavingSetsOut(t *testing.T) {
	skipUnderRace(t)
	if testing.Short() {
		t.Skip("loads the guide once for each question set")
	}
	mix, temp, prior := classMix, classTemp, classPrior
	defer func() { classMix, classTemp, classPrior = mix, temp, prior }()
	type setting struct{ mix, temp, prior float64 }
	var settings []setting
	for _, m := range cvClassMixes {
		for _, tp := range cvClassTemps {
			for _, pr := range cvPriors {
				settings = append(settings, setting{m, tp, pr})
			}
		}
	}
	right := make([]int, len(settings))
	inUse, off := -1, -1
	for i, s := range settings {
		if s == (setting{mix, temp, prior}) {
			inUse = i
		}
		if s.mix == 0 && off < 0 {
			off = i
		}
	}
	if inUse < 0 {
		t.Fatalf("the setting in use (%v, %v) is not among those tried", mix, temp)
	}
	n := 0
	for _, name := range QuestionSets {
		kb, err := Load(Options{Asked: learnedWithout(name)})
		if err != nil {
			t.Fatal(err)
		}
		set := questionSet(t, name+".tsv")
		line := ""
		covered, withOK, offOK := 0, 0, 0
		for i, s := range settings {
			classMix, classTemp, classPrior = s.mix, s.temp, s.prior
			ok := 0
			covered = 0
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
			line += fmt.Sprintf(" %.3f", float64(ok)/float64(covered))
			if i == inUse {
				withOK = ok
			}
			if i == off {
				offOK = ok
			}
		}
		if (name == "fresh6" || name == "fresh7" || name == "fresh8") && withOK <= offOK {
			t.Errorf("%s: the model finds %d first, without it %d", name, withOK, offOK)
		}
		n += covered
		t.Logf("%s left out, %v:%s", name, settings, line)
	}
	best := 0
	for i := range right {
		if right[i] > right[best] {
			best = i
		}
	}
	t.Logf("pooled recall@1: without the model %.3f, in use %v %.3f, best %v %.3f",
		float64(right[off])/float64(n), settings[inUse], float64(right[inUse])/float64(n), settings[best], float64(right[best])/float64(n))
	if float64(right[best]-right[inUse])/float64(n) > 0.01 {
		t.Errorf("the setting in use finds %d of %d first, the best %v %d: choose it again", right[inUse], n, settings[best], right[best])
	}
	if right[inUse] <= right[off] {
		t.Errorf("the model finds %d first, without it %d", right[inUse], right[off])
	}
}
