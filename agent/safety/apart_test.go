package safety

import (
	"testing"

	"github.com/companion-dev/companion/agent/internal/fold"
)

// heldoutOverlapCeiling is how many lines of the tune parts are worded like
// a held-out line (spelling, accents, case and punctuation aside): 46, most
// of them short lines of the early parts. No part added later may raise it,
// and TestCorpusHeldout reports the lines worded unlike any tune line beside
// the whole part.
const heldoutOverlapCeiling = 46

// heldoutApart returns the held-out lines worded unlike any line of the
// tune parts, and how many tune lines are worded like a held-out one.
func heldoutApart(t *testing.T) (apart []corpusLine, overlap int) {
	t.Helper()
	tuned := map[string]bool{}
	held := readCorpus(t, "heldout")
	heldWords := map[string]bool{}
	for _, l := range held {
		heldWords[fold.Words(l.text)] = true
	}
	for _, p := range tuneParts {
		for _, l := range readCorpus(t, p.dir) {
			w := fold.Words(l.text)
			tuned[w] = true
			if heldWords[w] {
				overlap++
			}
		}
	}
	for _, l := range held {
		if !tuned[fold.Words(l.text)] {
			apart = append(apart, l)
		}
	}
	return apart, overlap
}

// TestHeldoutApartFromTuning checks that no part added later repeats a
// held-out line: a line the rules were tuned on would count as caught
// unseen. Figures only; no line is named.
func TestHeldoutApartFromTuning(t *testing.T) {
	apart, overlap := heldoutApart(t)
	t.Logf("%d tune lines worded like a held-out line; %d held-out lines worded unlike any", overlap, len(apart))
	if overlap > heldoutOverlapCeiling {
		t.Errorf("%d tune lines are worded like held-out lines, more than the %d there were: the newest part repeats one", overlap, heldoutOverlapCeiling)
	}
}
