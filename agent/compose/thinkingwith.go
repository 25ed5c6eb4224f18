package compose

import (
	"regexp"
	"strings"
)

// thinkingWith is what the writer is thinking of them with or about: "thinking
// of Oksana this week with her bar exams", "thinking about him and the
// garden he built". The thing named is the point of the message.
var thinkingWith = regexp.MustCompile(`(?i)\bthinking (?:of|about) (?:him|her|them|[A-Z][\w'-]+)(?: ((?:this|last) (?:week|weekend|month)|today|lately|a lot))? (with|and) ((?:his|her|their|the) [^,.;!?]+?)\s*(?:[,.;!?]|$)`)

// trialNoun is a trial named by a noun phrase: "your bar exams".
var trialNoun = regexp.MustCompile(`(?i)^your ` + trialWords + `$`)

// thoughtWith is the line that says what the writer is thinking of them
// with, or "" when text names nothing: a trial ahead is wished luck, a
// thing of theirs is said to be on the writer's mind.
func thoughtWith(text, name string) string {
	m := thinkingWith.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	what := strings.TrimSpace(secondPerson(m[3], name, false))
	if strings.Contains(" "+strings.ToLower(what)+" ", " he ") || strings.Contains(" "+strings.ToLower(what)+" ", " she ") || len(strings.Fields(what)) > 8 {
		return ""
	}
	when := ""
	if m[1] != "" && !strings.EqualFold(m[1], "lately") && !strings.EqualFold(m[1], "a lot") {
		when = " " + strings.ToLower(m[1])
	}
	if strings.EqualFold(m[2], "with") {
		if trialNoun.MatchString(what) {
			return "Good luck with " + what + when + "."
		}
		return "I hope all is going well with " + what + when + "."
	}
	return "I keep thinking about " + what + "."
}
