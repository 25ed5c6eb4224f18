package agent

import (
	"regexp"
	"strings"
)

// A limit is often a time kept ("weekends are mine", "evenings are for
// family") beside a time left open ("weekdays text whenever"). The open
// time alone would read as no limit at all; the kept one is the point.

// reKeptTime is a stretch of time the person keeps for themselves.
var reKeptTime = regexp.MustCompile(`\b((?:my )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day |weekend |weeknight )?(?:weekends?|evenings?|nights?|mornings?|sundays?|saturdays?|days off|lunch ?breaks?|holidays?)|after (?:work|dinner|\d{1,2} ?(?:pm)?|eight|nine|ten))\b,? (?:are|is) (?:all |just |strictly )?(?:mine|for me|my time|me time|off|off limits|offline|sacred|protected|family time|for (?:my )?family|for the kids|phone free|phone-free|quiet)\b`)

// reLeftOpenTime is a stretch of time the person is glad to be reached in.
var reLeftOpenTime = regexp.MustCompile(`\b(weekdays?|the week|daytimes?|during the day|work hours|mornings?|evenings?|lunchtimes?)\b,? (?:(?:people |anyone |you )?(?:can )?(?:text|call|message|ping|reach)(?: me)?|(?:are|is) (?:fine|open|fair game|ok|okay))\b`)

// keptTimeAck names the time an answer to a question about limits keeps
// for the person, and the time it leaves open when it says one; "" when
// it keeps none.
func keptTimeAck(q Question, answer string, v int) string {
	if !limitQuestion(q.Text) {
		return ""
	}
	folded := foldText(answer)
	m := reKeptTime.FindStringSubmatch(folded)
	if m == nil {
		return ""
	}
	kept := reDayName.ReplaceAllStringFunc(strings.Replace(m[1], "my ", "your ", 1), upFirst)
	if o := reLeftOpenTime.FindStringSubmatch(folded); o != nil && o[1] != m[1] && !strings.Contains(m[1], o[1]) {
		return upFirst(strings.NewReplacer("{k}", kept, "{o}", o[1]).Replace(pickAck([]string{
			"{k} kept free and {o} open: that's a clear limit, and an easy one for people to work with.",
			"Keeping {k} free while {o} stay open is a fair, simple limit.",
		}, v)))
	}
	return upFirst(strings.ReplaceAll(pickAck([]string{
		"Keeping {k} free is a clear, fair limit.",
		"{k} kept free: a limit worth saying out loud.",
	}, v), "{k}", kept))
}

// keepsTime reports whether answer keeps a stretch of time for the person:
// whatever else it leaves open, it draws a limit.
func keepsTime(answer string) bool {
	return reKeptTime.MatchString(foldText(answer))
}
