package agent

import (
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked when a talk last went beyond catching up, people tell of one
// ("we stayed up talking about grandpa", "we had it out about her wedding
// and it was the most honest we've been") often without naming whom:
// the earlier answers say who. The talk is named with them, a row that
// turned honest as both hard and good.

// reRowTalk is a talk that was a row: "had it out", "arguing".
var reRowTalk = mustPattern(`\b(?:had it out|argu\w*|a (?:big )?(?:row|fight))\b`)

// deepTalkAck names a talk that went deep, asked when the last one was,
// with whom from the earlier answers when the answer names no one; ""
// when the answer tells of no such talk.
func deepTalkAck(q Question, answer string, earlier, names []string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "beyond catching up") || reGrave.MatchString(foldText(answer)) ||
		reTheirHardNews.MatchString(foldText(answer)) {
		// "we talked properly about his divorce": the news is what to
		// answer first.
		return ""
	}
	who := whomAbout(answer, earlier)
	if who == "" && len(singles(answer, names)) == 0 {
		// "we had it out": we is the person and the one the earlier
		// answers named, when they named one.
		var ms []listen.Mention
		for _, e := range earlier {
			for _, m := range singles(e, names) {
				if !slices.ContainsFunc(ms, func(o listen.Mention) bool { return strings.EqualFold(o.Who, m.Who) }) {
					ms = append(ms, m)
				}
			}
		}
		if len(ms) == 1 {
			who = ms[0].Ref
		}
	}
	line := deepTalkGist(gistInput{answer: answer, names: names, cat: questionKind(q.Text), v: v, who: who})
	if line == "" || len(line) > ackMax {
		return ""
	}
	line = reHoliday.ReplaceAllStringFunc(reDayName.ReplaceAllStringFunc(line, upFirst), func(h string) string { return holidays[strings.ToLower(h)] })
	return fitAck(reTheHoliday.ReplaceAllString(line, "$1"))
}

// reTheHoliday is a holiday with "the" before it, which it never takes:
// "at the Christmas two years ago" is "at Christmas two years ago".
var reTheHoliday = regexp.MustCompile(`\bthe (Christmas|Easter|Diwali|Eid|Hanukkah|Ramadan|Thanksgiving|Passover|Halloween)\b`)
