package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked when they last talked with someone beyond catching up, "never"
// and "i can't even remember" are answers, and telling ones: the gap is
// the point. Read as not knowing ("i can't remember" is how an unsure
// answer opens) or as a word too short to say back, they lose it. The
// acknowledgement names the gap, with whom when the earlier answers named
// one person.

// gapAck names a gap the answer tells of, before an unsure opening is cut
// from it: a last real talk at a loss, never had or not recalled, or at an
// occasion with none since, and feeling understood not recalled. "" when
// it tells of none.
func gapAck(q Question, answer string, earlier []string, variant int) string {
	if line := lossGapAck(q, answer, earlier, variant); line != "" {
		// "at dad's funeral. we haven't talked since": the loss, and the
		// quiet with whom since.
		return line
	}
	if line := lastTalkGapAck(q, answer, earlier, variant); line != "" {
		// "i cant remember. which says it all": the gap, not an unsure
		// opening to cut.
		return line
	}
	if line := agoSinceAck(q, answer, earlier, variant); line != "" {
		// "christmas 2 years ago. since then its been memes": the
		// occasion, how long ago, and what came after.
		return line
	}
	if line := sinceGapAck(q, answer, earlier, variant); line != "" {
		// "not since her wedding 3 years ago": the occasion and the gap,
		// with whom.
		return line
	}
	if line := understoodGapAck(q, answer, variant); line != "" {
		// "cant remember the last time. maybe never?": asked when they
		// felt understood, the gap is the answer.
		return line
	}
	return ""
}

// reNoLastTalk is a last real talk that never was or is too long ago to
// recall.
var reNoLastTalk = mustPattern(gapOpeners + `(?:(` + gapNever + `|(?:we )?(?:never have|haven't ever|havent ever|have never))|(i (?:honestly |genuinely |really )?(?:can't|cant|cannot|don't|dont|do not) (?:even |really |honestly )?(?:remember|recall)))\b`)

// gapOpeners are the fillers an answer telling of a gap may open on
// ("honestly", "um"); gapNever is the gap that never closed ("never
// really", "not once").
const (
	gapOpeners = `^(?:(?:honestly|tbh|um+|hmm+|well|oh|lol|god|wow)\s+)*`
	gapNever   = `never(?: really| ever| once| properly| actually)?|not ever|not once`
)

// reTalkInstead tells what the talk is instead of a real one.
var reTalkInstead = mustPattern(`\b(?:talk\w*|text\w*|chat\w*|memes?|about|only|just|all|small talk|surface|football|weather|work)\b`)

// lastTalkGapAck names a last real talk that never happened or is too
// long ago to recall; "" for any other answer or question.
func lastTalkGapAck(q Question, answer string, earlier []string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "when did you last") {
		return ""
	}
	folded := foldText(answer)
	loc := reNoLastTalk.FindStringSubmatchIndex(folded)
	if loc == nil {
		return ""
	}
	m := reNoLastTalk.FindStringSubmatch(folded)
	rest := strings.Fields(listen.Clean(folded[loc[1]:]))
	if len(rest) > 8 || m[1] != "" && len(rest) > 3 || reTalkInstead.MatchString(folded[loc[1]:]) {
		// "never? we only talk football": what the talk is instead is
		// the point, and answered as such.
		return ""
	}
	who := ""
	if len(earlier) > 0 {
		if ms := singles(earlier[0], answerNames(earlier...)); len(ms) == 1 {
			who = ms[0].Ref
		}
	}
	var pool []string
	switch {
	case m[1] != "" && who != "":
		pool = []string{
			"Never yet with {w}, which is honest; it means the first real conversation is still there to have.",
			"Not yet, not properly, with {w} — and noticing that is where it starts to change.",
		}
	case m[1] != "":
		pool = []string{
			"Never yet, which is honest; it means the first real conversation is still there to have.",
			"Not yet, not properly — and noticing that is where it starts to change.",
		}
	case who != "":
		pool = []string{
			"If you can't remember the last real talk with {w}, it's been a while; noticing that is where it starts to change.",
			"Not remembering the last time with {w} says it's been a long time, and it's honest to see it.",
		}
	default:
		pool = []string{
			"If you can't remember the last one, it's been a while; noticing that is where it starts to change.",
			"Not remembering the last time says it's been a long time, and it's honest to see it.",
		}
	}
	return fitAck(strings.ReplaceAll(pickAck(pool, v), "{w}", who))
}

// reGapSince tells that no real talk came after: "we haven't really
// talked since", "3 yrs ago", "we used to have proper talks", "it's all
// been small stuff".
var reGapSince = mustPattern(`\b(?:all|only|just|mostly) (?:been )?(?:small (?:stuff|talk)|surface(?:[- ]level)?(?: stuff)?|chit ?chat|logistics|practical stuff)\b|\bused to (?:have|talk|chat|open up)\b|\b(?:haven'?t|havent|have not|hasn'?t|not) (?:really |properly |actually )?(?:talked|spoken|had a (?:real |proper )?(?:talk|chat|conversation))\b|\b(?:since then|ever since|not since)\b|\b(?:\d+|a|one|two|three|four|five|six|a few|a couple of|several) (?:years?|yrs?|months?) ago\b`)

// reWeSaid is an answer speaking of the person and someone together.
var reWeSaid = mustPattern(`\b(?:we|us|we'?ve|we'?d|we'?re|our)\b`)

// earlierOne is the one person the earlier answers named, besides the one
// lost; "" when they named none or several.
func earlierOne(earlier, names []string, lost string) string {
	var one []listen.Mention
	for _, e := range earlier {
		for _, m := range singles(e, names) {
			if lost != "" && strings.Contains(strings.ToLower(m.Ref), strings.ToLower(lost)) {
				continue
			}
			if !slices.ContainsFunc(one, func(o listen.Mention) bool { return strings.EqualFold(o.Who, m.Who) }) {
				one = append(one, m)
			}
		}
	}
	if len(one) != 1 {
		return ""
	}
	return one[0].Ref
}

// lossGapAck names a last real talk that was at a loss, a funeral or
// around a death, with the quiet since: sorry for the loss first, then
// with whom the talk was and the gap. "" for any other answer or
// question.
func lossGapAck(q Question, answer string, earlier []string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "when did you last") {
		return ""
	}
	folded := foldText(answer)
	names := answerNames(append(slices.Clone(earlier), answer)...)
	lost := listen.Lost(answer, names)
	if lost == "" && !reDeathSaid.MatchString(folded) || !reGapSince.MatchString(folded) {
		return ""
	}
	with := talkPartner(answer, names)
	if with == "" {
		if ms := singles(answer, names); len(ms) == 1 {
			with = " with " + ms[0].Ref
		}
	}
	if with == "" || lost != "" && strings.Contains(strings.ToLower(with), strings.ToLower(lost)) {
		// "before mum died we used to talk properly", after "my sister
		// ana": "we" is the person and the one named before.
		with = ""
		if one := earlierOne(earlier, names, lost); one != "" && reWeSaid.MatchString(folded) {
			with = " with " + one
		}
	}
	if with == "" {
		return ""
	}
	sorry := lossSorry(answer, lost, names)
	return fitAck(sorry + " " + pickAck([]string{
		"The last real talk" + with + " was back then, and a long quiet after a loss is very common; it's not too late to break it.",
		"Not properly" + with + " since then: loss often leaves a silence like that, and one message can start to close it.",
	}, v))
}

// reNotSince is a last real talk placed at an occasion, none since: group
// 1 is the occasion ("her wedding 3 years ago").
var reNotSince = mustPattern(`\bnot (?:really |properly |since then |)?since (?:(?:her|his|their|our|my|the|last|that) [a-z]+(?: [a-z0-9]+){0,3})`)

// sinceGapAck names a last real talk placed at an occasion with none since
// ("not since her wedding 3 years ago"), with whom when the answer or the
// one named before says, rather than saying it back. "" at any other
// question, for a loss (lossGapAck's), or when no one is known.
func sinceGapAck(q Question, answer string, earlier []string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "when did you last") {
		return ""
	}
	folded := foldText(answer)
	loc := reNotSince.FindStringIndex(folded)
	names := answerNames(append(slices.Clone(earlier), answer)...)
	if loc == nil || listen.Lost(answer, names) != "" || reDeathSaid.MatchString(folded) {
		return ""
	}
	when := strings.TrimSpace(folded[loc[0]:loc[1]])
	when = when[strings.Index(when, "since ")+len("since "):]
	when = ownAsYour.Replace(strings.TrimRight(listen.Clean(when), ".,!? "))
	who := ""
	if ms := singles(answer, names); len(ms) == 1 {
		who = ms[0].Ref
	} else if len(ms) == 0 {
		who = earlierOne(earlier, answerNames(earlier...), "")
	}
	if who == "" {
		return ""
	}
	return fitAck(strings.NewReplacer("{w}", who, "{t}", when).Replace(pickAck([]string{
		"Not properly with {w} since {t} — that's a long stretch, and one message can start to close it.",
		"The last real talk with {w} was around {t}; a gap like that is very common, and it doesn't have to stay.",
	}, v)))
}

// ownAsYour says "my" and "our" as the companion says them.
var ownAsYour = strings.NewReplacer("my ", "your ", "our ", "your ")
