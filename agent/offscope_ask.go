package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// outsideAsk reports a question the intent classifier is unsure of that
// asks for something from a field the companion leaves to others: "what
// should i cook tonight, bored of rice", "think the celtics win the
// final?". Its topic words (cooking, money, law, computers, sport) and a
// question about no one settle it when off-topic is among the likely
// labels; a guide paragraph sharing a word would read as not listening.
func outsideAsk(text string, r understand.Result) bool {
	if r.Sure() || !asksSomething(text) {
		return false
	}
	folded := foldText(text)
	if offTopic(folded) == "" && !hasAnyWord(folded, sportWords) {
		return false
	}
	if people.Find(text).Found() || hasAnyWord(folded, peopleTalkWords) {
		// "should i cook for my sister when she visits" is about her.
		return false
	}
	for _, s := range r.Ranked {
		if s.Label == understand.Offtopic && s.Confidence >= likelyConfidence {
			return true
		}
	}
	return false
}

// sportWords name a game, a team's season or a result: asked about, they
// want a fact or a forecast.
var sportWords = wordset.Of(`playoffs playoff league season championship championships tournament final finals
match fixture fixtures score scores standings table relegated relegation promoted promotion superbowl
nba nfl nhl mlb epl f1 formula worldcup olympics wimbledon`)

// peopleTalkWords mark a question about being with someone, which the guide
// may answer: "should i invite them to dinner".
var peopleTalkWords = wordset.Of(`friend friends friendship invite invited invitation date together lonely alone them him her he she they someone somebody people family`)
