package agent

import "strings"

// A one-off asked for before its person ("remind me in 2 weeks", then "to
// check on ana after her exams") keeps its when: the words that said it
// wait with the question, and are read again with the answer.

// onceWords is the part of text that says a one-off's when, folded to
// lower case: "in 2 weeks", "next friday"; the whole text when no one
// part says it.
func onceWords(text string) string {
	s := calendarWords(strings.ToLower(text))
	for _, re := range onceWhenPatterns {
		if m := re.FindStringSubmatch(s); m != nil && !strings.ContainsAny(m[0], ":") {
			if _, _, clock := ParseClock(s); clock {
				// A time of day goes with the day: keep it all.
				return s
			}
			return m[0]
		}
	}
	return s
}

// onceWhenPatterns find a one-off's when, the most exact first.
var onceWhenPatterns = []pattern{reInSpan, reDayMonth, reMonthThenDay, reNextDay, reTomorrow, reTonight}
