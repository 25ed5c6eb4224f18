package agent

import (
	"testing"
	"time"
)

func TestPartOfYearly(t *testing.T) {
	for _, c := range []struct {
		text string
		want yearlyPart
	}{
		{"her bday is the 22nd", yearlyPart{Day: 22}},
		{"its on the 3rd i think", yearlyPart{Day: 3}},
		{"his birthday is sometime in november", yearlyPart{Month: time.November}},
		{"our anniversary falls in late sept", yearlyPart{Month: time.September}},
		{"grandads birthday is around the end of feb", yearlyPart{Month: time.February}},
		{"my aunt's birthday may be this week", yearlyPart{}},
		{"my brother's birthday is soon", yearlyPart{}},
		{"her birthday is the 40th", yearlyPart{}},
	} {
		if got := partOfYearly(foldText(c.text)); got != c.want {
			t.Errorf("partOfYearly(%q) = %+v, want %+v", c.text, got, c.want)
		}
	}
}

func TestFitsDateSlotTakesHalfADate(t *testing.T) {
	now := time.Date(2026, 12, 8, 10, 0, 0, 0, time.UTC)
	for text, want := range map[string]bool{
		"the 9th":                       true,
		"19":                            true,
		"march i think":                 true,
		"14 march":                      true,
		"may i ask you something else?": false,
		"can you help me write to my sister about her new job": false,
	} {
		if got := fitsSlot(expectDate, text, now); got != want {
			t.Errorf("fitsSlot(date, %q) = %v, want %v", text, got, want)
		}
	}
}
