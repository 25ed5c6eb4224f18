package compose

import "regexp"

// A number with an ordinal ending is an age only when nothing makes it a
// day of the month. "her 30th" is an age; "on the 1st", "the 9th", "3rd of
// january", "march 3rd" are dates, whoever's birthday falls on them.

// dayOrdinal is an ordinal said as a day of the month: after "the" or
// "on", before "of", or next to a month's name.
var dayOrdinal = regexp.MustCompile(`(?i)\b(?:the|on|this|next|last|by|from|until|till|til) \d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?:st|nd|rd|th) (?:of|in)\b|\b(?:` + monthNames + `)\.? \d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?:st|nd|rd|th) (?:` + monthNames + `)\b`)

const monthNames = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`

// turnedAge is an age reached on a day gone by: "you turned 30 on the
// 1st", "you just turned 40 last week". The number turned is the age.
var turnedAge = regexp.MustCompile(`(?i)^you (?:just |recently |finally )?(?:turned|have turned|'ve turned|hit) (\d{1,3})(?: years old)?\b`)

// ageOrdinal is the age an ordinal names in s ("your 30th" gives "30"),
// leaving out every ordinal that is a day of the month.
func ageOrdinal(s string) (string, bool) {
	m := ordinalAge.FindStringSubmatch(dayOrdinal.ReplaceAllString(s, " "))
	if m == nil {
		return "", false
	}
	return m[1], true
}
