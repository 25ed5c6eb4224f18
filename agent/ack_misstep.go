package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked how they responded to someone's news, people own up to getting it
// wrong: "badly. my mate got engaged and i made it all about me", "i got
// jealous when my sister got the promotion, said sorry the next day". The
// answer said back in italics reads as a verdict. The acknowledgement
// names the misstep without judging it, with whose news it was, and hears
// the apology when there was one.

// reMadeAboutMe is responding to someone's news by turning to oneself.
var reMadeAboutMe = mustPattern(`\b(?:(?:made|make) it (?:all )?about (?:me|myself|my own \w+|my \w+)|turned it (?:around )?(?:to|into|onto) me|(?:just )?talked about (?:myself|my own stuff)|(?:was|got|felt) (?:\w+ ){0,2}jealous|(?:was|got) (?:short|cold|weird|off|snappy) with)\b`)

// reMadeAmends is the apology or repair after a misstep.
var reMadeAmends = mustPattern(`\b(?:apologi[sz]ed|apologi[sz]e|said sorry|say sorry|made it up|owned (?:up|it)|made amends)\b`)

// reNewsOf is who had the news: "my sister got into", "jonas just got".
var reNewsOf = mustPattern(`\b((?:my |our )?[a-z]+(?: [a-z]+)?) (?:just |finally )?(?:got|passed|won|landed|had|announced|is having|was having)\b`)

// misstepAck answers a misstep owned up to, "" when the answer tells of
// none.
func misstepAck(answer string, names []string, cat, v int) string {
	if cat == qkLimit || cat == qkStep {
		return ""
	}
	folded := foldText(answer)
	if !reMadeAboutMe.MatchString(folded) || listen.Lost(answer, names) != "" || reDeathSaid.MatchString(folded) {
		// "their dog died and i made it about me": the loss is what the
		// other lines name first.
		return ""
	}
	news := "their news"
	ms := listen.Mentions(answer, names)
	if m := reNewsOf.FindStringSubmatch(folded); m != nil {
		// "badly. my sister got into med school": whose news, read
		// from who got it, not the first word.
		ms = listen.Mentions(m[1], names)
	}
	if len(ms) > 0 {
		news = ms[0].Ref + "'s news"
		if strings.HasSuffix(ms[0].Ref, "s") {
			news = ms[0].Ref + "' news"
		}
	}
	if strings.Contains(folded, "jealous") {
		// "i got jealous and went quiet": a pang, not a verdict.
		return fitAck(pickAck([]string{
			"A pang of jealousy at " + news + " is human, and owning it takes honesty. It doesn't cancel how much you care.",
			"Feeling jealous at " + news + " happens to the best of friends; noticing it is what lets you show up anyway.",
		}, v))
	}
	if reMadeAmends.MatchString(folded) {
		return fitAck(pickAck([]string{
			"Making " + news + " about you stings to look back on, and you apologised, which is what repairs it.",
			"You owned it and said sorry after turning " + news + " towards yourself, and that repair counts for a lot.",
		}, v))
	}
	return fitAck(pickAck([]string{
		"Turning " + news + " towards yourself happens more than people admit; noticing it is the first step, and a sorry is still open.",
		"It's honest to see you made " + news + " about you. Saying so to them, even now, can go a long way.",
	}, v))
}
