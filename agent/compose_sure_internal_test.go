package agent

import "testing"

// TestVeryLikelySectionAnswersAStory checks that a section the guide's
// model finds very likely answers even when the question, told as a story,
// is worded like none of its listed questions, and that a section found
// only somewhat likely still needs that likeness.
func TestVeryLikelySectionAnswersAStory(t *testing.T) {
	hit := func(likely float64) []Section {
		return []Section{{ID: "a/b", Passage: "Some words.", Score: 30, Coverage: 0.2, Match: 0.15, Likely: likely}}
	}
	if i := sureFit(hit(0.95), answerRule); i != 0 {
		t.Errorf("a section found 0.95 likely is not answered from (sureFit %d)", i)
	}
	if i := sureFit(hit(0.55), answerRule); i != -1 {
		t.Errorf("a section found 0.55 likely, like no listed question, is answered from (sureFit %d)", i)
	}
	never := answerRule
	never.Sure = 0
	if i := sureFit(hit(0.95), never); i != -1 {
		t.Errorf("without Sure, the least likeness to a listed question is still needed (sureFit %d)", i)
	}
}
