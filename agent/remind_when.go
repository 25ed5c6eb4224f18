package agent

import (
	"strconv"
	"strings"
	"time"
)

// Exact patterns for one-off times and yearly dates. Everything fuzzy (who,
// and whether a message asks for a reminder at all) is read elsewhere; what
// is here is calendar arithmetic.
var (
	reInSpan       = mustPattern(`\bin (?:like |about |around |roughly |maybe |just )?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a couple|a few|couple of|few) (day|week|fortnight|month|hour)s?\b`)
	reTomorrow     = mustPattern(`\b(?:tomorrow|tmrw|tmr|tomorow|tommorow)\b`)
	reTonight      = mustPattern(`\b(?:tonight|this evening|later today)\b`)
	reNextDay      = mustPattern(`\b(next|this|coming|this coming) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month)\b`)
	reDayMonth     = mustPattern(`\b(?:the )?(\d{1,2})(?:st|nd|rd|th)?\.?(?: of)? (` + monthAlt + `)\b`)
	reMonthThenDay = mustPattern(`\b(` + monthAlt + `) (?:the )?(\d{1,2})(?:st|nd|rd|th)?\b`)
	reYearly       = mustPattern(`\b(birthday|bday|b-day|anniversary|name day|nameday|wedding anniversary)\b`)
	reEvery        = mustPattern(`\b(?:every|each|daily|weekly|monthly|fortnightly|once a)\b`)
	// reInMonth is a month named alone, with where in it: "in december",
	// "early march", "mid june", "end of july".
	reInMonth = mustPattern(`\b(in|early|start of|beginning of|mid|middle of|late|end of)(?: (?:in|of))? (january|february|march|april|may|june|july|august|september|october|november|december|sept)\b`)
)

// reSpanFromToday counts a span from today: "2 weeks from today", "three
// days from now", "a month from today".
var reSpanFromToday = mustPattern(`\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few) (day|week|fortnight|month)s? (?:from (?:today|now|tomorrow)|from this (?:day|week)|time)\b`)

// spanFromToday says a span counted from today the way ParseOnce reads
// spans: "2 weeks from today" is "in 2 weeks".
func spanFromToday(s string) string {
	return reSpanFromToday.ReplaceAllString(s, "in ${1} ${2}s")
}

// reDayAlone is a weekday said alone: "on saturday", "call dad friday".
var reDayAlone = mustPattern(`\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

const monthAlt = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`

var monthByName = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var spanCount = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3}

// parseDate finds a day and month: "14 March", "the 3rd of may", "june
// 2nd", "March 14", "the twelfth of october", "5. may", "21/04" (day and
// month told apart only when one of them is over 12). It returns false
// when there is none.
func parseDate(text string) (time.Month, int, bool) {
	s := ordinalDigits(strings.ToLower(text))
	if m := reDayMonth.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		if d >= 1 && d <= 31 {
			return monthByName[m[2]], d, true
		}
	}
	if m := reMonthThenDay.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[2])
		if d >= 1 && d <= 31 {
			return monthByName[m[1]], d, true
		}
	}
	return numericDate(s)
}

// reNumericDate is a date in figures: "21/04", "4/21", "21/04/1990".
var reNumericDate = mustPattern(`(?:^|[^\d/])(\d{1,2})/(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?:$|[^\d/])`)

// numericDate reads a date in figures when it cannot be taken the wrong
// way: one of its numbers is over 12 (or both are the same). "24/7" is
// always, never a date.
func numericDate(s string) (time.Month, int, bool) {
	m := reNumericDate.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	switch {
	case a == 24 && b == 7:
		return 0, 0, false
	case a > 12 && b >= 1 && b <= 12 && a <= daysIn(2024, time.Month(b)):
		return time.Month(b), a, true
	case b > 12 && a >= 1 && a <= 12 && b <= daysIn(2024, time.Month(a)):
		return time.Month(a), b, true
	case a == b && a >= 1 && a <= 12:
		return time.Month(a), a, true
	}
	return 0, 0, false
}

// reOrdinalWord is a day of the month in words: "the twelfth",
// "twenty-first of", "on the thirty first".
var reOrdinalWord = mustPattern(`\b(the |on )?(?:(twenty|thirty)[- ]?)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)( of)?\b`)

var ordinalValue = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}

// ordinalDigits writes days of the month said in words as figures, where
// they stand as days ("the twelfth", "twenty-first of"): "the twenty-first
// of june" is "the 21th of june" to the date patterns, while "a second may
// help" stays as it is.
func ordinalDigits(s string) string {
	if !strings.Contains(s, "th") && !strings.Contains(s, "first") && !strings.Contains(s, "second") && !strings.Contains(s, "third") {
		return s
	}
	return reOrdinalWord.ReplaceAllStringFunc(s, func(w string) string {
		m := reOrdinalWord.FindStringSubmatch(w)
		n := ordinalValue[m[3]]
		if m[1] == "" && m[4] == "" || m[2] != "" && n >= 10 {
			return w // not said as a day, or "twenty-twelfth"
		}
		switch m[2] {
		case "twenty":
			n += 20
		case "thirty":
			n += 30
		}
		return m[1] + strconv.Itoa(n) + "th" + m[4]
	})
}

// ParseYearly reads a yearly date: "her birthday is on 14 March", "our
// anniversary is june 2nd", "Jess's birthday on March 14". It returns
// false when the text names no birthday or anniversary with a date.
func ParseYearly(text string) (YearlyDate, bool) {
	s := strings.ToLower(text)
	what := reYearly.FindStringSubmatch(s)
	if what == nil {
		return YearlyDate{}, false
	}
	m, d, ok := parseDate(s)
	if !ok {
		return YearlyDate{}, false
	}
	return YearlyDate{What: yearlyWhat(what[1]), Month: m, Day: d}, true
}

// yearlyWhat is the word a yearly date is kept under, for the word said:
// "bday" is a birthday, a "wedding anniversary" an anniversary.
func yearlyWhat(said string) string {
	switch said {
	case "bday", "b-day":
		return "birthday"
	case "wedding anniversary":
		return "anniversary"
	case "nameday":
		return "name day"
	}
	return said
}

// ParseOnce reads a one-off time from now: "in 3 days", "in like 3 days",
// "tomorrow at 6", "next friday", "on saturday", "tonight", "on 14
// March". A time of day that is not said is defaultHour:00. It returns false when the text names
// no one-off time, or asks for something that repeats ("every friday").
func ParseOnce(text string, now time.Time, loc *time.Location, defaultHour int) (time.Time, bool) {
	s := spanFromToday(calendarWords(strings.ToLower(text)))
	if reEvery.MatchString(s) || reYearly.MatchString(s) {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	l := now.In(loc)
	h, mi, timed := ParseClock(s)
	if !timed {
		h, mi = defaultHour, 0
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, loc) }
	var at time.Time
	switch {
	case reInSpan.MatchString(s):
		m := reInSpan.FindStringSubmatch(s)
		n, ok := spanCount[m[1]]
		if !ok {
			n, _ = strconv.Atoi(m[1])
		}
		n = max(1, min(n, 366))
		switch m[2] {
		case "hour":
			return now.Add(time.Duration(n) * time.Hour).Truncate(time.Minute), true
		case "day":
			at = day(l.Year(), l.Month(), l.Day()+n)
		case "week":
			at = day(l.Year(), l.Month(), l.Day()+7*n)
		case "fortnight":
			at = day(l.Year(), l.Month(), l.Day()+14*n)
		default:
			at = day(l.Year(), l.Month()+time.Month(n), l.Day())
		}
	case reTonight.MatchString(s):
		if !timed {
			h, mi = 19, 0
		}
		at = day(l.Year(), l.Month(), l.Day())
	case reTomorrow.MatchString(s):
		at = day(l.Year(), l.Month(), l.Day()+1)
	case reInMonth.MatchString(s) && !reDayMonth.MatchString(s) && !reMonthThenDay.MatchString(s):
		m := reInMonth.FindStringSubmatch(s)
		d := 1
		switch m[1] {
		case "mid", "middle of":
			d = 15
		case "late", "end of":
			d = 25
		}
		mo := monthByName[m[2]]
		switch {
		case mo == l.Month() && d <= l.Day():
			// "in december", said in December: a week from now.
			at = day(l.Year(), l.Month(), l.Day()+7)
		case mo < l.Month() || mo == l.Month() && d <= l.Day():
			at = day(l.Year()+1, mo, d)
		default:
			at = day(l.Year(), mo, d)
		}
	case reNextDay.MatchString(s):
		m := reNextDay.FindStringSubmatch(s)
		switch m[2] {
		case "week":
			at = day(l.Year(), l.Month(), l.Day()+7)
		case "weekend":
			ahead := (int(time.Saturday) - int(l.Weekday()) + 7) % 7
			if ahead == 0 || m[1] == "next" && ahead < 2 {
				ahead += 7
			}
			at = day(l.Year(), l.Month(), l.Day()+ahead)
		case "month":
			at = day(l.Year(), l.Month()+1, 1)
		default:
			// "next wednesday" said on a Tuesday is not tomorrow but the
			// week after, as "next weekend" is.
			ahead := (int(weekdayByName[m[2]]) - int(l.Weekday()) + 7) % 7
			if ahead == 0 || m[1] == "next" && ahead < 2 {
				ahead += 7
			}
			at = day(l.Year(), l.Month(), l.Day()+ahead)
		}
	default:
		mo, d, ok := parseDate(s)
		if !ok {
			m := reDayAlone.FindStringSubmatch(s)
			if m == nil || repeats(s) {
				return time.Time{}, false
			}
			// "on saturday": the coming one; said on a Saturday, the next.
			ahead := (int(weekdayByName[m[1]]) - int(l.Weekday()) + 7) % 7
			if ahead == 0 {
				ahead = 7
			}
			at = day(l.Year(), l.Month(), l.Day()+ahead)
			break
		}
		at = day(l.Year(), mo, d)
		if !at.After(now) {
			at = day(l.Year()+1, mo, d)
		}
	}
	if !at.After(now) {
		at = at.Add(24 * time.Hour)
	}
	return at, true
}

// yearlyAhead is how many days before a yearly date its first nudge
// comes, unless the person asked for another lead.
const yearlyAhead = 3

// nextYearly is the next nudge for a yearly date after now: a few days
// ahead, then on the day, at hour:00 local time.
func nextYearly(d YearlyDate, now time.Time, loc *time.Location, hour int) time.Time {
	l := now.In(loc)
	for y := l.Year() - 1; y <= l.Year()+1; y++ {
		on := time.Date(y, d.Month, d.Day, hour, 0, 0, 0, loc)
		for _, at := range []time.Time{on.AddDate(0, 0, -d.aheadDays()), on} {
			if at.After(now) {
				return at
			}
		}
	}
	return time.Date(l.Year()+2, d.Month, d.Day, hour, 0, 0, 0, loc)
}

// dateLabel writes a yearly date for people: "14 March".
func dateLabel(d YearlyDate) string {
	return strconv.Itoa(d.Day) + " " + d.Month.String()
}
