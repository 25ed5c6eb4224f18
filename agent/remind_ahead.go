package agent

import (
	"fmt"
	"strconv"
	"strings"
)

// How far ahead a yearly date is nudged, in words: "remind me a week
// before", "can i get the reminder 2 days ahead for mum's birthday", "the
// day before is enough". The lead goes to the date named, or the one set
// last, and the next nudge moves with it.

// reAhead is a lead asked for: a number of days or weeks before.
var reAhead = mustPattern(`\b(?:(a|an|one|1|two|2|three|3|four|4|five|5|six|6|seven|7|ten|10|fourteen|14|a couple of|couple of|couple|a few|few) (day|days|week|weeks)|(the) (day|week)) (?:before|ahead|early|earlier|in advance|beforehand|prior)\b`)

// reNudgeWord speaks of being reminded.
var reNudgeWord = mustPattern(`\b(?:remind|reminded|reminder|reminders|nudge|nudged|ping|pinged|notify|notification|heads up|warn|warning|tell me|let me know|alert)\b`)

// aheadNumbers are the counts reAhead knows in words.
var aheadNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "ten": 10, "fourteen": 14, "a couple of": 2, "couple of": 2, "couple": 2, "a few": 3, "few": 3}

// maxAhead is the longest lead kept, in days.
const maxAhead = 30

// aheadAsked reads a lead for a yearly date from text: the days, and
// whether one was asked for at all.
func aheadAsked(folded string) (int, bool) {
	m := reAhead.FindStringSubmatch(folded)
	if m == nil {
		return 0, false
	}
	count, unit := m[1]+m[3], m[2]+m[4]
	n, err := strconv.Atoi(count)
	if err != nil {
		n = aheadNumbers[count]
	}
	if strings.HasPrefix(unit, "week") {
		n *= 7
	}
	return n, n > 0 && n <= maxAhead
}

// setAhead acts on a lead asked for in words, for the yearly date of the
// contact named, else of the one talked about last; false when the
// message asks for none or there is no date to move.
func (t *turn) setAhead(text string) bool {
	folded := foldText(text)
	days, ok := aheadAsked(folded)
	if !ok || !reNudgeWord.MatchString(folded) && len(strings.Fields(folded)) > 6 {
		// "she was born a week before me" tells, and asks nothing.
		return false
	}
	c := findContact(t.p.Contacts, reminderPerson(text))
	if c == nil {
		c = contactSaid(t.p.Contacts, text)
	}
	if c == nil || len(c.Dates) == 0 {
		c = t.lastDated()
	}
	if c == nil {
		return false
	}
	var moved []string
	for i := range c.Dates {
		d := &c.Dates[i]
		if len(c.Dates) > 1 && !strings.Contains(folded, strings.ToLower(d.What)) {
			continue
		}
		d.Ahead = days
		delete(t.p.Profile.Schedule, c.ID+"/"+dateKey(d.What))
		moved = append(moved, possessive(c.Name)+" "+d.What+" ("+dateLabel(*d)+")")
	}
	if len(moved) == 0 {
		return false
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.say(fmt.Sprintf("Okay — I'll remind you %s before %s, and on the day.", aheadWords(days), strings.Join(moved, " and ")),
		Choice{ID: "remind:ok", Label: "OK"})
	return true
}

// lastDated is the contact with yearly dates touched last.
func (t *turn) lastDated() *Contact {
	var last *Contact
	for i := range t.p.Contacts {
		c := &t.p.Contacts[i]
		if len(c.Dates) > 0 && (last == nil || c.Touched.After(last.Touched)) {
			last = c
		}
	}
	return last
}

// aheadWords says a lead in days: "a day", "a week", "5 days", "2 weeks".
func aheadWords(days int) string {
	switch {
	case days == 1:
		return "a day"
	case days == 7:
		return "a week"
	case days%7 == 0:
		return strconv.Itoa(days/7) + " weeks"
	}
	return strconv.Itoa(days) + " days"
}
