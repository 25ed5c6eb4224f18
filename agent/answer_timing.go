package agent

import (
	"regexp"
	"strings"
)

// A question of timing asks how often, how long or when. A section that
// lists questions of the same kind answers that kind, so its answer is no
// mere nearest match even when the rest of the wording ("anyway", a name,
// a detail of the story) lowers how much of the question it covers.
const (
	timingNone  = ""
	timingOften = "often"
	timingLong  = "long"
	timingWhen  = "when"
)

var (
	// reTimingOften asks how often: "how often should i call my mum",
	// "how many times a week", "how regularly", "how frequently".
	reTimingOften = regexp.MustCompile(`\bhow (?:often|frequently|regularly|much contact)\b|\bhow many times\b|\bevery how (?:many|long)\b`)
	// reTimingLong asks how long or how soon: "how long do i wait", "how
	// soon is too soon", "how many days before".
	reTimingLong = regexp.MustCompile(`\bhow (?:long|soon|much time)\b|\bhow many (?:days|hours|weeks|months|minutes|years)\b`)
	// reTimingWhen asks when: "when should i reach out", "when is it ok
	// to", "at what point", "what's the right time".
	reTimingWhen = regexp.MustCompile(`\bwhen (?:should|shall|do|can|could|would|is it|is the|it's|its|to)\b|\bat what point\b|\bwhat time\b|\bthe (?:right|best|good) (?:time|moment)\b`)
)

// timingKind returns the kind of timing q asks about, timingNone when it
// asks none.
func timingKind(q string) string {
	f := foldText(q)
	switch {
	case reTimingOften.MatchString(f):
		return timingOften
	case reTimingLong.MatchString(f):
		return timingLong
	case reTimingWhen.MatchString(f):
		return timingWhen
	}
	return timingNone
}

// answersTiming reports whether section s answers the kind of timing q
// asks about: one of the questions it lists, or its title, asks the same.
func answersTiming(s Section, q string) bool {
	kind := timingKind(q)
	if kind == timingNone {
		return false
	}
	if timingKind(s.Title) == kind {
		return true
	}
	for _, a := range s.Asks {
		ask, _, _ := strings.Cut(a, " | ")
		if timingKind(ask) == kind {
			return true
		}
	}
	return false
}
