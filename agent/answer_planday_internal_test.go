package agent

import "testing"

func TestPlanDayHit(t *testing.T) {
	hits := []Section{
		{ID: "seven-day-plan/days-1-and-2-choose", Passage: "a"},
		{ID: "seven-day-plan", Passage: "b"},
		{ID: "seven-day-plan/days-5-and-6-open-up", Passage: "c"},
		{ID: "seven-day-plan/day-7-set-a-habit", Passage: "d"},
	}
	tests := []struct {
		q          string
		pick, want int
	}{
		{"what do i do on day 5", 0, 2},
		{"whats day six about", 1, 2},
		{"day 7 of the plan?", 0, 3},
		{"missed day 5 of the plan, do i start over", 1, 1}, // a missed day: the plan as a whole
		{"what is the plan about", 0, 0},                    // no day named
		{"what do i do on day 3", 0, 0},                     // no part on that day found
	}
	for _, tt := range tests {
		if got := planDayHit(tt.q, hits, tt.pick); got != tt.want {
			t.Errorf("planDayHit(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
	other := []Section{{ID: "checking-in/how-often", Passage: "a"}, {ID: "seven-day-plan/days-5-and-6-open-up", Passage: "b"}}
	if got := planDayHit("day 5 of checking in", other, 0); got != 0 {
		t.Errorf("a section outside the plan picked: moved to %d", got)
	}
}
