package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// How a person shows up for others, told in passing, is the point of
// answers a feeling word would otherwise drown: celebrating someone's good
// news ("threw her a surprise dinner when she got the job"), replying fast
// but short and feeling it was not enough, calling one person instead of
// typing, and talking with someone only about one thing ("we only talk
// about football"). Each is named in the companion's words, with who.

// reCelebrated is doing something to celebrate someone's news; group 1 is
// what was done.
var reCelebrated = mustPattern(`\b(?:threw|organi[sz]ed|planned|arranged|booked|made|baked|cooked) (?:(?:her|him|them|my \w+|\w+) )?((?:a |an )?(?:surprise |little |big |proper )?(?:dinner|party|lunch|brunch|cake|meal|celebration|drinks|picnic|night out))\b`)

// reGoodNewsGot is the good news someone had: "when she got the job".
var reGoodNewsGot = mustPattern(`^(?:my |our )?(?:\w+ ){0,3}(?:finally |just )?(?:got into|got the job|got a job|got engaged|got married|got promoted|was promoted|passed|graduated|landed|won)\b|\b(?:when|after|because|cos|since) (?:she|he|they|\w+) (?:finally |just |actually )?(?:got|passed|won|landed|finished|graduated|got into|was promoted|got engaged|got married)\b`)

// reFastShort is replying quickly but briefly and feeling it was not
// enough.
var reFastShort = mustPattern(`\b(?:straight away|right away|immediately|instantly|quick(?:ly)?|fast)\b.*\b(?:short|brief|one line|one-liner|not enough|too quick|rushed)\b`)

// reFeltNotEnough is feeling bad about a reply.
var reFeltNotEnough = mustPattern(`\b(?:feel|feeling|felt) (?:\w+ )?(?:bad|guilty|awful|terrible|rubbish)\b|\bnot enough\b`)

// reOtherChannel is calling or meeting one person rather than typing:
// group 1 is who, group 2 how.
var reOtherChannel = mustPattern(`\bwith ((?:my )?[a-z]+(?: [a-z]+){0,2}) i (?:just |usually |always )?(call|ring|phone|facetime|voice note|send voice notes|meet up|see (?:her|him|them)) (?:her |him |them )?(?:instead|rather)\b`)

// reOnlyTopic is talking with someone only about one thing: group 1 is
// the thing.
var reOnlyTopic = mustPattern(`\b(?:we |i )?(?:only|just|mostly|ever only) (?:ever )?(?:talk|chat|text|speak) about ([a-z]+(?: [a-z]+)?)\b`)

// showingUpAck names how the person shows up when the answer tells of one
// of those ways; "" otherwise.
func showingUpAck(q Question, answer string, names []string, cat, v int) string {
	if cat == qkLimit || cat == qkStep {
		return ""
	}
	folded := foldText(answer)
	if m := reCelebrated.FindStringSubmatch(folded); m != nil && reGoodNewsGot.MatchString(folded) {
		what := m[1]
		if !strings.HasPrefix(what, "a ") && !strings.HasPrefix(what, "an ") && !strings.HasSuffix(what, "drinks") {
			what = "a " + what
		}
		return fitAck(pickAck([]string{
			upFirst(what) + " to celebrate their news: that's showing up for good news properly.",
			"Celebrating with " + what + " says you're glad for them, and that's the kind of thing people remember.",
		}, v))
	}
	if strings.Contains(strings.ToLower(q.Text), "long or personal") && reFastShort.MatchString(folded) && reFeltNotEnough.MatchString(folded) {
		return pickAck([]string{
			"Reading it straight away and replying fast, then feeling the reply was too short, shows you care. A longer follow-up later is always open.",
			"A quick, short reply and then guilt that it wasn't enough: the speed already says you care, and you can add more later.",
		}, v)
	}
	if m := reOtherChannel.FindStringSubmatch(folded); m != nil {
		if ms := listen.Mentions(m[1], names); len(ms) == 1 {
			how := m[2]
			if how == "ring" || how == "phone" {
				how = "call"
			}
			return fitAck(pickAck([]string{
				"With " + ms[0].Ref + " you " + how + " instead of typing: choosing the way that lets you be honest is a good instinct.",
				"So " + ms[0].Ref + " gets a " + strings.TrimPrefix(how, "send ") + " rather than a long message — whatever makes it easier to be real works.",
			}, v))
		}
	}
	if m := reOnlyTopic.FindStringSubmatch(folded); m != nil && !reWeightier.MatchString(folded) {
		return fitAck(pickAck([]string{
			"So it's mostly " + m[1] + " with them. That shared ground can be the way in to talk about more.",
			"Talk that stays on " + m[1] + " is still contact, and it can be a door to something deeper.",
		}, v))
	}
	return ""
}
