package agent

import "testing"

// "actually" takes back what was said only where a clause opens with it;
// inside a clause it is emphasis, and the message is still to the same
// person.
func TestActuallyTakesBackOnlyOpeningAClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"actually, write to my uncle instead", true},
		{"no actually it's for my neighbour", true},
		{"hmm actually make it for kofi", true},
		{"ok. actually my brother", true},
		{"i'd really like to actually see him again, we met at my gran's", false},
		{"tell him i'm actually doing better since my aunt's funeral", false},
		{"we should actually meet up this spring", false},
	} {
		if got := changeOfMind.MatchString(foldText(tc.text)); got != tc.want {
			t.Errorf("changeOfMind(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
