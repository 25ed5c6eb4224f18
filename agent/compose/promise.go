package compose

import (
	"regexp"
	"strings"
)

// dayWords are the days a promise can be kept on.
const dayWords = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`

// promiseWhen is the writer's promise with when it will be kept: "I'll
// visit in June", "I'll pay Friday", "I will call you tomorrow".
var promiseWhen = regexp.MustCompile(`(?i)^I(?:'ll| will) ((?:[\w'-]+ ){0,6}?[\w'-]+?) ((?:(?:in|on|by|before|after) )?(?:the )?(?:` + dayWords + `|tomorrow|tonight|soon|this (?:week|weekend|month|summer|spring|autumn|winter|evening)|next (?:week|weekend|month|year|time|` + dayWords + `)|(?:january|february|march|april|may|june|july|august|september|october|november|december)|end of (?:the )?(?:week|month)))$`)

// onMeWhen is a treat the writer will pay for, with when: "lunch is on me
// next week".
var onMeWhen = regexp.MustCompile(`(?i)^((?:the )?(?:next )?[\w' -]+?)(?: is|'s) on me ((?:next|this) (?:week|weekend|month|time|` + dayWords + `)|tomorrow|tonight|soon)$`)

// bareDay is a day said without "on": "pay Friday".
var bareDay = regexp.MustCompile(`(?i)^` + dayWords + `$`)

// promiseLine says a promise of the writer's with its when in words of
// the draft's own ("I'm going to visit in June", "Next week, lunch is on
// me"), so the line added is never the request pasted back; ok is false
// when t is no such promise.
func promiseLine(t string) (string, bool) {
	t = strings.TrimRight(strings.TrimSpace(t), ".!")
	if m := onMeWhen.FindStringSubmatch(t); m != nil {
		return upFirst(m[2]) + ", " + strings.ToLower(m[1][:1]) + m[1][1:] + " is on me.", true
	}
	m := promiseWhen.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	when := m[2]
	if bareDay.MatchString(when) {
		when = "on " + when
	}
	what := m[1]
	if strings.EqualFold(what, "pay") {
		// "I'll pay Friday": paid back, to them.
		what = "pay you back"
	}
	return "I'm going to " + what + " " + when + ".", true
}
