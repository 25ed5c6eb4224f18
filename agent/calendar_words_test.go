package agent

import (
	"testing"
	"time"
)

func TestCalendarWordsWritesDaysOut(t *testing.T) {
	for in, want := range map[string]string{
		"next weds":                     "next wednesday",
		"call nana thurs at 6":          "call nana thursday at 6",
		"on sat at 10":                  "on saturday at 10",
		"every tues":                    "every tuesday",
		"see you fri morning":           "see you friday morning",
		"move him to wensday":           "move him to wednesday",
		"thrusday evenings":             "thursday evenings",
		"on suns":                       "on sundays",
		"she sat down in the sun":       "she sat down in the sun",
		"we wed in may":                 "we wed in may",
		"c'mon, the sun came out":       "c'mon, the sun came out",
		"nothing to change here at all": "nothing to change here at all",
	} {
		if got := calendarWords(in); got != want {
			t.Errorf("calendarWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShortDayNamesSetReminders(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC) // a Monday
	for in, want := range map[string]time.Weekday{
		"remind me to ring kemal next weds": time.Wednesday,
		"text ama on thurs":                 time.Thursday,
		"nudge me about leon sat morning":   time.Saturday,
		"remind me fri to call my aunt":     time.Friday,
	} {
		at, ok := ParseOnce(in, now, time.UTC, 10)
		if !ok || at.Weekday() != want || !at.After(now) || at.Sub(now) > 8*24*time.Hour {
			t.Errorf("ParseOnce(%q) = %v, %v; want the coming %v", in, at, ok, want)
		}
	}
	for in, want := range map[string]time.Weekday{
		"every weds":         time.Wednesday,
		"tues evenings":      time.Tuesday,
		"every sun at 5pm":   time.Sunday,
		"on thurs each week": time.Thursday,
	} {
		c, ok := ParseCadence(in, 10)
		if !ok || c.Kind != CadenceWeekly || c.Weekday != want {
			t.Errorf("ParseCadence(%q) = %+v, %v; want weekly on %v", in, c, ok, want)
		}
	}
}
