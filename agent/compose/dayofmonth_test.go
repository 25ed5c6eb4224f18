package compose

import (
	"strings"
	"testing"
)

// TestDayOfMonthIsNoAge checks that an ordinal said as a day of the month
// is never taken for an age, and an age turned on such a day is.
func TestDayOfMonthIsNoAge(t *testing.T) {
	for _, tt := range []struct{ in, name, age string }{
		{"i forgot his birthday, he turned 40 on the 2nd", "Oskar", "40"},
		{"she turned 25 on the 12th of may and i missed it", "Ines", "25"},
		{"it's her 18th on the 4th", "Lotte", "18"},
		{"his birthday is on the 22nd", "Ravi", ""},
		{"her birthday was june 5th", "Mei", ""},
		{"birthday is the 7th of august", "Kofi", ""},
	} {
		got := ""
		for _, d := range Parse(tt.in, tt.name, Birthday) {
			if a, ok := strings.CutPrefix(d.Text, "age:"); ok && d.Kind == Fact {
				got = a
			}
		}
		if got != tt.age {
			t.Errorf("Parse(%q) age = %q, want %q", tt.in, got, tt.age)
		}
	}
	d, _ := draftOf("i forgot my mate's birthday last week, he turned 40 on the 2nd", "Oskar", TieFriend)
	if strings.Contains(d, "2nd birthday") || strings.Contains(d, "you're 2") || !strings.Contains(d, "40") {
		t.Errorf("draft = %q, want his 40th, never a 2nd birthday", d)
	}
}

// TestCantMakeTheirEvent checks that missing someone's party ahead of the
// day is a sorry for missing it, never a belated birthday.
func TestCantMakeTheirEvent(t *testing.T) {
	for _, text := range []string{
		"tell jon i cant make his birthday drinks on friday",
		"i cannot come to her leaving do next week",
		"i can't make it to my cousin's 30th birthday dinner",
	} {
		if o := DetectOccasion(text); o != Apology {
			t.Errorf("DetectOccasion(%q) = %s, want an apology", text, o)
		}
	}
	d, _ := draftOf("i cant make his birthday bbq on sunday", "Jon", TieFriend)
	if low := strings.ToLower(d); strings.Contains(low, "belated") || strings.Contains(low, "this is late") {
		t.Errorf("draft = %q, want no belated wish", d)
	}
}
