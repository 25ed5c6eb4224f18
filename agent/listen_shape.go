package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Some answers to a reflection question are not a point to say back but a
// stance a person would answer first: nobody comes to mind, a harsh word
// about oneself, a name offered with a "maybe", a limit the person says
// they lack. Said back in italics with a stock tag they read as not
// listening ("_You hate yourself_ — worth knowing"), so each shape has
// answers of its own.

// answerShape is the stance of a reflection answer.
type answerShape int

const (
	shapeNone      answerShape = iota
	shapeNoOne                 // nobody close, nobody comes to mind
	shapeSelfHarsh             // "i kind of hate myself", "i'm a terrible friend"
	shapeTentative             // "maybe my cousin", "sam i guess?"
	shapeNoLimit               // "i don't really have boundaries", "i never say no"
	shapeNothing               // "nothing really felt good", "not much this week"
)

var (
	// noOnePhrases say there is nobody close or nobody comes to mind.
	noOnePhrases = phrases(`dont have anyone | dont really have anyone | dont have anybody | dont really have anybody |
havent got anyone | have no one | have nobody | no one really | nobody really | no one comes to mind | nobody comes to mind |
cant think of anyone | cant really think of anyone | not really anyone | isnt anyone | isnt really anyone | theres no one |
theres nobody | no close friends | dont have any close | dont have close | dont have friends | dont have any friends |
no friends | no one close | nobody close | no one i | nobody i`)
	// selfHarshPhrases are harsh words about oneself.
	selfHarshPhrases = phrases(`hate myself | hate who i am | hate how i am | i hate me | im worthless | im useless | im pathetic |
im a failure | im a terrible | im a bad friend | im a bad person | im an awful | im the problem | im so boring | im boring |
im unlikeable | im unlovable | im not good enough | im not enough | nobody likes me | no one likes me | nobody could like me |
no one could like me | im too much | im annoying | im a burden | im a mess | i ruin | i always ruin | i mess everything up |
disappointment to everyone | im a disappointment`)
	// noLimitPhrases say a limit is missing, whatever was asked.
	noLimitPhrases = phrases(`dont have boundaries | dont have any boundaries | dont really have boundaries |
dont really have any boundaries | no boundaries | dont have limits | dont have any limits | no limits | never say no |
cant say no | dont say no | hard to say no | say yes to everything | say yes to everyone | share everything |
never switch off | cant switch off`)
	// anyTimePhrases say so in answer to a question about limits.
	anyTimePhrases = phrases(`always available | always reachable | any time | anytime | whenever | always on | all the time`)
	// nothingPhrases say nothing good or nothing at all happened.
	nothingPhrases = phrases(`nothing really | not really | nothing much | not much | none really | nothing this week |
nothing felt | nothing was | no one did | nobody did | didnt really | didnt reach out | i didnt`)
	// reachablePhrases tell of being reachable all the time.
	reachablePhrases = phrases(`always available | always reachable | always on | never switch off | cant switch off |
basically always | any time | anytime | all the time | never off | 24 7`)
	// hedgeWords open or close a name offered without certainty.
	hedgeWords = phrases(`maybe | probably | perhaps | possibly | i guess | i think | idk | i dunno | dunno | not sure | i suppose`)
)

// shapeOf finds the stance of answer to q.
func shapeOf(q Question, answer string) answerShape {
	// "nothing tbh it was a grim week": fillers say nothing of the shape.
	padded := lowPadded(listen.Unfilled(answer))
	raw := lowPadded(answer)
	people := listen.Mentions(answer, answerNames(answer))
	switch {
	case hasPhrase(reTimedHarsh.ReplaceAllString(reConcede.ReplaceAllString(padded, " "), " "), selfHarshPhrases):
		// "even when im a mess myself i still turn up" concedes a bad
		// patch on the way to a good word about oneself.
		return shapeSelfHarsh
	case len(people) == 0 && hasPhrase(noOneIn(q, padded), noOnePhrases):
		return shapeNoOne
	case len(people) > 0 && len(strings.Fields(raw)) <= 8 && hasPhrase(raw, hedgeWords) &&
		questionKind(q.Text) != qkStep && !intends(questionKind(q.Text), answer) && hedgedName(answer, people):
		// "maybe my cousin" offers a name; "maybe call dev saturday" is a plan.
		return shapeTentative
	}
	if keepsTime(answer) {
		return shapeNone
	}
	if hasPhrase(padded, noLimitPhrases) || limitQuestion(q.Text) && (hasPhrase(padded, anyTimePhrases) || reKeepsNothing.MatchString(padded) && reSharesAll.MatchString(padded)) {
		return shapeNoLimit
	}
	switch questionKind(q.Text) {
	case qkGood, qkWho, qkStep:
		opensNothing := strings.HasPrefix(padded, " nothing ") || strings.HasPrefix(padded, " not much ") ||
			questionKind(q.Text) == qkWho && strings.Contains(q.Text, "week") &&
				(strings.HasPrefix(padded, " no one ") || strings.HasPrefix(padded, " nobody "))
		if len(people) == 0 && len(strings.Fields(padded)) <= 8 && (opensNothing || hasPhrase(padded, nothingPhrases)) {
			return shapeNothing
		}
	}
	return shapeNone
}

// reAnswersWhenever is replying to whatever comes in, whenever it comes:
// "i just answer whenever someone pings", "i reply any time".
var reAnswersWhenever = mustPattern(`\b(?:answer|reply|respond|pick up|get back)(?: to)?(?: (?:it|them|people|everyone|everything|messages))? (?:whenever|every time|any ?time|all the time|straight away|right away)\b`)

// limitQuestion reports whether a question asks about limits or being
// reached.
func limitQuestion(q string) bool {
	q = strings.ToLower(q)
	return questionKind(q) == qkLimit || strings.Contains(q, "reached") || strings.Contains(q, "left alone") ||
		strings.Contains(q, "boundar") || strings.Contains(q, "limit")
}

// shapeAck answers an answer of a shape, "" for shapeNone.
func shapeAck(q Question, answer string, shape answerShape, v int) string {
	switch shape {
	case shapeNoOne:
		ack := pickAck([]string{
			"That's a hard thing to say, and it's worth saying. A lot of people are in the same place, and it can change.",
			"Thank you for being honest. Having nobody close right now is hard, and it isn't the end of the story.",
		}, v)
		if questionKind(q.Text) == qkWho {
			ack += " For the next questions, think of anyone you'd like to know a little better, or say “skip”."
		}
		return ack
	case shapeSelfHarsh:
		return pickAck([]string{
			"I'm sorry you're feeling that way about yourself. You deserve the kindness you'd give a friend who said it.",
			"That sounds painful to carry. You're allowed to be gentle with yourself, even when it's hard.",
		}, v)
	case shapeTentative:
		people := listen.Mentions(answer, answerNames(answer))
		return upFirst(strings.ReplaceAll(pickAck([]string{
			"{n} came to mind, and even a maybe is a good place to start.",
			"{n}: a tentative name is still a start.",
		}, v), "{n}", people[0].Ref))
	case shapeNoLimit:
		if hasPhrase(lowPadded(answer), reachablePhrases) {
			return pickAck([]string{
				"That's honest. Being always reachable is hard to keep up, and noticing it is where a limit starts.",
				"Always reachable, never switching off: that wears anyone down. One small boundary on when you answer is a fine place to begin.",
			}, v)
		}
		if reAnswersWhenever.MatchString(foldText(answer)) {
			// "i just answer whenever someone pings": replying by habit,
			// named, before any word on saying no.
			return pickAck([]string{
				"Answering whenever someone gets in touch, without ever stopping to think when you'd rather not, is very common; noticing it is where a limit can start.",
				"So you reply whenever a message comes in. That habit is worth a look: a quiet hour that's yours is a fine first limit.",
			}, v)
		}
		if reSharesAll.MatchString(lowPadded(answer)) {
			// "nothing private, my whole life goes on my story": what is
			// shared, named.
			return pickAck([]string{
				"That's honest: you're open about everything. Keeping one small thing just for you is a fine place to begin.",
				"Being that open, sharing everything, is honest to admit, and it's fine to keep a little back whenever you want to.",
			}, v)
		}
		return pickAck([]string{
			"That's honest. Limits are hard for a lot of people, and noticing it is where one starts.",
			"Saying no can feel hard. It's allowed, and one small limit is a fine place to begin.",
		}, v)
	case shapeNothing:
		if reHardStretch.MatchString(foldText(answer)) {
			// "none really, it was a rough week": the week heard first.
			return pickAck([]string{
				"I'm sorry it was a hard week. Nothing standing out is an honest answer, and weeks like that pass.",
				"That sounds like a rough stretch, and I'm sorry. It's fine that nothing stood out.",
			}, v)
		}
		return pickAck([]string{
			"That's okay. Some weeks are quiet like that, and noticing it is useful too.",
			"Fair enough. Not every stretch has a bright spot, and it's fine to say so.",
		}, v)
	}
	return ""
}

// shapeSummary is how the summary says an answer of a shape, "" to say
// the answer's own words.
func shapeSummary(answer string, shape answerShape) string {
	switch shape {
	case shapeSelfHarsh:
		return "You've been hard on yourself."
	case shapeTentative:
		if people := listen.Mentions(answer, answerNames(answer)); len(people) > 0 {
			return upFirst(people[0].Ref) + " came to mind."
		}
	}
	return ""
}

// pointAck answers the point of an answer when it is a kind of low
// feeling about people the outside replies know ("we just drifted"),
// those whose cues read the same inside a reflection.
func pointAck(answer string) string {
	k, ok := findLow(withoutSolitude(answer))
	if !ok || !reflectLowKinds[k.name] {
		return ""
	}
	return pick(answer, k.lines)
}

// reflectLowKinds are the kinds of low feeling whose cues mean the same in
// an answer about someone else ("she moved to Berlin" is not loneliness).
var reflectLowKinds = map[string]bool{"one-sided": true, "invisible": true, "left out": true, "drift": true,
	"anxious": true, "not understood": true, "lonely": true, "disconnected": true}

// particularKinds are the low points more particular than any feeling the
// listener names: said back before it.
var particularKinds = map[string]bool{"one-sided": true, "drift": true, "left out": true, "invisible": true, "not understood": true,
	"overthinking": true}

// particularPoint answers a particular low point in answer, "" when there
// is none or the listener is sure of another feeling than loneliness (a
// death, an illness, a worry), which it answers instead; kind names the
// point ("left out", "one-sided").
func particularPoint(answer string) (line, kind string) {
	folded := foldText(answer)
	if f := listen.Feel(answer); listen.Lost(answer, answerNames(answer)) != "" || f.Label == "grief" && f.Sure() && tellsOfDeath(answer) {
		// A death is answered before any point beside it.
		return "", ""
	}
	if reGap.MatchString(folded) && reHesitant.MatchString(folded) {
		// "it feels awkward to text after so long": the gap, not an
		// embarrassing moment.
		return pick(answer, gapLines), "gap"
	}
	if reDelayedReply.MatchString(folded) {
		// "mean to reply properly and then it's been a week".
		return pick(answer, delayedLines), "delayed"
	}
	if reOwnDistance.MatchString(folded) || reOwnSilence.MatchString(folded) {
		// "i'm sorry i've been distant": the person's own doing, not a
		// distance they feel.
		return pick(answer, feelingLines["guilt"]), "own distance"
	}
	if reOwnReach.MatchString(folded) && reNoneBack.MatchString(folded) {
		// "i texted Priya, nobody texted me": the effort went one way.
		for _, k := range lowKinds {
			if k.name == "one-sided" {
				return pick(answer, k.lines), k.name
			}
		}
	}
	k, ok := findLow(withoutSolitude(answer))
	if !ok || !particularKinds[k.name] {
		return "", ""
	}
	// Only over loneliness, the feeling such points are most often heard
	// as: a worry or a hurt the listener is sure of is the point itself.
	if f := listen.Feel(answer); f.Sure() && f.Label != "loneliness" && !(k.name == "overthinking" && f.Label == "worry") ||
		listen.Lost(answer, answerNames(answer)) != "" {
		return "", ""
	}
	return pick(answer, k.lines), k.name
}

// withoutSolitude drops the words that ask for time alone ("mornings leave
// me alone", "i need time to myself"), which tell of a limit, not of
// loneliness.
func withoutSolitude(answer string) string {
	return reSolitude.ReplaceAllString(foldText(answer), " ")
}

// reSolitude asks for time alone.
var reSolitude = mustPattern(`\b(?:(?:leave|leaves|left|let) (?:me|us) (?:alone|be)|(?:be|being|get|getting) left alone|(?:time|evenings?|mornings?|weekends?|nights?|days?) (?:alone|to myself|on my own)|alone time|me time)\b`)

// A gap in touch that makes reaching out feel hard.
var (
	reGap      = mustPattern(`\b(?:after|since) (?:so long|this long|that long|all this time|ages|so many (?:years|months)|years|months)\b|\b(?:it's|its|it has|it's been|its been|been) (?:so long|too long|ages|forever|years|months|a while)\b|\bso long since\b`)
	reHesitant = mustPattern(`\b(?:awkward|weird|strange|odd|nervous|scared|afraid|anxious|embarrass\w*|cringe\w*|put(?:ting)? (?:it )?off|don't know what to say|dont know what to say|too late|guilty|bad about)\b`)
	gapLines   = []string{
		"The longer it's been, the more awkward that first message feels, and it's usually far more welcome than it feels from your side.",
		"A long gap makes the first message feel bigger than it is. Most people are simply glad to hear from someone again.",
	}
)

// One-sided effort told as what each did: "i texted Priya, nobody texted
// me".
var (
	reOwnReach = mustPattern(`\bi (?:\w+ )?(?:texted|messaged|called|rang|phoned|reached out|invited|checked in|checked on|wrote to|emailed|dmed|asked)\b`)
	reNoneBack = mustPattern(`\b(?:nobody|no one|noone|no1|none of them|not one of them|no one else|nobody else) (?:\w+ )?(?:texted|messaged|called|rang|phoned|reached out|invited|checked|wrote|asked|did)\b|\b(?:no one|nobody|noone) (?:\w+ )?(?:back|to me)\b|\bnothing (?:came|come|coming) back\b|\bnever (?:heard|hear|got anything) back\b`)
)

// reOwnDistance is the person owning a distance of their own: "sorry i've
// been distant", "i've been a bit absent lately".
var reOwnDistance = mustPattern(`\b(?:i've|ive|i have|i was|i'm|im|i am) (?:been )?(?:so |really |quite |a bit |kind of |pretty |very )?(?:distant|absent|flaky|mia|awol|hard to reach|off the radar|useless at keeping in touch)\b`)

// reConcede is a clause that concedes something on the way to the point:
// "even when im a mess", "even if i'm tired".
// reTimedHarsh is a harsh word about oneself at a time of day, said with
// a shrug: "mornings im useless", "before coffee i'm a zombie".
var reTimedHarsh = mustPattern(`\b(?:mornings?|evenings?|nights?|at night|in the mornings?|before (?:coffee|noon|lunch|\d+\w*)|after work|on mondays|till noon|until noon|first thing)\b,? (?:im|i am|i'm) (?:\w+ )?(?:useless|hopeless|a mess|a zombie|dead|rubbish|a wreck|no good)\b`)

var reConcede = mustPattern(`\beven (?:when|if|though|on days when) (?:im|i am|i feel|i was|i get|ive been) (?:\w+ ){0,3}\w+`)

// reOwnSilence is the person's own unanswered message: "i left him on
// read", "i never replied".
var reOwnSilence = mustPattern(`\bi (?:\w+ )?(?:left (?:him|her|them|it|\w+) on read|ghosted|never (?:replied|answered|texted back|got back)|didn't (?:reply|answer|text back)|didnt (?:reply|answer|text back)|haven't (?:replied|answered)|havent (?:replied|answered)|ignored (?:him|her|them|it|his|her|their))\b`)

// reDelayedReply is a reply meant to be a good one and left for days.
var reDelayedReply = mustPattern(`\b(?:mean|meant|meaning|want|wanted|wanting) to (?:reply|answer|respond|get back|write back)(?: to (?:it|them|her|him))? (?:properly|later|when|and)\b[^.!?]*\b(?:week|weeks|days|ages|forget|forgot|never)\b|\b(?:forget|forgot|forgetting) to (?:reply|answer|respond|get back|write back)\b[^.!?]*\b(?:week|weeks|days|ages|awkward|too late|weird)\b|\b(?:reply|answer|respond|get back|write back)(?: to (?:it|them|her|him))? (?:properly |later |tomorrow |when i can |in a bit )+[^.!?]*\b(?:never|forget|forgot|weeks|days|ages)\b`)

// delayedLines answer a reply that slipped.
var delayedLines = []string{
	"Wanting to reply properly and then letting it slip is very common: the better the reply you want to give, the later it tends to come.",
	"That gap between meaning to reply properly and actually doing it catches a lot of people. A short reply now often beats a perfect one later.",
}

// reTalkToNoOne is talking to nobody as a thing one does ("i post nothing
// and talk to no one"), not a lack of anyone close.
var reTalkToNoOne = mustPattern(`\b(?:talk|talked|talking|speak|spoke|speaking|chat|chatted|reply|replied|message|messaged|text|texted|post|posted) (?:to|with)? ?(?:no one|nobody|noone)\b`)

// noOneIn is padded for the "nobody" check: outside a question about who,
// talking to nobody online is a habit told, not a lack of anyone.
func noOneIn(q Question, padded string) string {
	// "nobody really says it to him" tells what others do not do, not
	// that the person has no one.
	padded = reNobodyDoes.ReplaceAllString(padded, " ")
	// "when it ends i have nobody" tells what happens each time
	// something ends, not that the person has no one now.
	padded = reWhenThen.ReplaceAllString(padded, " ")
	if questionKind(q.Text) == qkWho {
		return padded
	}
	return reTalkToNoOne.ReplaceAllString(padded, " ")
}

// reWhenThen is a clause opened by "when" or "whenever", with what
// follows it up to the end of the sentence.
var reWhenThen = mustPattern(`\b(?:when|whenever|every time|each time) [^.;!?]*`)

// reNobodyDoes is no one doing something: "nobody really says it",
// "no one ever asks".
var reNobodyDoes = mustPattern(`\b(?:no one|nobody|noone) (?:really |ever |even |actually )?(?:says|said|asks|asked|tells|told|knows|knew|cares|cared|notices|noticed|checks|checked|texts|texted|calls|called|gets|got|mentions|mentioned|remembers|remembered|thanks|thanked)\b`)

// reKeepsNothing opens an answer about what is kept private with nothing:
// "pretty much nothing, my whole life is on insta".
var reKeepsNothing = mustPattern(`^ (?:pretty much |basically |almost |honestly |really )?(?:nothing|not much|not a lot|hardly anything|barely anything)\b`)

// reSharesAll tells of sharing a great deal: "my whole life is on insta",
// "i'm an open book".
var reSharesAll = mustPattern(`\b(?:whole life|everything|all of it|overshare\w*|(?:an |a total |a complete )?open book|(?:post|share|put) (?:a lot|loads|so much|everything|it all))\b`)

// reKeptHidden tells of a struggle kept from everyone: "nobody knows about
// my anxiety", "i never tell anyone when i'm low".
var reKeptHidden = mustPattern(`\b(?:nobody|no one|noone|none of them|not even my \w+) (?:really )?knows? (?:about|that|how)\b|\bi (?:never|don't|dont|do not|won't|wont) (?:really )?(?:tell|let) (?:anyone|anybody|people|them|my \w+) (?:about|when|how|know|see)\b|\b(?:hide|hiding|hid) (?:it|my \w+|how i feel) from\b`)

// hedgedName reports whether a hedge is on a name itself: just before it
// ("maybe my cousin", "except maybe my sister Ana") or closing the answer
// right after it ("Priya i guess?"). In "grandad maybe at christmas" the
// maybe is about when.
func hedgedName(answer string, people []listen.Mention) bool {
	low := " " + strings.ToLower(strings.NewReplacer("'", "", "’", "").Replace(answer)) + " "
	for _, p := range people {
		f := strings.Fields(strings.ToLower(p.Ref))
		w := " " + f[len(f)-1]
		i := strings.Index(low, w)
		if i < 0 {
			continue
		}
		head := low[:i]
		if j := strings.LastIndexAny(head, ",.?!;"); j >= 0 {
			// Only the hedges of the name's own clause.
			head = head[j+1:]
		}
		before := strings.Fields(head)
		if len(before) > 3 {
			before = before[len(before)-3:]
		}
		if hasPhrase(" "+strings.Join(before, " ")+" ", hedgeWords) {
			return true
		}
		after := strings.TrimLeft(low[i+len(w):], " ,")
		for _, h := range hedgeWords {
			if rest, ok := strings.CutPrefix(after, h); ok && strings.Trim(rest, " ?!.,") == "" {
				return true
			}
		}
	}
	return false
}
