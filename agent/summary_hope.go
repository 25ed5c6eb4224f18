package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked what they hope a friend would say, people often open on a doubt
// ("honestly im not sure anyone would say im easy to be close to") and
// only then say the hope ("id like them to say i let them in"). The hope
// is the answer to the question; the summary says it, not the doubt.

// reHopeSaid is the hope said after a doubt: the verb ("say", "feel")
// and what the person would like a friend to say or feel, in two groups.
var reHopeSaid = mustPattern(`\b(?:i'?d|id|i would) (?:like|love|want) (?:them|people|friends|my friends|someone|a friend|everyone) to (say|feel|think|know) (?:that )?([^.;!?]+)|\bi (?:hope|wish) (?:they'?d|theyd|they would|people would|my friends would|a friend would|someone would) (say|feel|think) (?:that )?([^.;!?]+)`)

// hopeHeard says the hope an answer to the question about what a friend
// would say ends on, when it says one after something else; "" otherwise.
func hopeHeard(q Question, answer string, names []string) string {
	if !strings.Contains(strings.ToLower(q.Text), "friend would say") {
		return ""
	}
	folded := foldText(answer)
	loc := reHopeSaid.FindStringSubmatchIndex(folded)
	if loc == nil || loc[0] == 0 {
		// A hope said first is said back as it came.
		return ""
	}
	g := loc[2:6]
	if g[0] < 0 {
		g = loc[6:10]
	}
	verb := folded[g[0]:g[1]]
	hope := strings.TrimRight(strings.TrimSpace(listen.Proper(listen.Clean(folded[g[2]:g[3]]), names)), ".,!? ")
	if hope == "" {
		return ""
	}
	return "You'd like a friend to " + verb + " " + hope + "."
}
