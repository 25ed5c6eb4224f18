package agent

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Kinds of cadence.
const (
	CadenceWeekly  = "weekly"  // on one weekday, every Every weeks
	CadenceDays    = "days"    // every Every days
	CadenceMonthly = "monthly" // on day Day of every month (clamped to short months)
	// CadenceWorkdays is every Monday to Friday.
	CadenceWorkdays = "workdays"
)

// Cadence is how often a reminder comes back, at a wall-clock time in the
// person's timezone. Times are computed on the local calendar, so "every
// Sunday at 10:00" stays at 10:00 local across daylight-saving changes.
type Cadence struct {
	Kind string
	// Every is the number of days (CadenceDays) or weeks (CadenceWeekly) between reminders; at least 1.
	Every int
	// Weekday is the day of a weekly cadence.
	Weekday time.Weekday
	// Day is the day of the month of a monthly cadence, 1-31; a short month uses its last day.
	Day int
	// Hour and Minute are the local time of day.
	Hour, Minute int
	// TimeSet is true when the person named the time themselves.
	TimeSet bool
}

var (
	reEveryN      = mustPattern(`\bevery (\d{1,2}|two|three|four|other|couple of|few) (day|week|month)s?\b`)
	reEveryUnit   = mustPattern(`\b(?:every|each|once a) ?(day|week|month|fortnight)\b|\b(daily|weekly|monthly|fortnightly)\b`)
	reWeekday     = mustPattern(`\b(?:every|each|on|on a|on the) ?(?:other |second |2nd |third |3rd |(?:\d|two|three|four) weeks? on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\b(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:mornings|afternoons|arvos|evenings|nights|lunchtimes)\b`)
	reMonthDay    = mustPattern(`\b(?:on )?(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: day)? of (?:every|each|the) month\b|\bevery month on the (\d{1,2})(?:st|nd|rd|th)?\b|\bmonthly on the (\d{1,2})(?:st|nd|rd|th)?\b`)
	reMonthWord   = mustPattern(`\b(?:on )?the (first|last) (?:day )?of (?:every|each|the) month\b`)
	reClock       = mustPattern(`\b(?:at|around|by|@) ?(\d{1,2})(?:[:.h](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?(?:\W|$)|\b(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)(?:\W|$)|\b(\d{1,2})[:.](\d{2})\b`)
	reWorkdays    = mustPattern(`\b(?:every|each|on|on the) ?(?:week ?|work ?|working |business |school )days?\b|\b(?:week ?|work ?|working |business )days\b|\b(?:week ?|work ?|working )day (?:first thing|mornings?|afternoons?|arvos?|evenings?|nights?|lunch ?times?|lunch)\b|\bmon(?:day)?s? ?(?:-|–|to|thru|through|till|until) ?fri(?:day)?s?\b`)
	reNthWeekday  = mustPattern(`\bevery (other|second|2nd|third|3rd) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`)
	reDayPart     = mustPattern(`\b(first thing(?: in the morning)?|mornings?|mornin|breakfast ?time|afternoons?|arvos?|evenings?|after work|before work|after school|after lunch|after dinner|after tea|tea ?time|dinner ?time|supper ?time|tonight|nights?|bed ?time|noon|midday|lunch ?times?)\b`)
	weekdayByName = map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	}
	smallNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "other": 2, "couple of": 2, "few": 3}
)

// ParseCadence reads how often from a request such as "every Sunday", "every
// 2 weeks", "on the first of every month at 9am" or "daily at 18:30". A
// cadence without a time of day uses defaultHour:00. It returns false when
// the text names no cadence.
func ParseCadence(text string, defaultHour int) (Cadence, bool) {
	s := calendarWords(strings.ToLower(text))
	c := Cadence{Every: 1, Hour: defaultHour}
	found := true
	switch {
	case reWorkdays.MatchString(s):
		c.Kind = CadenceWorkdays
	case reMonthWord.MatchString(s):
		c.Kind = CadenceMonthly
		c.Day = 1
		if reMonthWord.FindStringSubmatch(s)[1] == "last" {
			c.Day = 31
		}
	case reMonthDay.MatchString(s):
		m := reMonthDay.FindStringSubmatch(s)
		n, _ := strconv.Atoi(m[1] + m[2] + m[3])
		c.Kind, c.Day = CadenceMonthly, min(max(n, 1), 31)
	case reWeekday.MatchString(s):
		m := reWeekday.FindStringSubmatch(s)
		name := strings.TrimSuffix(m[1]+m[2]+m[3], "s")
		c.Kind, c.Weekday = CadenceWeekly, weekdayByName[name]
		if n := reEveryN.FindStringSubmatch(s); n != nil && n[2] == "week" {
			c.Every = min(countWord(n[1]), 52)
		} else if n := reNthWeekday.FindStringSubmatch(s); n != nil {
			c.Every = map[string]int{"other": 2, "second": 2, "2nd": 2, "third": 3, "3rd": 3}[n[1]]
		}
	case reEveryN.MatchString(s):
		m := reEveryN.FindStringSubmatch(s)
		n := countWord(m[1])
		switch m[2] {
		case "week":
			n = min(n, 52)
		case "month":
			n = min(n, 12)
		}
		switch m[2] {
		case "day":
			c.Kind, c.Every = CadenceDays, n
		case "week":
			c.Kind, c.Every = CadenceDays, 7*n
		default:
			c.Kind, c.Every = CadenceDays, 30*n
		}
	case reEveryUnit.MatchString(s):
		m := reEveryUnit.FindStringSubmatch(s)
		switch m[1] + m[2] {
		case "day", "daily":
			c.Kind = CadenceDays
		case "week", "weekly":
			c.Kind, c.Every = CadenceDays, 7
		case "fortnight", "fortnightly":
			c.Kind, c.Every = CadenceDays, 14
		default:
			c.Kind, c.Every = CadenceDays, 30
		}
	default:
		found = false
	}
	if h, m, ok := ParseClock(s); ok {
		c.Hour, c.Minute, c.TimeSet = h, m, true
	}
	if !found {
		return Cadence{}, false
	}
	return c, true
}

// reRepeats are the words that make a day or a time come back: "every",
// "each", "weekly", a weekday in the plural ("on sundays"). A weekday
// without them ("on saturday") is one day.
var reRepeats = mustPattern(`\b(?:every|each|daily|weekly|monthly|fortnightly|nightly|once a|twice a|(?:a|per) (?:week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:mornings|afternoons|arvos|evenings|nights|lunchtimes))\b`)

// repeats reports whether text says that something comes back, not just
// when: "every saturday", "on sundays", "weekly", against "on saturday".
func repeats(text string) bool {
	return reRepeats.MatchString(calendarWords(strings.ToLower(text)))
}

// reInterval says how far apart reminders are, beyond a day of the week:
// "every 2 weeks", "every other sunday", "weekly", "every saturday".
var reInterval = mustPattern(`\b(?:every|each) (?:\d{1,2}|two|three|four|other|second|2nd|third|3rd|couple of|few|week|month|fortnight|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:daily|weekly|monthly|fortnightly|once a)\b`)

// weeksApart is how many weeks apart c's reminders come, when a day of
// the week takes its place: a weekly cadence keeps its weeks, "every 2
// weeks" is 2, a month about 4; a daily one becomes weekly.
func weeksApart(c Cadence) int {
	switch {
	case c.Kind == CadenceWeekly:
		return max(c.Every, 1)
	case c.Kind == CadenceWorkdays:
		return 1
	case c.Kind == CadenceMonthly:
		return 4
	case c.Every >= 28 && c.Every%30 == 0:
		return min(4*c.Every/30, 52)
	case c.Every >= 7:
		return min((c.Every+3)/7, 52)
	}
	return 1
}

func countWord(s string) int {
	if n, ok := smallNumbers[s]; ok {
		return n
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 365)
}

// ParseClock finds a time of day in text: "at 9", "9am", "18:30", "7.15 pm",
// "in the evening". It returns false when there is none.
func ParseClock(text string) (hour, minute int, ok bool) {
	s := strings.ToLower(text)
	if m := reClock.FindStringSubmatch(s); m != nil {
		hs, ms, ap := m[1], m[2], m[3]
		if hs == "" {
			hs, ms, ap = m[4], m[5], m[6]
		}
		if hs == "" {
			hs, ms = m[7], m[8]
		}
		h, _ := strconv.Atoi(hs)
		mi, _ := strconv.Atoi(ms)
		// "at 7" for a reminder means the evening more often than dawn.
		if h, mi, ok := dayClock(h, mi, ap, ms != "", 7); ok {
			return h, mi, true
		}
	}
	if m := reDayPart.FindStringSubmatch(s); m != nil {
		return dayPartClock[strings.Join(strings.Fields(strings.TrimSuffix(m[1], "s")), "")], 0, true
	}
	return 0, 0, false
}

// dayClock turns an hour, its minutes and an am or pm (dots allowed) into
// a time of day on the 24-hour clock. A bare hour, said with no minutes
// and no am or pm, from 1 to pmUpTo is taken as after noon ("at 7" for a
// reminder is the evening); false when it is no time of day.
func dayClock(h, mi int, ap string, minutesSaid bool, pmUpTo int) (int, int, bool) {
	switch ap = strings.ReplaceAll(ap, ".", ""); {
	case ap == "pm" && h >= 1 && h <= 11:
		h += 12
	case ap == "am" && h == 12:
		h = 0
	case ap == "" && !minutesSaid && h >= 1 && h <= pmUpTo:
		h += 12
	}
	return h, mi, h >= 0 && h <= 23 && mi >= 0 && mi <= 59
}

// dayPartClock is the hour a part of the day (its words run together,
// without a plural's s) stands for in a reminder: "sunday arvo" is the
// afternoon, "friday night" after dinner, "weekday mornings" before work.
var dayPartClock = map[string]int{
	"firstthing": 8, "breakfasttime": 8, "firstthinginthemorning": 9,
	"morning": 9, "mornin": 9,
	"noon": 12, "midday": 12, "lunchtime": 12,
	"afternoon": 15, "arvo": 15,
	"beforework": 8, "afterlunch": 14, "afterschool": 16,
	"teatime": 17, "afterwork": 18, "dinnertime": 18, "suppertime": 18, "afterdinner": 20, "aftertea": 19,
	"evening": 19, "tonight": 19,
	"night": 20, "bedtime": 21,
}

// Next returns the first time of the cadence strictly after from, in loc.
func (c Cadence) Next(from time.Time, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	l := from.In(loc)
	at := func(y int, m time.Month, d int) time.Time {
		t := time.Date(y, m, d, c.Hour, c.Minute, 0, 0, loc)
		if t.Hour() != c.Hour || t.Minute() != c.Minute {
			// The time does not exist that day (clocks jumped forward over
			// it): Go may pick the hour before; the reminder comes after.
			if alt := t.Add(time.Hour); alt.Day() == t.Day() && alt.Hour() >= c.Hour {
				t = alt
			}
		}
		return t
	}
	switch c.Kind {
	case CadenceWeekly:
		ahead := (int(c.Weekday) - int(l.Weekday()) + 7) % 7
		t := at(l.Year(), l.Month(), l.Day()+ahead)
		if !t.After(from) {
			t = at(l.Year(), l.Month(), l.Day()+ahead+7*max(c.Every, 1))
		}
		return t
	case CadenceWorkdays:
		for d := 0; ; d++ {
			t := at(l.Year(), l.Month(), l.Day()+d)
			if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday && t.After(from) {
				return t
			}
		}
	case CadenceMonthly:
		for i := 0; i < 3; i++ {
			first := time.Date(l.Year(), l.Month()+time.Month(i), 1, 0, 0, 0, 0, loc)
			day := min(c.Day, daysIn(first.Year(), first.Month()))
			if t := at(first.Year(), first.Month(), day); t.After(from) {
				return t
			}
		}
		return at(l.Year(), l.Month()+3, 1)
	default:
		every := max(c.Every, 1)
		if every == 1 {
			if t := at(l.Year(), l.Month(), l.Day()); t.After(from) {
				return t
			}
		}
		return at(l.Year(), l.Month(), l.Day()+every)
	}
}

// daysIn returns the number of days in a month.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String says the cadence in plain words: "every Sunday at 10:00". It reads
// back with ParseCadence.
func (c Cadence) String() string {
	clock := fmt.Sprintf("%02d:%02d", c.Hour, c.Minute)
	switch c.Kind {
	case CadenceWeekly:
		if c.Every > 1 {
			return fmt.Sprintf("every %d weeks on %s at %s", c.Every, c.Weekday, clock)
		}
		return fmt.Sprintf("every %s at %s", c.Weekday, clock)
	case CadenceWorkdays:
		return "every weekday at " + clock
	case CadenceMonthly:
		if c.Day >= 31 {
			return "on the last day of every month at " + clock
		}
		return fmt.Sprintf("on the %s of every month at %s", ordinal(c.Day), clock)
	default:
		switch {
		case c.Every <= 1:
			return "every day at " + clock
		case c.Every%7 == 0 && c.Every < 30:
			if c.Every == 7 {
				return "every week at " + clock
			}
			return fmt.Sprintf("every %d weeks at %s", c.Every/7, clock)
		case c.Every%30 == 0:
			if c.Every == 30 {
				return "every month at " + clock
			}
			return fmt.Sprintf("every %d months at %s", c.Every/30, clock)
		}
		return fmt.Sprintf("every %d days at %s", c.Every, clock)
	}
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// reHereClock reads a local time the person states: "it's 9pm here", "it is 21:40 for me".
var reHereClock = mustPattern(`\b(?:it'?s|it is|its)(?: now)? (?:about |around |almost |nearly )?(\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)?)`)

// zoneFromLocalClock infers a fixed-offset timezone from a local time the
// person states, compared with now. The offset is rounded to whole hours,
// the only offsets IANA names without a place; it returns false when the
// text states no time.
func zoneFromLocalClock(text string, now time.Time) (string, bool) {
	m := reHereClock.FindStringSubmatch(strings.ToLower(text))
	if m == nil {
		return "", false
	}
	clock := m[1]
	h, mi, ok := ParseClock("at " + clock)
	if !ok {
		return "", false
	}
	if !strings.ContainsAny(clock, "apm:.") && h > 12 {
		// "it's 7" was read as evening by ParseClock; here it is just 7.
		h -= 12
	}
	u := now.UTC()
	diff := (h*60 + mi) - (u.Hour()*60 + u.Minute())
	// Offsets run from UTC-12 to UTC+14, so one time of day can mean two
	// offsets a day apart; the one more people live in wins: UTC+13 (New
	// Zealand in summer) over UTC-11, UTC-10 (Hawaii) over UTC+14.
	for diff > 13*60+30 {
		diff -= 24 * 60
	}
	for diff < -(10*60 + 30) {
		diff += 24 * 60
	}
	return fixedZone((diff + 30*sign(diff)) / 60), true
}

// fixedZone names the zone hours ahead of UTC (behind when negative):
// "UTC", or an Etc/GMT name, whose sign is inverted (Etc/GMT-2 is two
// hours ahead of UTC).
func fixedZone(hours int) string {
	if hours == 0 {
		return "UTC"
	}
	return fmt.Sprintf("Etc/GMT%+d", -hours)
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// zoneLabel names a timezone for people: "Europe/Berlin", or "UTC+2" for a fixed offset.
func zoneLabel(name string) string {
	if rest, ok := strings.CutPrefix(name, "Etc/GMT"); ok && rest != "" {
		n, err := strconv.Atoi(rest)
		if err == nil {
			return fmt.Sprintf("UTC%+d", -n)
		}
	}
	if name == "" {
		return "UTC"
	}
	return name
}
