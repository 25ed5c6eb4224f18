package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked what they would like people to know, some give each person a
// message of their own: "yuki - that she got me through that winter. hana
// - that she's the funniest person i know". Said back, only the first
// fits; the acknowledgement names each of them instead.

// reNamedLead is a name that leads its own message: "yuki - that",
// "hana: how". Group 1 is the name.
var reNamedLead = mustPattern(`(?:^|[.;,!?]\s*|\band\s+)([\p{L}'-]+)\s*(?:-|–|—|:)\s*(?:that|how|for|just|thank|i)\b`)

// eachOwnAck names the two or three people an answer gives a message each
// at a question about what they mean; "" for any other answer.
func eachOwnAck(q Question, answer string, names []string, v int) string {
	if questionKind(q.Text) != qkMeaning {
		return ""
	}
	var who []string
	for _, m := range reNamedLead.FindAllStringSubmatch(strings.ToLower(answer), -1) {
		ms := listen.Mentions(m[1], names)
		if len(ms) != 1 || !ms[0].Named {
			return ""
		}
		who = append(who, ms[0].Ref)
	}
	if len(who) < 2 || len(who) > 3 {
		return ""
	}
	return fitAck(pickAck([]string{
		"Something of its own for " + andList(who) + ": each of those would mean a lot to hear, in your words.",
		"A different thing to tell " + andList(who) + ", and each of them worth saying out loud.",
	}, v))
}
