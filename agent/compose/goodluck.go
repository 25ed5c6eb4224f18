package compose

import (
	"regexp"
	"strings"
)

// trialWords are the things ahead of someone that are wished luck: a test,
// an exam, an interview, a performance, a race.
const trialWords = `(?:[\w'-]+ ){0,3}?(?:test|tests|exam|exams|finals|viva|interview|interviews|audition|recital|match|final|race|marathon|half marathon|competition|tournament|trial|assessment|defen[cs]e|presentation|pitch|debut|performance|gig|show|opening night|first day|big day)`

// trialAhead is a trial still to come for someone else, or luck wished for
// one: "he has his driving test on friday", "she sits her bar exams next
// week", "wish her luck for her interview". What is still to come is never
// congratulated; it is wished well.
var trialAhead = regexp.MustCompile(`\b(?:has|have|'s got|s got|has got|got|is sitting|are sitting|is taking|are taking|sits|takes|is doing|is running|'s running|s running|is playing|'s doing|s doing|with)\s+(?:his|her|their)\s+` + trialWords + `\b[^.!?]*\b(?:` + luckWords + `|tomorrow|tonight|today|later|soon|this (?:week|weekend|morning|afternoon|evening|month)|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+\w*)|in (?:a|two|three|\d+) (?:days?|weeks?))\b|\b` + luckWords + `\b[^.!?]*\b(?:his|her|their)\s+` + trialWords + `\b`)

// luckWords wish someone luck.
const luckWords = `(?:wish(?:ing)? (?:him|her|them|\w+) (?:good |the best of |all the )?luck|good luck|best of luck|break a leg)`

// luckAhead is a trial still to come said to them: "you have your driving
// test tomorrow", "you're sitting your bar exams this week".
var luckAhead = regexp.MustCompile(`(?i)^you(?:'ve got| have got| have| are sitting|'re sitting| are taking|'re taking| are doing|'re doing| are running|'re running| are playing|'re playing| sit| take) ((?:your|the|a|an) ` + trialWords + `\b.*)$`)

// luckLine wishes them luck with a trial still to come, or says nothing
// when t tells of none.
func luckLine(t string, formal bool) string {
	m := luckAhead.FindStringSubmatch(strings.TrimRight(t, ". "))
	if m == nil {
		return ""
	}
	what := strings.TrimSpace(m[1])
	if formal {
		return "Good luck with " + what + "; I'll be thinking of you."
	}
	return "Good luck with " + what + ", you've got this!"
}
