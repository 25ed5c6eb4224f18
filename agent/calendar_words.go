package agent

import (
	"regexp"
	"strings"
)

// Day names as people type them: short forms ("weds", "thurs") and common
// slips ("wensday", "thrusday"). calendarWords writes them out in full, so
// the calendar patterns only ever see the seven names.
var (
	// dayForms are the short forms and slips no other word shares.
	dayForms = map[string]string{
		"tue": "tuesday", "tues": "tuesday", "tuesdy": "tuesday", "teusday": "tuesday", "tusday": "tuesday",
		"weds": "wednesday", "wednes": "wednesday", "wensday": "wednesday",
		"wendsday": "wednesday", "wedsday": "wednesday", "wedensday": "wednesday", "wednsday": "wednesday",
		"wednesdy": "wednesday", "wednseday": "wednesday",
		"thu": "thursday", "thur": "thursday", "thurs": "thursday", "thrusday": "thursday", "thursdy": "thursday",
		"thurday": "thursday", "thirsday": "thursday",
		"fri": "friday", "firday": "friday", "fridy": "friday", "frday": "friday",
		"saterday": "saturday", "satuday": "saturday", "saturdy": "saturday", "satruday": "saturday",
		"sundy": "sunday", "sundya": "sunday",
		"monady": "monday", "mondy": "monday", "moday": "monday",
	}
	// dayFormsShared are short forms that are also other words ("the sun",
	// "sat down", "c'mon"): read as a day only where a day is expected.
	dayFormsShared = map[string]string{"mon": "monday", "wed": "wednesday", "sat": "saturday", "sun": "sunday"}
	reDayWord      = regexp.MustCompile(`[a-z]+`)
	// reDayPlace is a word before which a day is expected: "next sat", "on
	// sun", "every mon".
	reDayPlace = regexp.MustCompile(`\b(?:on|next|this|coming|every|each|by|till|until|til|from|before|after|other)\s*$`)
	// reDayAfter is what may follow a day: "sat morning", "sun at 5".
	reDayAfter = regexp.MustCompile(`^\s*(?:morning|mornings|afternoon|arvo|evening|evenings|night|nights|lunch|at\s*\d|@|\d{1,2}\s*(?:am|pm))`)
)

// calendarWords writes the day names in lowercase text out in full:
// "next weds" becomes "next wednesday", "on sat at 10" becomes "on saturday
// at 10"; "sat down with the sun" and "we wed in may" stay as they are.
// Plurals keep their "s": "weds" is one day, "fris" is Fridays.
func calendarWords(s string) string {
	if !strings.ContainsAny(s, "mtwfs") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range reDayWord.FindAllStringIndex(s, -1) {
		w := s[loc[0]:loc[1]]
		full, ok := dayForms[w]
		plural := false
		if !ok && len(w) > 3 && strings.HasSuffix(w, "s") {
			if full, ok = dayForms[w[:len(w)-1]]; ok {
				plural = true
			}
		}
		if !ok {
			shared, isShared := dayFormsShared[strings.TrimSuffix(w, "s")]
			if !isShared || !reDayPlace.MatchString(s[:loc[0]]) && !reDayAfter.MatchString(s[loc[1]:]) {
				continue
			}
			full, plural = shared, strings.HasSuffix(w, "s")
		}
		if plural {
			full += "s"
		}
		b.WriteString(s[last:loc[0]])
		b.WriteString(full)
		last = loc[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
