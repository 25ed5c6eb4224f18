package agent

import (
	"slices"
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/listen"
)

// More of what a reflection answer can be about, each for the question
// that asks it: the size of circle one wants (a few close people, a wider
// one, both), how time online splits between scrolling and talking, and
// what gets in the way of reaching out (time, a falling out, nerves).

// Circle sizes.
const (
	circleNone = iota
	circleFew
	circleWide
	circleBoth
)

var (
	reCircleBoth = mustPattern(`^(?:(?:honestly|tbh|idk|hmm|um|probably|definitely|i think|i guess|a bit of|bit of|a mix of|mix of)\s+)*(?:both|a mix|mix|bit of both|a bit of both|depends|it depends)\b`)
	reCircleFew  = mustPattern(`\b(?:few|couple of|handful|one or two|two or three|small (?:circle|group|number)|close (?:people|friends|ones)|tell anything|know everything|deep (?:friends|ones|stuff))\b`)
	reCircleWide = mustPattern(`\b(?:wide|wider|big(?:ger)? (?:circle|group)|lots of people|loads of people|lighter (?:stuff|company)|loose)\b`)
	// reBigGroups says big groups cost the person.
	reBigGroups = mustPattern(`\b(?:big|large) (?:groups?|crowds?)\b|\bcrowds\b|\bparties\b`)
)

// reCircleAvoided is a kind of closeness said to frighten or tire the
// person: "deep stuff scares me a bit", "big groups exhaust me". It is
// what they steer away from, never the circle they ask for.
var reCircleAvoided = mustPattern(`\b(?:deep (?:stuff|talks?|conversations?|friendships?)|close (?:friendships?|people)|big (?:groups?|circles?)|wider circles?|lots of people|loads of people)\s+(?:\w+\s+)?(?:scares?|scary|terrif\w*|frighten\w*|freaks? me out|is too much|are too much|drains?|exhausts?|wears? me out)\b`)

// circleOf is the size of circle an answer asks for.
func circleOf(folded string) int {
	folded = reCircleAvoided.ReplaceAllString(folded, " ")
	switch {
	case reCircleBoth.MatchString(folded):
		return circleBoth
	case reCircleFew.MatchString(folded):
		return circleFew
	case reCircleWide.MatchString(folded):
		return circleWide
	}
	return circleNone
}

// reDepends says the answer changes with mood or energy.
var reDepends = mustPattern(`\b(?:depends|depending|mood|energy)\b`)

// circleBeside reports whether a circle named is the point of an answer
// that holds a feeling too: one about big groups, or about mood and energy.
func circleBeside(answer string) bool {
	folded := foldText(answer)
	return reBigGroups.MatchString(folded) || circleOf(folded) == circleBoth && reDepends.MatchString(folded)
}

// circleLine names the circle an answer wants, and that big groups cost
// the person when it says so.
func circleLine(answer string, v int) string {
	folded := reHedge.ReplaceAllString(foldText(answer), " ")
	var line string
	switch circleOf(folded) {
	case circleFew:
		line = pickAck(circleFewLines, v)
	case circleWide:
		line = pickAck(circleWideLines, v)
	case circleBoth:
		if reDepends.MatchString(folded) {
			return pickAck(circleMoodLines, v)
		}
		line = pickAck(circleBothLines, v)
	default:
		return ""
	}
	if bigGroupsHard(folded) {
		line += " " + pickAck(bigGroupLines, v)
	}
	return line
}

// bigGroupsHard reports whether a folded answer says big groups are hard
// for the person: they drain, leave the person out or unseen ("big groups
// make me feel like a spare part"), or what is said of them is a hard
// feeling.
func bigGroupsHard(folded string) bool {
	m := reBigGroups.FindStringIndex(folded)
	if m == nil {
		return false
	}
	if moodOf(folded[m[0]:]) < 0 || strings.Contains(folded, "invisible") {
		return true
	}
	if _, kind := particularPoint(folded[m[0]:]); kind == "left out" || kind == "invisible" {
		return true
	}
	f := listen.Feel(folded[m[0]:])
	return f.Sure() && !goodFeelings[f.Label]
}

var (
	circleFewLines = []string{
		"A few close people you can tell anything, then — depth over numbers.",
		"So a small, close circle where you can be fully open suits you best.",
		"A handful of close people: that's where you feel most at home.",
		"Depth over numbers, then — a few close people who really know you.",
		"A few close people suits you, and that's a strong thing to build on.",
	}
	circleWideLines = []string{
		"A wider circle for lighter company suits you — variety keeps it fresh.",
		"So a wider circle works for you; lighter company has its own value.",
		"A wide circle, then — plenty of people and lighter stuff.",
		"Lighter company in a wider circle suits you, and that's fine.",
		"A wider circle it is — not every friendship has to be deep.",
	}
	circleBothLines = []string{
		"Both, then: a few close people and a wider circle for lighter days.",
		"A mix of both — close people for the heavy things, a wider circle for the rest.",
		"Both makes sense; most people need some depth and some lightness.",
		"Both, then — a couple of people who know everything, and others for fun.",
		"A bit of both: close ties and lighter ones do different jobs.",
	}
	circleMoodLines = []string{
		"Both, depending on your mood and energy — that's an honest answer, and a common one.",
		"It changing with your mood and energy makes sense; both kinds of company have their days.",
		"Both, then, whichever fits your mood and energy — that's fair.",
		"Depending on your mood and energy, both — most people's needs shift like that.",
		"Both have their place, and your mood and energy decide which — that's fine.",
	}
	bigGroupLines = []string{
		"Big groups take a lot out of you, and that's fine.",
		"Big groups can be hard work.",
		"Big groups cost you more than they give.",
		"Big groups wear plenty of people out.",
		"Big groups aren't for everyone.",
	}
)

// Shares of time online.
var (
	reMostlyScroll = mustPattern(`\b(?:mostly|way too much|too much|loads of|lots of|a lot of|all|\d+ ?%|\d+(?: percent)?|so much|hours of|hrs of)\s+(?:\w+\s+)?(?:scroll\w*|doomscroll\w*|lurk\w*|watching)\b|\b(?:scroll\w*|doomscroll\w*|lurk\w*) mostly\b|\b(?:scroll\w*|doomscroll\w*) (?:for )?(?:like |about |around |over |at least )?(?:\d+|a couple of|two|three|four|hours)(?: ?(?:hrs?|hours?))? (?:a|every|each|per) (?:night|day|evening)\b|\bi (?:just )?(?:watch|lurk|scroll)\b`)
	reMostlyTalk   = mustPattern(`\b(?:mostly|more|actually)\s+(?:\w+\s+)?(?:talk\w*|chatt\w*|messag\w*|whatsapp)\b|\b(?:talk\w*|chatt\w*) mostly\b`)

	// reRepliesNotJust is talking said against the scrolling side: "i
	// do reply to people there, it's not just scrolling".
	reRepliesNotJust = mustPattern(`\bi (?:do|actually|really do) (?:reply|respond|comment|talk|chat)\w* (?:to|with) (?:people|folks|them|everyone)\b.*\bnot just (?:scrolling|lurking|liking)\b`)
	reLurk           = mustPattern(`\blurk\w*|\b(?:post|say|comment|write) (?:nothing|never)\b|\bnever (?:post|comment)\b|\bi (?:just )?watch\b`)
	reHalf           = mustPattern(`\b(?:half and half|50 ?50|fifty fifty|about even|even split|bit of both)\b`)
)

// onlineShareAck answers the question of how time online splits with how
// the answer says it splits, before anything else in it: "" for another
// question, an answer that names no split, a death told, or a step away
// ("i deleted tiktok and felt lighter"), which the relief answers better.
func onlineShareAck(q Question, answer string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "scrolling and liking") || reSteppedAway.MatchString(foldText(answer)) ||
		listen.Lost(answer, answerNames(answer)) != "" {
		return ""
	}
	line := timeOnlineLine(answer, v)
	if line == "" {
		return ""
	}
	if who := replyWaitingFrom(answer); who != "" {
		// "… and still haven't replied to my mate aiden": the person
		// waiting, named after the split.
		if more := line + " " + upFirst(who) + " is still waiting on a reply, and that one is easy to pick back up."; len(more) <= ackMax {
			return more
		}
	}
	return line
}

// reOwedReplyTo is a reply the person still owes someone: group 1 is who.
var reOwedReplyTo = mustPattern(`\b(?:haven'?t|havent|have not|still not|never|didn'?t|didnt) (?:yet )?(?:replied|responded|answered|written back|got back) to ((?:my |our )?[a-z]+(?: [a-z]+)?)\b`)

// replyWaitingFrom is who the answer says still waits for the person's reply,
// as the companion names them, or "".
func replyWaitingFrom(answer string) string {
	m := reOwedReplyTo.FindStringSubmatch(foldText(answer))
	if m == nil {
		return ""
	}
	if ms := listen.Mentions(m[1], answerNames(answer)); len(ms) == 1 {
		return ms[0].Ref
	}
	return ""
}

// timeOnlineLine names how time online splits, or "".
func timeOnlineLine(answer string, v int) string {
	folded := foldText(answer)
	switch {
	case reMoodSplit.MatchString(folded) && reScrollWord.MatchString(folded) && reTalkWord.MatchString(folded):
		// "depends on the day. when im low its all scrolling, when im
		// good i message people": the split follows the mood.
		return pickAck(moodSplitLines, v)
	case reLittleOfEither.MatchString(folded):
		// "i dont scroll much but i dont talk much either": neither side,
		// only there.
		return pickAck(quietLines, v)
	case reHalf.MatchString(folded):
		return pickAck(halfLines, v)
	case reRepliesNotJust.MatchString(folded):
		if where := talkPlaces(answer); where != "" {
			return strings.ReplaceAll(pickAck(talkWhereLines, v), "{w}", where)
		}
		return pickAck(talkLines, v)
	case reLurk.MatchString(folded):
		return pickAck(lurkLines, v)
	case reMostlyScroll.MatchString(folded):
		return pickAck(scrollLines, v)
	case reMostlyTalk.MatchString(folded):
		if where := talkPlaces(answer); where != "" {
			// "mostly talking, i game every night with the same 4 guys
			// on discord": where the talking happens, named.
			return strings.ReplaceAll(pickAck(talkWhereLines, v), "{w}", where)
		}
		return pickAck(talkLines, v)
	}
	return ""
}

// reGaming is playing games, said as a doing: "i game every night".
var reGaming = mustPattern(`\bgam(?:e|es|ing)\b`)

// talkPlaces names where an answer says its talking online happens: an
// activity shared ("gaming", "the book club") and a place ("Discord"),
// "gaming on Discord"; "" when it names neither.
func talkPlaces(answer string) string {
	var doing, at string
	if reGaming.MatchString(foldText(answer)) && !placeDenied(strings.ToLower(answer), "gam") {
		doing = "gaming"
	}
	low := strings.ToLower(answer)
	for _, p := range placesIn(answer) {
		if placeDenied(low, strings.ToLower(p.name)) {
			// "i dont really do instagram": not where the talking is.
			continue
		}
		switch {
		case p.interest && doing == "":
			doing = p.name
		case !p.interest && at == "" && p.name != "scrolling" && !strings.Contains(p.name, "scroll"):
			at = p.name
		}
	}
	switch {
	case doing != "" && at != "":
		return doing + " on " + at
	case doing != "":
		return doing
	}
	return at
}

// placeDenied reports a place the answer says the person does not use:
// "i dont really do instagram", "never on facebook". low is the answer in
// lowercase, its punctuation kept: a denial counts within its clause.
func placeDenied(low, name string) bool {
	name = strings.TrimPrefix(name, "the ")
	i := strings.Index(low, name)
	if i < 0 {
		return false
	}
	clause := low[:i]
	if j := strings.LastIndexAny(clause, ".,;!?"); j >= 0 {
		clause = clause[j+1:]
	}
	before := strings.Fields(strings.ReplaceAll(clause, "’", "'"))
	return slices.ContainsFunc(before[max(0, len(before)-4):], func(w string) bool { return negationWords[w] })
}

// negationWords turn what follows them into what the person does not do.
var negationWords = map[string]bool{"dont": true, "don't": true, "not": true, "never": true, "no": true, "barely": true,
	"hardly": true, "rarely": true, "quit": true, "deleted": true, "left": true}

// talkWhereLines answer time online that goes mostly on talking, with
// where it happens ({w}).
var talkWhereLines = []string{
	"Mostly talking, and {w} is where it happens — that counts, and it's the part that builds closeness.",
	"So the time goes on real talk — {w} — and that's time with people, not just time online.",
}

// reMoodSplit says how time online splits depends on the day or the mood.
var reMoodSplit = mustPattern(`\b(?:depends|depending|it varies|varies)\b.*\b(?:low|down|sad|bad day|tired|stressed|good|fine|okay|ok|happy|better)\b|\bwhen (?:i'?m|im|i am|i feel) (?:low|down|sad|tired|stressed|rubbish|crap)\b`)

// reScrollWord and reTalkWord are the two sides of time online.
var (
	reScrollWord = mustPattern(`\b(?:scroll\w*|doomscroll\w*|lurk\w*|liking|watching|feeds?)\b`)
	reTalkWord   = mustPattern(`\b(?:messag\w*|talk\w*|text\w*|chat\w*|reply\w*|call\w*|reach(?:ing)? out)\b`)
)

// reLittleOfEither says time online goes on little of either side:
// "neither really", "i don't scroll much and i don't talk much either".
var reLittleOfEither = mustPattern(`^(?:\w+ )?neither\b|\b(?:don'?t|dont|do not|not|never|rarely|barely|hardly) (?:\w+ )?(?:scroll\w*|lurk\w*|like|liking|post\w*)\b[^.!?]*\b(?:don'?t|dont|do not|not|never|rarely|barely|hardly) (?:\w+ )?(?:talk\w*|messag\w*|text\w*|chat\w*)\b|\b(?:don'?t|dont|do not|not|never|rarely|barely|hardly) (?:\w+ )?(?:talk\w*|messag\w*|text\w*|chat\w*)\b[^.!?]*\b(?:don'?t|dont|do not|not|never|rarely|barely|hardly) (?:\w+ )?(?:scroll\w*|lurk\w*|like|liking|post\w*)\b`)

// quietLines answer time online that goes on neither scrolling nor
// talking.
var quietLines = []string{
	"Not much scrolling and not much talking either — more quietly there than anything; one small message would make that time count.",
	"Neither side much, then: present online without really scrolling or talking. A quick hello to one person is an easy way in.",
}

// moodSplitLines answer time online that goes one way on low days and the
// other on good ones.
var moodSplitLines = []string{
	"So it depends on the day: scrolling when you're low, talking to people when you're good — the low days are when a message matters most.",
	"It follows your mood, then — more scrolling on low days, more talking on good ones. Worth knowing when a small hello would help you most.",
}

var (
	scrollLines = []string{
		"Mostly scrolling and not much talking — an honest answer, and a very common one.",
		"So most of it goes on scrolling rather than talking; honest, and common.",
		"Mostly scrolling, then — feeds are built for that, and it's a common pattern, honestly.",
		"Scrolling takes most of it and talking gets little — an honest picture, and a common one.",
		"Mostly scrolling, less talking: that's honest, and very common.",
	}
	// lurkLines answer reading everything and posting nothing.
	lurkLines = []string{
		"Mostly scrolling and watching rather than posting — an honest answer; one small reply now and then turns watching into talking.",
		"So it's mostly scrolling and watching, with little posting; honest, common, and a single comment is an easy first way in.",
	}
	talkLines = []string{
		"Mostly talking — that's the part that builds closeness.",
		"So most of your time online goes on talking with people; that's a good sign.",
		"Talking more than scrolling is the good kind of time online.",
		"Mostly talking, then — that time is doing its job.",
		"Good to hear the talking wins over the scrolling.",
	}
	halfLines = []string{
		"Half and half — a fair balance, and the talking half is what counts.",
		"About half each, then; the talking half is the part that brings people closer.",
		"Half and half is an honest answer, and a fairly balanced one.",
		"Half scrolling, half talking — not a bad balance.",
		"Roughly half and half, then; worth keeping the talking half.",
	}
)

// aboutObstacle is a thing that gets in the way of reaching out.
type aboutObstacle struct {
	re    pattern
	lines []string
}

// aboutObstacles are tried in order; the first found names the obstacle.
var aboutObstacles = []aboutObstacle{
	{mustPattern(`\b(?:pride|too proud|my ego|our egos)\b`), []string{
		"Pride keeps a lot of people waiting for the other to go first; it's rarely too late to be the one who does.",
		"Pride after a hurt or a falling out can hold things still for years, and one small message can undo a lot of it.",
		"Pride is a very human thing to get in the way, and it's rarely too late to set it down first.",
	}},
	{mustPattern(`\b(?:fell out|falling out|fallen out|had a fight|argument|neither of us|who goes first|go first|too late|pride|stubborn)\b`), []string{
		"After a falling out it's hard to be the one who goes first, and it's rarely too late.",
		"A falling out where neither wants to go first can sit for ages; it's rarely too late to be the one who does.",
		"Going first after a falling out takes some nerve, and it's rarely too late.",
		"Pride and a falling out make a strong pair; one small message can undo a lot of it, and it's rarely too late.",
		"After a falling out, someone has to go first, and it's rarely too late for it to be you.",
	}},
	{mustPattern(`^(?:\w+ ){0,2}(?:time|no time|not enough time|lack of time)\b|\b(?:(?:2|two|3|three) jobs|night shifts?|kids under|nothing left|no energy left)\b`), []string{
		"Short on time, then — when the days are that full, small and regular beats big and rare.",
		"Time is the usual thing in the way, and with days that busy a two-minute message still counts.",
		"With that little time, short and easy is the way; it still counts.",
		"Busy days leave little over, and that's no reflection on how much they matter.",
		"When time is that short, a tiny message is enough to keep the door open.",
	}},
	{mustPattern(`\b(?:anxiety|anxious|overthink\w*|nerves|nervous)\b`), []string{
		"Anxiety and overthinking make reaching out feel much bigger than it is.",
		"Nerves like that are very common; overthinking every message makes it heavy.",
		"Overthinking turns a short message into a big job, and anxiety adds to it.",
		"That anxious, overthinking loop is common, and a short, easy message helps break it.",
		"Nerves and overthinking get in a lot of people's way.",
	}},
}

// obstacleLine names what gets in the way, or "".
func obstacleLine(answer string, v int) string {
	folded := foldText(answer)
	for _, o := range aboutObstacles {
		if o.re.MatchString(folded) {
			return pickAck(o.lines, v)
		}
	}
	return ""
}

// reGoodWeek answers "was there a moment you felt alone?" with no and a
// good week, nothing more: "not really, it was a good week".
var reGoodWeek = mustPattern(`^(?:no|nope|nah|not really|not this week|not this time|actually no|honestly no)(?: (?:it|its|it's|it was|its been|it's been|it has been|was|been|a|actually|really|pretty|quite|honestly|a|good|great|nice|fine|ok|okay|lovely|decent|week|one|no|nope|nah))*$`)

// unpunctuated is folded text with its punctuation read as spaces, for
// patterns of words alone: "not really, it was a good week" reads as
// "not really it was a good week".
func unpunctuated(folded string) string {
	return strings.Join(strings.FieldsFunc(folded, func(r rune) bool {
		return r != '\'' && (unicode.IsSpace(r) || unicode.IsPunct(r))
	}), " ")
}

var ackGoodWeek = []string{
	"Glad to hear it — a good week like that is worth noticing.",
	"That's good to hear; weeks like that are worth remembering.",
	"Good. I'm glad this one felt better.",
	"Glad to hear it. A good week counts too.",
	"That's good to hear, and worth noticing when it happens.",
}

// reMoment is a moment spent with someone: "coffee w ingrid", "the dog walk
// with my neighbour bev", "lunch with my old teacher".
var reMoment = mustPattern(`\b((?:a |the |our )?(?:coffee|lunch|dinner|breakfast|brunch|drinks|beers?|pints?|tea|dog walk|walk|phone call|call|video call|facetime|chat|pizza|film|movie|gig|run|swim|game|day out|picnic|catch up|catchup))\s+(?:w|with)\s+(.+)$`)

// momentOf is a moment an answer tells of, in the companion's words
// ("coffee with Ingrid", "the dog walk with your neighbour Bev"), or "".
func momentOf(answer string, names []string) string {
	raw := listen.Sentences(reAside.ReplaceAllString(answer, ""))
	if len(raw) == 0 {
		return ""
	}
	var m []string
	for len(raw) > 0 && m == nil {
		// "honestly? the dog walk with my neighbour": past an opening
		// of a word or two.
		if m = reMoment.FindStringSubmatch(strings.ToLower(raw[0])); m == nil && len(strings.Fields(raw[0])) > 2 {
			return ""
		}
		raw = raw[1:]
	}
	if m == nil {
		return ""
	}
	if f := listen.Feel(answer); f.Sure() && !goodFeelings[f.Label] {
		// A hard feeling is the point, not the moment.
		return ""
	}
	if len(raw) > 0 {
		// "beers with connor. he told me his marriage is falling apart":
		// what came after weighs more than the moment.
		if f := listen.Feel(strings.Join(raw, " ")); f.Sure() && !goodFeelings[f.Label] {
			return ""
		}
	}
	people := listen.Mentions(m[2], names)
	if len(people) == 0 {
		return ""
	}
	who := people[0]
	key := strings.ToLower(who.Who)
	if !who.Named {
		key = strings.ToLower(strings.TrimPrefix(who.Ref, "your "))
	}
	head := strings.Fields(m[2])
	if !strings.Contains(strings.Join(head[:min(len(head), 5)], " "), strings.Fields(key)[0]) {
		// "lunch with old mates from uni": the one with them is not the
		// first thing after "with".
		return ""
	}
	return strings.TrimSpace(m[1]) + " with " + who.Ref
}

// momentLine names a moment with someone, and a value it held ("being
// remembered") when the answer says so.
func momentLine(moment, value string, v int) string {
	if value != "" {
		return strings.NewReplacer("{m}", moment, "{v}", value).Replace(pickAck(momentValueLines, v))
	}
	return strings.ReplaceAll(pickAck(momentLines, v), "{m}", moment)
}

var (
	momentLines = []string{
		"{m} sounds like it did you good — moments like that are worth holding on to.",
		"{m}: a good one to remember, and to do again.",
		"So {m} was the bright spot; worth making room for more of those.",
		"{m} — ordinary moments like that are what closeness is made of.",
		"That sounds lovely: {m}. Worth doing again.",
	}
	momentValueLines = []string{
		"{m} — and {v} on top, which is worth a lot.",
		"{m}, and {v} in it: no wonder it stayed with you.",
		"So {m} was the bright spot, with {v} at the heart of it.",
		"{m} — with {v}, the kind of moment that stays.",
		"That sounds lovely: {m}, and {v}. Worth holding on to.",
	}
)

// reWaitAll is waiting for everyone to write first, no one named apart:
// "i wait for everyone", "i never text first", "i assume theyd text".
var reWaitAll = mustPattern(`\bi (?:always |usually |mostly |just |kind of |tend to )*wait (?:for (?:everyone|everybody|people|others|them all|them|all of them)|on (?:everyone|everybody|people|others))\b|\bi (?:never|rarely|don't|dont) (?:text|message|write|reach out|call) first\b|\bi (?:just )?assume (?:if )?(?:they|people)\b`)

// waitFirstLines answer waiting for others to write first.
var waitFirstLines = []string{
	"So you tend to wait for others to write first. Plenty of people do, and often they're waiting on you too.",
	"Waiting for people to write first is very common; a short first message is usually a welcome surprise.",
}

// waitFirstAck answers the question of who drifts while the person waits
// to hear first, when the answer says they wait for everyone: "" for
// another question, or an answer that names someone apart ("i follow up
// with Bea, Luca i wait for"), which the people answer.
func waitFirstAck(q Question, answer string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "write first") || !reWaitAll.MatchString(foldText(answer)) ||
		len(singles(answer, answerNames(answer))) > 0 {
		return ""
	}
	if f := listen.Feel(answer); f.Sure() && (f.Label == "worry" || f.Label == "embarrassment") {
		// "i wait for everyone. scared of being annoying": the fear is
		// the reason, and named.
		return pickAck(waitWorryLines, v)
	}
	return pickAck(waitFirstLines, v)
}

// waitWorryLines answer waiting to hear first for fear of being a bother.
var waitWorryLines = []string{
	"Waiting for others to go first, scared of being a bother, is very common; most people are glad to hear from you.",
	"That worry about being annoying keeps a lot of people waiting; a short first message rarely lands the way you fear.",
}
