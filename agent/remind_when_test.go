package agent

import (
	"testing"
	"time"
)

func TestParseOnce(t *testing.T) {
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		in   string
		want string // "" for none
	}{
		{"in 3 days", "Fri 27 Nov 10:00"},
		{"can you nudge me to message Priya in like 3 days", "Fri 27 Nov 10:00"},
		{"in a couple of days", "Thu 26 Nov 10:00"},
		{"in two weeks", "Tue 8 Dec 10:00"},
		{"check on my uncle in a fortnight", "Tue 8 Dec 10:00"},
		{"in a week at 7pm", "Tue 1 Dec 19:00"},
		{"tomorrow at 6", "Wed 25 Nov 18:00"},
		{"remind me to call Ollie tomorrow", "Wed 25 Nov 10:00"},
		{"tmrw 9am", "Wed 25 Nov 09:00"},
		{"next friday", "Fri 27 Nov 10:00"},
		{"2 weeks from today", "Tue 8 Dec 10:00"},
		{"ping me three days from now", "Fri 27 Nov 10:00"},
		{"next tuesday", "Tue 1 Dec 10:00"},
		{"this weekend", "Sat 28 Nov 10:00"},
		{"tonight", "Tue 24 Nov 19:00"},
		{"on 14 March", "Sun 14 Mar 10:00"},
		{"on the 3rd of december at 8pm", "Thu 3 Dec 20:00"},
		{"in 2 hours", "Tue 24 Nov 11:00"},
		{"every friday", ""},
		{"every 2 weeks", ""},
		{"on saturday", "Sat 28 Nov 10:00"},
		{"remind me to check in with priyanka in december", "Tue 1 Dec 10:00"},
		{"early march", "Mon 1 Mar 10:00"},
		{"nudge me about lena mid january at 6pm", "Fri 15 Jan 18:00"},
		{"end of november", "Wed 25 Nov 10:00"},
		{"in november", "Tue 1 Dec 10:00"},
		{"give my aunt a ring thursday evening", "Thu 26 Nov 19:00"},
		{"on tuesday", "Tue 1 Dec 10:00"},
		{"on sundays", ""},
		{"her birthday is on 14 March", ""},
		{"remind me to call mum", ""},
		{"I moved here 3 days ago", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			at, ok := ParseOnce(tt.in, now, time.UTC, 10)
			got := ""
			if ok {
				got = at.Format("Mon 2 Jan 15:04")
			}
			if got != tt.want {
				t.Errorf("ParseOnce(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseYearly(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"her birthday is on 14 March", "birthday 14 March"},
		{"our anniversary is june 2nd", "anniversary 2 June"},
		{"remind me about Jess's birthday on March 14", "birthday 14 March"},
		{"mums bday is the 3rd of may", "birthday 3 May"},
		{"our wedding anniversary, 21st sept", "anniversary 21 September"},
		{"it's my birthday soon", ""},
		{"on 14 March", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := ParseYearly(tt.in)
			got := ""
			if ok {
				got = d.What + " " + dateLabel(d)
			}
			if got != tt.want {
				t.Errorf("ParseYearly(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNextYearly(t *testing.T) {
	d := YearlyDate{What: "birthday", Month: time.March, Day: 14}
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	first := nextYearly(d, now, time.UTC, 10)
	if want := time.Date(2027, 3, 11, 10, 0, 0, 0, time.UTC); !first.Equal(want) {
		t.Errorf("first nudge %v, want %v (three days ahead)", first, want)
	}
	second := nextYearly(d, first, time.UTC, 10)
	if want := time.Date(2027, 3, 14, 10, 0, 0, 0, time.UTC); !second.Equal(want) {
		t.Errorf("second nudge %v, want %v (on the day)", second, want)
	}
	third := nextYearly(d, second, time.UTC, 10)
	if want := time.Date(2028, 3, 11, 10, 0, 0, 0, time.UTC); !third.Equal(want) {
		t.Errorf("third nudge %v, want %v (next year)", third, want)
	}
}
