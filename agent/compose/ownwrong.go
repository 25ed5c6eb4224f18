package compose

import (
	"regexp"
	"strings"
)

// ownWin is the writer's own good news, said in the first person, which is
// no win of the recipient's to congratulate: "i got into", "i won", "i got
// the job", "my band 6 promotion". Whole words only: "wei got the job" is
// hers.
var ownWin = regexp.MustCompile(`(?:^|\b)(?:i (?:just |finally |also |actually )?(?:got into|won|got promoted|was promoted|'ve been promoted|ve been promoted|have been promoted|got the job|got (?:my|a|the) (?:(?:band |grade |level )?\d+ |new |big |first |long[- ]awaited )?promotion)|my (?:(?:band |grade |level )?\d+ |new |big |first |long[- ]awaited )?promotion)\b`)

// ownWrong is something the writer did wrong, told without asking to say
// sorry: owning that it was out of line, a joke or a remark at their
// expense, their work left uncredited, what the writer should not have
// done.
var ownWrong = regexp.MustCompile(`\b(?:(?:it|that|i) was (?:way |totally |completely |so |really |well )?out of (?:line|order)|i (?:really |totally )?crossed a line|i (?:made|cracked|told) (?:a|that|this|some) (?:\w+ )?(?:joke|comment|remark|crack|dig)s? (?:about|at|on) (?:her|his|their|[\w]+'s|[\w]+s)\b|i shouldn'?t (?:have|of) (?:said|done|made|joked|snapped|laughed|shouted|posted|told|mentioned|brought)|(?:didn'?t|did not|never|forgot to|failed to) (?:mention|credit|acknowledge|say) (?:that )?(?:she|he|they) (?:did|had done|wrote|made|built|designed|came up with|put together|ran)\b|(?:took|taking|take) (?:all )?(?:the )?credit for|(?:want|need|have) to own (?:it|this|that|my part|what i did|up))\b`)

// playedDown is the writer making light of what they did ("i didn't mean
// anything by it", "it was only a joke"): said in an apology it takes the
// sorry back, so it stays out.
var playedDown = regexp.MustCompile(`(?i)^(?:but |and |so |honestly |tbh )*(?:i )?(?:(?:didn'?t|didnt|did not|never) (?:really )?mean (?:anything|any harm|it|nothing|to (?:hurt|upset|offend|embarrass)\w*)(?: by it)?|(?:it|that) was (?:only|just) (?:a joke|a bit of fun|banter|teasing)|i was (?:only|just) (?:joking|messing|kidding|teasing))\b`)

// owningIt is the writer saying the apology should own what they did ("i
// want to own it properly"): how to say sorry, which the apology does.
var owningIt = regexp.MustCompile(`(?i)^(?:but |and |so |just |really )*(?:i )?(?:really |just )?(?:want|need|'d like|would like|wanna|have) to (?:properly |fully |really )?(?:own (?:it|this|that|up|my part|my mistake|what i did)|take (?:full )?(?:responsibility|ownership))\b`)

// ownedWrong is the writer owning that what they did was wrong: "it was
// out of line", "that wasn't ok", "it was unfair of me".
var ownedWrong = regexp.MustCompile(`(?i)^(?:but |and |so |honestly |tbh |i know )*(?:it|that|which|what i (?:said|did)) (?:(?:was|is) (?:way |totally |completely |so |really |well |pretty |just )?((?:out of (?:line|order)|not (?:ok|okay|fair|kind|funny|cool|right)|wrong|unfair|unkind|cruel|hurtful|mean|uncalled for|disrespectful|thoughtless|selfish)(?: of me)?)|(?:wasn'?t|was not) (?:ok|okay|fair|kind|funny|cool|right)(?: of me)?)[.!]*$`)

// apologyAside reads a clause of an apology that is neither what it is for
// nor a reason: one that makes light of it is dropped (drop), one that
// owns it is said as the writer knowing it.
func apologyAside(c string) (d Detail, drop, ok bool) {
	c = strings.TrimSpace(c)
	if playedDown.MatchString(c) || owningIt.MatchString(c) {
		return Detail{}, true, true
	}
	m := ownedWrong.FindStringSubmatch(c)
	if m == nil {
		return Detail{}, false, false
	}
	what := strings.ToLower(m[1])
	if what == "" {
		// "that wasn't ok": said as it was.
		what = "not " + strings.ToLower(c[strings.LastIndex(strings.ToLower(c), " ")+1:])
		what = strings.TrimRight(what, ".!")
		if strings.HasSuffix(strings.ToLower(c), " of me") {
			what = "not " + strings.Fields(strings.ToLower(c))[len(strings.Fields(c))-3] + " of me"
		}
	}
	return Detail{Kind: Feeling, Text: "I know it was " + what}, false, true
}
