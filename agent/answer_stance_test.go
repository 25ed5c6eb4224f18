package agent_test

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
)

// askedYesNoRE is how the measure below tells a question that wants a yes or
// a no, kept apart from the answer's own reading of it so the figure does not
// only count what the code already sees: an auxiliary and a subject opening
// the question or a clause of it ("should i…", "is it rude…", "am i wrong
// for…", "…, do i text him"), or "do you think i should".
var askedYesNoRE = regexp.MustCompile(`(?i)(?:^|[,.;:!?]\s*|\b(?:but|so|and|like|anyway|now|honestly|seriously)\s+)(?:should|shall|is|are|am|was|were|do|does|did|can|could|would|will|has|have|shud|r)\s+(?:i|it|that|this|we|they|he|she|you|u|my|there|me|him|her|them|someone|people)\b|\bdo you think (?:i|it|we)\b|\bam i (?:wrong|being|the)\b`)

// whOpenRE is an open question that only contains an auxiliary later ("how
// do i…", "what should i…").
var whOpenRE = regexp.MustCompile(`(?i)\b(?:how|what|wat|where|when|why|who|which)\s+(?:should|shall|is|are|am|was|were|do|does|did|can|could|would|will|has|have)\s+(?:i|it|that|this|we|they|he|she|you|u)\b`)

// askedYesNo reports whether q asks for a yes or a no by the measure's own
// reading.
func askedYesNo(q string) bool {
	return askedYesNoRE.MatchString(q) && !whOpenRE.MatchString(q)
}

// stanceFigures counts, among the answered yes-or-no questions of a set, how
// many open with a stance the cited section lists.
func stanceFigures(t *testing.T, name string) (answered, withStance int) {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Options{Asked: learnedWithout(name)})
	if err != nil {
		t.Fatal(err)
	}
	set := readQuestionSet(t, filepath.Join("..", "knowledge", "testdata", "questions", name+".tsv"))
	for _, q := range set {
		if q.want == nil || !askedYesNo(q.text) {
			continue
		}
		a := agent.ComposeAnswer(kb, q.text)
		if !a.Covered() || a.Weak {
			continue
		}
		answered++
		if a.Stance != "" {
			withStance++
		}
	}
	return answered, withStance
}

// TestYesNoStanceShare measures the share of answered yes-or-no questions that
// open with a stance on the sets developed on, each measured with the
// guide learning from the other sets only, and holds each to a floor.
func TestYesNoStanceShare(t *testing.T) {
	skipUnderRace(t)
	for _, name := range []string{"tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18"} {
		n, k := stanceFigures(t, name)
		if n == 0 {
			continue
		}
		t.Logf("%s: %d of %d answered yes-or-no questions open with a stance (%.2f)", name, k, n, ratio(k, n))
		if floor := stanceFloors[name]; ratio(k, n) < floor {
			t.Errorf("%s: %.2f of answered yes-or-no questions open with a stance, below the floor of %.2f", name, ratio(k, n), floor)
		}
	}
}

// stanceFloors sit under the shares measured when stances were last
// widened (tune 0.71, the fresh sets 0.45 to 0.49), so that a change that
// loses stances shows. Since a stance passes only to a question about the
// same act by the same person (knowledge/stancefit.go), fresh opens 12 of
// 29 with one: the two it lost were "No." to "should i leave" (said to
// "should i stay") and "Yes." to "do i need a reason to text", both wrong;
// fresh2 answers six more yes-or-no questions surely than before, none of
// them about a listed question with a stance, so its share fell to 0.41.
// With the asked questions searched as a field of their own, two fresh2
// questions cite a closer section whose listed questions take no stance on
// their wording ("can u be as close to someone…" now cites the section on
// exactly that, which opens "Yes." in its text), so it stands at 0.38.
// fresh6 opened 14 of 32 with one when it arrived (0.44); learning from
// fresh7 as well, it opens 13 of 33 (0.39). fresh7 opened 11 of 33 when it
// arrived (0.33), fresh8 17 of 26 (0.65). Since a section the guide's
// model finds likely answers surely (compose.go), more yes-or-no questions
// are answered surely rather than as the nearest section, and those open
// with a stance only when worded like the listed question it comes from:
// no set opens fewer answers with a stance than before (fresh2 23, fresh4
// 22, fresh5 20, fresh6 13, fresh7 11, fresh8 17), but of more answered,
// so the floors for those sets sit under their new shares. fresh9 opens 9
// of 40 with one (0.23), fresh10 15 of 47 when it arrived (0.32). Once the
// guide learned from fresh11, fresh8 answers one more yes-or-no question
// (35), still opening 17 with a stance (0.49); fresh11 opens 7 of 35 with
// one (0.20). With the listed question on waiting a day to answer a long
// message, "is it ok to take two days to answer a long message if i want
// to give a proper reply" cites the section on depth over speed, whose
// text answers it, and no longer opens with the "No, but…" of the section
// on not having replied, which said no to an "is it ok" it meant yes to:
// fresh6 opens 12 of 43 with a stance (0.279), its floor 0.27. Once the
// guide learned from fresh16 and listed more questions, fresh8 opens 17
// of 37 with one (0.46, 18 before): the stance on stopping inviting a
// friend who cancels is lost (a fresh16 question about one is now the
// closest, and a question learned from a set carries no stance of its
// own), and so is the one on only ever sending memes; one on a grief group
// was gained. Once a section that answers every listed question of one
// frame the same way round gives that answer to a question further from
// all of them (knowledge/stance_steady.go), every set opens more answers
// with a stance or as many (tune 50 of 66, fresh 17 of 31, fresh2 29 of
// 68, fresh3 28 of 66, fresh4 31 of 56, fresh5 22 of 49, fresh6 16 of 46,
// fresh7 16 of 48, fresh8 18 of 37, fresh9 16 of 43, fresh10 20 of 50,
// fresh11 10 of 43, fresh12 8 of 49, fresh13 9 of 43, fresh14 5 of 44,
// fresh15 9 of 41, fresh16 18 of 59, fresh17 16 of 43), and the floors sit
// a question or so under. Once a section the model is all but sure of
// (compose.go, likelyStanceLikely) opens with its stance however the
// question is worded, and a question calling something horrible, awful or
// terrible, or a claim of that kind put to be checked ("someone says X is
// selfish, is that right"), counts as put in doubt, every set opens as many
// answers with a stance or more (fresh2 32 of 68, fresh3 31 of 66, fresh4
// 33 of 56, fresh5 26 of 49, fresh6 17 of 46, fresh7 20 of 48, fresh8 20 of
// 37, fresh9 17 of 43, fresh10 21 of 50, fresh11 13 of 43, fresh12 14 of 49,
// fresh13 14 of 43, fresh14 10 of 44, fresh15 11 of 41, fresh16 22 of 59,
// fresh17 19 of 43, fresh18 14 of 36), and the floors sit under those.
var stanceFloors = map[string]float64{"tune": 0.72, "fresh": 0.5, "fresh2": 0.45, "fresh3": 0.45, "fresh4": 0.57, "fresh5": 0.51, "fresh6": 0.35, "fresh7": 0.40, "fresh8": 0.52, "fresh9": 0.38, "fresh10": 0.40, "fresh11": 0.28,
	"fresh12": 0.27, "fresh13": 0.31, "fresh14": 0.21, "fresh15": 0.25, "fresh16": 0.35, "fresh17": 0.42, "fresh18": 0.36}
