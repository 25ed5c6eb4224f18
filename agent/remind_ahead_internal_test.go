package agent

import "testing"

// TestAheadAsked checks the leads read from words, and that a lead too
// long, or none, is not taken.
func TestAheadAsked(t *testing.T) {
	for _, c := range []struct {
		text string
		days int
		ok   bool
	}{
		{"remind me a week before", 7, true},
		{"can i get it 2 days ahead", 2, true},
		{"the day before is enough", 1, true},
		{"a couple of days in advance pls", 2, true},
		{"two weeks early for her birthday", 14, true},
		{"five days beforehand", 5, true},
		{"10 weeks before", 0, false},
		{"remind me every week", 0, false},
		{"she was born a week before me", 7, true}, // read here; setAhead wants a word of reminding
	} {
		days, ok := aheadAsked(foldText(c.text))
		if ok != c.ok || ok && days != c.days {
			t.Errorf("%q: got %d, %v; want %d, %v", c.text, days, ok, c.days, c.ok)
		}
	}
}

// TestAheadOnlyWhenReminding checks that a lead is only set from a message
// about being reminded, or one short enough to be nothing else.
func TestAheadOnlyWhenReminding(t *testing.T) {
	for _, c := range []struct {
		text string
		set  bool
	}{
		{"can you remind me a week before", true},
		{"a week before is better", true},
		{"my sister was born a week before me and we always celebrate together", false},
	} {
		tr := newsTurn(c.text, Contact{ID: "c1", Name: "Mum", ContactPlans: ContactPlans{Dates: []YearlyDate{{What: "birthday", Month: 8, Day: 3}}}})
		if got := tr.setAhead(c.text); got != c.set {
			t.Errorf("%q: set %v, want %v", c.text, got, c.set)
		}
	}
}
