package agent

import "testing"

// "passed" after someone is a death unless a test follows it; a stop
// between "passed" and the next sentence is lost once folded, so "the"
// alone after it is no test.
func TestPassedIsADeathUnlessATestFollows(t *testing.T) {
	for _, c := range []struct {
		text string
		want newsKind
	}{
		{"every evening since my wife passed. the house is so quiet", newsDeath},
		{"my dad passed. the funeral was lovely though", newsDeath},
		{"my grandad passed in his sleep on tuesday", newsDeath},
		{"since my husband passed. a lot of the days feel long", newsDeath},
		{"my sister passed her driving test!!", newsWin},
		{"my son passed the bar exam", newsWin},
		{"my daughter passed all her exams", newsWin},
		{"my brother passed the theory test first time", newsWin},
	} {
		if got := newsKindOf(lowPadded(c.text)); got != c.want {
			t.Errorf("newsKindOf(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
