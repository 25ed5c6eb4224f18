package compose

import (
	"strings"
	"testing"
)

func TestOwedOnTheDay(t *testing.T) {
	for _, tc := range []struct {
		sorry string
		owed  bool
	}{
		{"that I forgot to call you", true},
		{"I haven't rung you yet", true},
		{"I forgot to text you this morning", true},
		{"I forgot your birthday", false},
		{"I forgot to call you yesterday", false},
		{"I missed your party", false},
	} {
		t.Run(tc.sorry, func(t *testing.T) {
			if _, got := owedOnTheDay(tc.sorry); got != tc.owed {
				t.Errorf("owedOnTheDay(%q) = %v, want %v", tc.sorry, got, tc.owed)
			}
		})
	}
}

func TestBirthdayTodayWithCallOwed(t *testing.T) {
	s := Spec{Occasion: Birthday, Name: "Imran", Tie: TieFamily,
		Details: Parse("my grandpa Imran turned 80 today and i forgot to phone him", "Imran", Birthday)}
	d := Write(s)
	for _, bad := range []string{"belated", "Sorry this is late", "hope it was", "Congratulations on turning"} {
		if strings.Contains(strings.ToLower(d), strings.ToLower(bad)) {
			t.Errorf("draft %q says %q", d, bad)
		}
	}
	for _, want := range []string{"80", "later"} {
		if !strings.Contains(strings.ToLower(d), strings.ToLower(want)) {
			t.Errorf("draft %q lacks %q", d, want)
		}
	}
}
