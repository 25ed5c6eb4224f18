package agent

import (
	"strings"
	"testing"
	"time"
)

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return loc
}

func TestParseCadence(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"remind me to check in with Mum every Sunday", "every Sunday at 10:00"},
		{"every 2 weeks for Sam", "every 2 weeks at 10:00"},
		{"remind me to call dad on the first of every month", "on the 1st of every month at 10:00"},
		{"every month on the 31st", "on the last day of every month at 10:00"},
		{"on the last day of every month", "on the last day of every month at 10:00"},
		{"call Ana every Friday at 6pm", "every Friday at 18:00"},
		{"every day at 8:30", "every day at 08:30"},
		{"fortnightly in the evening", "every 2 weeks at 19:00"},
		{"every other week on Tuesday", "every 2 weeks on Tuesday at 10:00"},
		{"every 3 days", "every 3 days at 10:00"},
		{"mondays at 7", "every Monday at 19:00"},
		{"on the 15th of every month at 9am", "on the 15th of every month at 09:00"},
		{"remind me to text my dad every weekday at 6pm", "every weekday at 18:00"},
		{"weekdays around 8.30am", "every weekday at 08:30"},
		{"mon-fri in the morning", "every weekday at 09:00"},
		{"on workdays", "every weekday at 10:00"},
		{"ring grandpa every saturday arvo", "every Saturday at 15:00"},
		{"phone my nan on sundays after lunch", "every Sunday at 14:00"},
		{"text the twins every friday after school", "every Friday at 16:00"},
		{"call dad every wednesday after dinner", "every Wednesday at 20:00"},
		{"text my cousin thursday nights", "every Thursday at 20:00"},
		{"message the group chat weekday mornings", "every weekday at 09:00"},
		{"call my aunt each wednesday after work", "every Wednesday at 18:00"},
		{"work day lunchtimes", "every weekday at 12:00"},
		{"every monday first thing", "every Monday at 08:00"},
		{"sundays at teatime", "every Sunday at 17:00"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, ok := ParseCadence(tt.in, 10)
			if !ok {
				t.Fatalf("no cadence found")
			}
			if got := c.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			// What String says must read back as the same cadence.
			again, ok := ParseCadence(c.String(), 10)
			if !ok || again.String() != c.String() {
				t.Errorf("round trip: got %q (%v), want %q", again.String(), ok, c.String())
			}
		})
	}
	for _, in := range []string{"remind me to call Sam", "hello", "how do I stay in touch?"} {
		if c, ok := ParseCadence(in, 10); ok {
			t.Errorf("%q: got cadence %v, want none", in, c)
		}
	}
}

// TestWorkdaysSkipTheWeekend checks that a weekday cadence comes Monday to
// Friday: from a Friday evening the next one is Monday.
func TestWorkdaysSkipTheWeekend(t *testing.T) {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip(err)
	}
	c := Cadence{Kind: CadenceWorkdays, Every: 1, Hour: 8}
	from := time.Date(2026, 12, 4, 9, 0, 0, 0, loc) // a Friday, after 08:00
	var got []string
	for range 6 {
		from = c.Next(from, loc)
		got = append(got, from.Format("Mon 02 15:04"))
	}
	want := "Mon 07 08:00,Tue 08 08:00,Wed 09 08:00,Thu 10 08:00,Fri 11 08:00,Mon 14 08:00"
	if strings.Join(got, ",") != want {
		t.Errorf("got %s, want %s", strings.Join(got, ","), want)
	}
	early := time.Date(2026, 12, 7, 7, 0, 0, 0, loc) // a Monday before 08:00
	if next := c.Next(early, loc); next.Day() != 7 || next.Hour() != 8 {
		t.Errorf("from Monday 07:00 the next is %v, want the same morning", next)
	}
}

func TestCadenceNextAcrossDST(t *testing.T) {
	berlin := mustLoad(t, "Europe/Berlin")
	ny := mustLoad(t, "America/New_York")
	sunday10 := Cadence{Kind: CadenceWeekly, Every: 1, Weekday: time.Sunday, Hour: 10}
	tests := []struct {
		name string
		c    Cadence
		loc  *time.Location
		from time.Time
		want []string // successive local times
	}{
		{"berlin spring forward", sunday10, berlin, time.Date(2026, 3, 22, 12, 0, 0, 0, berlin),
			[]string{"2026-03-29 10:00 CEST", "2026-04-05 10:00 CEST"}},
		{"berlin fall back", sunday10, berlin, time.Date(2026, 10, 18, 12, 0, 0, 0, berlin),
			[]string{"2026-10-25 10:00 CET", "2026-11-01 10:00 CET"}},
		{"new york spring forward", sunday10, ny, time.Date(2026, 3, 1, 11, 0, 0, 0, ny),
			[]string{"2026-03-08 10:00 EDT", "2026-03-15 10:00 EDT"}},
		{"new york fall back daily", Cadence{Kind: CadenceDays, Every: 1, Hour: 9}, ny, time.Date(2026, 10, 31, 9, 30, 0, 0, ny),
			[]string{"2026-11-01 09:00 EST", "2026-11-02 09:00 EST"}},
		{"new york nonexistent hour moves on", Cadence{Kind: CadenceDays, Every: 1, Hour: 2, Minute: 30}, ny, time.Date(2026, 3, 7, 3, 0, 0, 0, ny),
			[]string{"2026-03-08 03:30 EDT", "2026-03-09 02:30 EDT"}},
		{"month end clamps", Cadence{Kind: CadenceMonthly, Day: 31, Hour: 10}, berlin, time.Date(2026, 1, 31, 11, 0, 0, 0, berlin),
			[]string{"2026-02-28 10:00 CET", "2026-03-31 10:00 CEST", "2026-04-30 10:00 CEST"}},
		{"leap february", Cadence{Kind: CadenceMonthly, Day: 30, Hour: 10}, time.UTC, time.Date(2028, 1, 30, 11, 0, 0, 0, time.UTC),
			[]string{"2028-02-29 10:00 UTC", "2028-03-30 10:00 UTC"}},
		{"every two weeks keeps the wall clock", Cadence{Kind: CadenceDays, Every: 14, Hour: 10}, berlin, time.Date(2026, 3, 20, 10, 0, 0, 0, berlin),
			[]string{"2026-04-03 10:00 CEST", "2026-04-17 10:00 CEST"}},
		{"same day later", sunday10, time.UTC, time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC),
			[]string{"2026-11-29 10:00 UTC", "2026-12-06 10:00 UTC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := tt.from
			for i, want := range tt.want {
				at = tt.c.Next(at, tt.loc)
				if got := at.In(tt.loc).Format("2006-01-02 15:04 MST"); got != want {
					t.Fatalf("occurrence %d: got %s, want %s", i+1, got, want)
				}
			}
		})
	}
}

func TestParseClock(t *testing.T) {
	tests := []struct {
		in        string
		hour, min int
		ok        bool
	}{
		{"at 9", 9, 0, true},
		{"at 7", 19, 0, true},
		{"7am", 7, 0, true},
		{"at 12am", 0, 0, true},
		{"18:30", 18, 30, true},
		{"7.15 pm", 19, 15, true},
		{"in the morning", 9, 0, true},
		{"at 25", 0, 0, false},
		{"soon", 0, 0, false},
	}
	for _, tt := range tests {
		h, m, ok := ParseClock(tt.in)
		if ok != tt.ok || (ok && (h != tt.hour || m != tt.min)) {
			t.Errorf("%q: got %d:%02d %v, want %d:%02d %v", tt.in, h, m, ok, tt.hour, tt.min, tt.ok)
		}
	}
}

func TestZoneFromLocalClock(t *testing.T) {
	now := time.Date(2026, 11, 24, 20, 5, 0, 0, time.UTC)
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"it's 9pm here", "Etc/GMT-1", true},
		{"it is 20:10 for me", "UTC", true},
		{"its 3pm", "Etc/GMT+5", true},
		{"it's 7 in the morning", "Etc/GMT-11", true},
		{"Berlin", "", false},
	}
	for _, tt := range tests {
		got, ok := zoneFromLocalClock(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%q: got %q %v, want %q %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok {
			if _, err := time.LoadLocation(got); err != nil {
				t.Errorf("%q: %q does not load: %v", tt.in, got, err)
			}
		}
	}
	if got := zoneLabel("Etc/GMT-1"); got != "UTC+1" {
		t.Errorf("zoneLabel: got %q, want UTC+1", got)
	}
}

// FuzzParseCadence checks that any text either names no cadence or one
// whose next time is later than the start, on the named clock time, and
// that reads back the same.
func FuzzParseCadence(f *testing.F) {
	for _, s := range []string{"every Sunday", "every 2 weeks for Sam", "on the 0th of every month", "every 99 days at 99:99",
		"every couple of weeks at 12am", "the 31st of each month at 7.30pm", "mondays", "daily at noon"} {
		f.Add(s)
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		f.Fatal(err)
	}
	from := time.Date(2026, 3, 29, 1, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := ParseCadence(s, 10)
		if !ok {
			return
		}
		next := c.Next(from, berlin)
		if !next.After(from) || next.Sub(from) > 400*24*time.Hour {
			t.Fatalf("%q (%v): next %v is not soon after %v", s, c, next, from)
		}
		again, ok := ParseCadence(c.String(), 10)
		if !ok || again.String() != c.String() {
			t.Fatalf("%q: %q reads back as %q (%v)", s, c.String(), again.String(), ok)
		}
	})
}
