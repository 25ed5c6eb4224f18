package agent

import (
	"fmt"
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

func TestParseDateSaidOtherWays(t *testing.T) {
	for text, want := range map[string]string{
		"its on the eleventh of march":      "11 March",
		"the thirty-first of october":       "31 October",
		"on the twenty second of july":      "22 July",
		"geburtstag ist 4. april":           "4 April",
		"born 28/02":                        "28 February",
		"12/25":                             "25 December",
		"06/06/1990":                        "6 June",
		"wait a second may i ask something": "",
		"i'm around 24/7":                   "",
		"8/9":                               "", // 8 September or 9 August: not guessed
		"32/01":                             "",
		"at 7.30":                           "",
	} {
		mo, d, ok := parseDate(calendarWords(text))
		got := ""
		if ok {
			got = fmt.Sprintf("%d %s", d, mo)
		}
		if got != want {
			t.Errorf("parseDate(%q) = %q, want %q", text, got, want)
		}
	}
}
