package agent

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
)

// A yearly date put right in words: "oops her birthday is actually the
// 4th", "move Rosa's to the 12th", "change mum's to june 9". A day said
// alone keeps the month already kept; the date changed is the one named,
// or the person's only one. A yearly word with a whole date ("dad's
// birthday is june 9") is a date told, kept by remindRequest.

// reDayOfMonth is a day of the month said without its month: "the 4th",
// "on the 21st", "to 12th", "is the 3". A count of something ("her 30th
// birthday", "the 4th time") is no day.
var reDayOfMonth = mustPattern(`\b(?:the|on|to|is|its|it's|actually|not)\s+(?:the\s+)?(\d{1,2})(st|nd|rd|th)?\b(?:\s+(\w+))?`)

// countedAfter are words after an ordinal that make it a count, not a day.
var countedAfter = map[string]bool{"birthday": true, "bday": true, "anniversary": true, "time": true, "times": true, "year": true,
	"years": true, "grade": true, "floor": true, "place": true, "week": true, "weeks": true, "day": true, "days": true,
	"month": true, "months": true, "of": true, "attempt": true, "try": true, "date": true, "wedding": true}

// reRedateWord says a date is being changed or put right.
var reRedateWord = mustPattern(`\b(?:actually|oops|whoops|sorry|wrong|mistake|meant|typo|correction|not|wait|instead|change|move|switch|update|shift|fix|make it|set it)\b`)

// redateWindow is how long after a date was kept a short correction with
// no name ("actually it's the 4th") still means it.
const redateWindow = 30 * time.Minute

// dayOfMonth reads a day said without a month; 0 when there is none.
func dayOfMonth(folded string) int {
	for _, m := range reDayOfMonth.FindAllStringSubmatch(folded, -1) {
		if m[2] == "" && m[1] != "" && !strings.HasPrefix(strings.TrimSpace(m[0]), "the") {
			// "is 3", "to 12": a bare number after a verb is a day only
			// when said as an ordinal or after "the".
			continue
		}
		if countedAfter[m[3]] {
			continue
		}
		if d, _ := strconv.Atoi(m[1]); d >= 1 && d <= 31 {
			return d
		}
	}
	return 0
}

// redate acts on a yearly date put right in words; false when the message
// changes no date kept.
func (t *turn) redate(text string) bool {
	folded := foldText(text)
	if !reRedateWord.MatchString(folded) || reEvery.MatchString(folded) || len(strings.Fields(folded)) > 20 {
		return false
	}
	yearly := reYearly.MatchString(folded)
	month, day, full := parseDate(folded)
	if yearly && full {
		// "jess's birthday is on 3 may": a date told in full is kept
		// as told, whatever it replaces (remindRequest).
		return false
	}
	if !full {
		if day = dayOfMonth(folded); day == 0 {
			return false
		}
	}
	who := reminderPerson(text)
	c := t.datedMeant(who, text, folded)
	if c == nil && !who.Found() && (yearly || bareCorrection(folded)) {
		// "oops, the birthday is the 4th", "actually it's the 12th":
		// the date kept last, when it was kept just now.
		if last := t.lastDated(); last != nil && (yearly || t.now.Sub(last.Touched) <= redateWindow) {
			c = last
		}
	}
	if c == nil {
		return false
	}
	d, ok := dateMeant(c, folded)
	if !ok {
		return false
	}
	if full {
		d.Month = month
	}
	if !realDay(d.Month, day) {
		t.say(fmt.Sprintf("%s has no %s — which day did you mean?", d.Month, ordinal(day)))
		return true
	}
	d.Day = day
	t.keepYearly(c, d, who)
	return true
}

// correctionWords are the words a bare correction of a date is made of:
// "oops sorry, i meant the 4th", "no wait, make it the 12th".
var correctionWords = map[string]bool{"actually": true, "oops": true, "whoops": true, "sorry": true, "wrong": true,
	"no": true, "wait": true, "it's": true, "its": true, "it": true, "is": true, "the": true, "on": true, "make": true,
	"i": true, "meant": true, "mean": true, "my": true, "bad": true, "not": true, "date": true, "day": true,
	"mistake": true, "typo": true, "ah": true, "oh": true, "ok": true, "okay": true, "so": true, "correction": true,
	"change": true, "to": true, "that": true, "should": true, "be": true, "was": true, "instead": true, "of": true,
	"set": true, "put": true, "fix": true, "please": true, "pls": true, "sry": true, "soz": true, "um": true}

// bareCorrection reports a message that only puts a day right, naming
// nothing else ("the party is on the 4th" names a party).
func bareCorrection(folded string) bool {
	for _, w := range strings.Fields(strings.NewReplacer(",", " ", ".", " ", "!", " ").Replace(folded)) {
		if !correctionWords[w] && monthByName[w] == 0 && strings.TrimRight(w, "0123456789stndrh") != "" {
			return false
		}
	}
	return true
}

// datedMeant is the contact with a yearly date that text names (who is
// whom it names) or means by a pronoun; nil when it names someone without
// one, or no one.
func (t *turn) datedMeant(who people.Person, text, folded string) *Contact {
	c := findContact(t.p.Contacts, who)
	if c == nil {
		c = contactSaid(t.p.Contacts, text)
	}
	if c == nil && !who.Found() && rePronoun.MatchString(folded) {
		c = t.recentFor(folded)
	}
	if c == nil || len(c.Dates) == 0 {
		return nil
	}
	return c
}

// dateMeant is which of c's yearly dates folded speaks of: the one it
// names, else the only one.
func dateMeant(c *Contact, folded string) (YearlyDate, bool) {
	if m := reYearly.FindStringSubmatch(folded); m != nil {
		want := yearlyWhat(m[1])
		for _, d := range c.Dates {
			if d.What == want {
				return d, true
			}
		}
		return YearlyDate{}, false
	}
	if len(c.Dates) == 1 {
		return c.Dates[0], true
	}
	return YearlyDate{}, false
}

// realDay reports whether month has a day numbered day in some year (29
// February counts).
func realDay(month time.Month, day int) bool {
	return day >= 1 && day <= time.Date(2024, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
