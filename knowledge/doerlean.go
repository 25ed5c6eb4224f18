package knowledge

import (
	"strings"

	"github.com/companion-dev/companion/agent"
)

// Some acts are answered by different sections depending on whose act it
// is. A friend who stopped answering is the asker's worry about someone
// else's silence; "i never answer my friends" is the asker's own. The
// guide has sections for each side, and a question about one side shares
// most of its words with the other ("reply", "message", "weeks"). So a
// section whose listed questions all put one doer to a concept leans to
// that doer, and a question that names only the other doer for the same
// concept counts it for less.
//
// Only concepts the guide splits this way count: ones with at least one
// section leaning to each doer. For a concept every section reads one way
// (making friends is always the asker's), whose act it is tells the
// sections nothing apart.

// leanAsks is how many of a section's listed questions must name a
// concept with one doer, and none with the other, for the section to lean
// to that doer.
const leanAsks = 3

// otherSideScale is what the score of a section leaning to one doer of a
// concept is multiplied by for a question naming only the other doer of
// it (TestWhoseSilenceSteersTheSection).
const otherSideScale = 0.6

// doerLeans holds, for each section, the concept terms it leans to with
// the doer suffix ("~silence@self"), for the concepts the guide splits.
type doerLeans [][]string

// newDoerLeans reads the leans of secs from their listed questions.
func newDoerLeans(secs []agent.Section, stemOf func(string) string) doerLeans {
	leans := make(doerLeans, len(secs))
	sides := map[string][2]bool{} // concept: some section leans self, other
	for i, s := range secs {
		count := map[string]int{}
		for _, a := range s.Asks {
			q, _ := askParts(a)
			seen := map[string]bool{}
			doneConcepts(q, stemOf, func(term string) {
				if !seen[term] {
					seen[term] = true
					count[term]++
				}
			})
		}
		for term, n := range count {
			c, d := splitDoer(term)
			if n < leanAsks || count[c+doerSuffix[opposite(d)]] > 0 {
				continue
			}
			leans[i] = append(leans[i], term)
			sd := sides[c]
			sd[d-doerSelf] = true
			sides[c] = sd
		}
	}
	for i, ts := range leans {
		kept := ts[:0]
		for _, t := range ts {
			if c, _ := splitDoer(t); sides[c][0] && sides[c][1] {
				kept = append(kept, t)
			}
		}
		leans[i] = kept
	}
	return leans
}

// scale returns what section sec's score is multiplied by for a query
// whose concept terms with their doer are done: otherSideScale when the
// section leans to one doer of a concept the query names with the other
// doer alone, 1 otherwise.
func (l doerLeans) scale(sec int32, done map[string]bool) float64 {
	if int(sec) >= len(l) {
		return 1
	}
	for _, t := range l[sec] {
		c, d := splitDoer(t)
		if done[c+doerSuffix[opposite(d)]] && !done[t] {
			return otherSideScale
		}
	}
	return 1
}

// splitDoer splits a concept term with its doer ("~silence@self") into
// the concept and the doer.
func splitDoer(term string) (string, doer) {
	c, side, ok := strings.Cut(term, "@")
	if !ok {
		return term, doerNone
	}
	if "@"+side == doerSuffix[doerSelf] {
		return c, doerSelf
	}
	return c, doerOther
}

// opposite is the other doer of an act.
func opposite(d doer) doer {
	if d == doerSelf {
		return doerOther
	}
	return doerSelf
}
