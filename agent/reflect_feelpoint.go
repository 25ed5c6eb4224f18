package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/places"
)

// feelingPoint says back the point of an answer and then names its
// feeling: "_Discord servers, calls drain you so fast_ — good to know what
// wears you out." A feeling line alone ("That sounds stressful") could
// follow any answer; with the point in front it shows what was heard. It
// is used only in place of a feeling line that names no one and nothing
// (line, which feelingAck gave), and only when pointThen finds the point.
func feelingPoint(answer string, names []string, line string, v int) string {
	f := listen.Feel(answer)
	label := f.Label
	if slices.Contains(wearsOutLines, line) {
		label = "wears out"
	} else if !slices.Contains(feelingLines[f.Label], line) {
		return ""
	}
	if gp := gistThen(answer, names, label, feelingTails[label], v); gp != "" {
		return gp
	}
	heard := func(c string) bool {
		if label == "wears out" {
			return reWearsOut.MatchString(foldText(c))
		}
		g := listen.Feel(c)
		return g.Label == label && g.Confidence >= lowLean
	}
	return pointThen(answer, names, feelingTails[label], heard, v)
}

// pointThen says back the point of an answer, in italics, then one of
// tails: "_A close friend, and you moved to Leeds in March and you know
// nobody_ — that sounds lonely." The point is the answer's first clause
// when heard reports the feeling in it (or it is nearly all the answer);
// else a short first clause ("a close friend") and the first clause after
// it that heard accepts. "" when there is no such point, it is long (a
// whole story said back is parroting), it only states the feeling ("you
// feel a bit guilty"), or it will not fit in ackMax.
func pointThen(answer string, names []string, tails []string, heard func(string) bool, v int) string {
	if len(tails) == 0 {
		return ""
	}
	clean := softenEcho(listen.Proper(listen.Clean(answer), names))
	clause := trimPoint(listen.Clause(clean, pointMax))
	if clause == "" || len(clause) > pointMax || len(strings.Fields(clause)) < 2 && !strings.Contains(clean, " ") ||
		reFeelingSaid.MatchString(clause) {
		return ""
	}
	point := ""
	switch {
	case len(clause)*5 >= len(strings.TrimRight(clean, ".!?; "))*4 || heard(clause):
		if len(strings.Fields(clause)) < 5 && !strings.Contains(clause, ",") {
			// "you just drifted": the feeling line says as much.
			return ""
		}
		point = "_" + clause + "_"
	case len(strings.Fields(clause)) <= 7:
		// "meeting in person. group chats make me anxious": the short
		// answer, then what the feeling is about.
		sents := listen.Sentences(clean)
		i := slices.IndexFunc(sents, func(s string) bool { return strings.HasPrefix(s, clause) })
		if i < 0 || i+1 >= len(sents) {
			return ""
		}
		rest := trimPoint(listen.Clause(strings.Join(sents[i+1:], " "), pointMax-len(clause)))
		if rest == "" || len(clause)+len(rest) > pointMax+10 || !heard(rest) || reFeelingSaid.MatchString(rest) {
			return ""
		}
		point = "_" + clause + "_, and _" + rest + "_"
	default:
		return ""
	}
	s := point + " — " + freshTail(tails, point, v)
	if len(s) > ackMax {
		return ""
	}
	return fitAck(s)
}

// trimPoint leaves off a point said back what the feeling after it will
// say anyway: a closing "that was nice", a trailing "though", an opening
// "yes,".
func trimPoint(clause string) string {
	clause = reClosingVerdict.ReplaceAllString(clause, "")
	clause = reYesOpener.ReplaceAllString(clause, "")
	return strings.TrimSpace(clause)
}

var (
	reClosingVerdict = mustPattern(`(?i)(?:,? (?:that|it|which) (?:was|is|felt|were) (?:so |really |very |pretty |super |quite )?(?:nice|lovely|great|good|fun|amazing|awesome|sweet|cool|brilliant|wonderful)|,? though)$`)
	reYesOpener      = mustPattern(`(?i)^(?:yes|yeah|yep|no|nope|nah)(?:,| -| —) `)
)

// freshTail picks one of tails, passing over those that repeat a word of
// the point said back ("you felt lighter" — "so much lighter").
func freshTail(tails []string, point string, v int) string {
	low := strings.ToLower(point)
	for i := range tails {
		t := pickAck(tails, v+i)
		repeats := false
		for _, w := range strings.Fields(strings.Trim(t, ".,;")) {
			w = strings.Trim(w, ".,;")
			if len(w) >= 5 && strings.Contains(low, w) {
				repeats = true
				break
			}
		}
		if !repeats {
			return t
		}
	}
	return pickAck(tails, v)
}

// pointMax is the longest point said back before a feeling: a phrase or
// two, not the whole story.
const pointMax = 100

// reFeelingSaid is a clause that only states the feeling: "you feel a bit
// guilty about it", "you get anxious when…".
var reFeelingSaid = mustPattern(`(?i)^(?:you|you're) (?:\w+ ){0,2}(?:feel|feels|felt|feeling|get|got|am|are|were|worry|worried|think|thought)\b`)

// lowKindOf names the particular low point the listener hears in text, ""
// for none.
func lowKindOf(text string) string {
	folded := foldText(text)
	switch {
	case reGap.MatchString(folded) && reHesitant.MatchString(folded):
		return "gap"
	case reDelayedReply.MatchString(folded):
		return "delayed"
	case reOwnDistance.MatchString(folded) || reOwnSilence.MatchString(folded):
		return "own distance"
	case reOwnReach.MatchString(folded) && reNoneBack.MatchString(folded):
		return "one-sided"
	}
	if k, ok := findLow(withoutSolitude(text)); ok {
		return k.name
	}
	return ""
}

// softenEcho leaves out of a cleaned answer the names a person calls
// themselves or what happened ("like an idiot", "something dumb") and the
// emphasis that only leans on it ("100%", "obviously"): said back, they
// would sound like agreement, or like mockery.
func softenEcho(clean string) string {
	clean = reSelfPutDown.ReplaceAllString(clean, "")
	clean = reDumbThing.ReplaceAllString(clean, "something small")
	clean = reLeanOn.ReplaceAllString(clean, "$1")
	clean = reJudgingAdverb.ReplaceAllString(clean, "")
	clean = reTimedPutDown.ReplaceAllString(clean, "$1 not so much")
	clean = reBareContraction.ReplaceAllStringFunc(clean, func(w string) string {
		if c, ok := bareContractions[strings.ToLower(w)]; ok && w == strings.ToLower(w) {
			return c
		}
		return w
	})
	// "from lyon to paris", "in manila": a place said back with its
	// capitals, and no pause left hanging at the end ("… answer 😬").
	clean = places.Capitalize(strings.Join(strings.Fields(clean), " "))
	return strings.TrimRight(clean, ", ")
}

var (
	reSelfPutDown   = mustPattern(`,? \b(?:like (?:an? |such an? |a total |a complete )?(?:idiot|loser|creep|weirdo|stalker|fool|moron|psycho|freak|mess)|(?:because|cause|cos) (?:you're|you are) (?:an? )?(?:idiot|loser|useless|pathetic|rubbish))\b`)
	reDumbThing     = mustPattern(`\bsomething (?:so |really |super |pretty )?(?:dumb|stupid|silly|petty|pathetic)\b`)
	reTimedPutDown  = mustPattern(`(?i)\b((?:mornings?|evenings?|nights?|at night|in the mornings?|before (?:coffee|noon|lunch|\d+\w*)|after work|on mondays|till noon|until noon|first thing)),? (?:you're|you are) (?:\w+ )?(?:useless|hopeless|a mess|a zombie|dead|rubbish|a wreck|no good)\b`)
	reJudgingAdverb = mustPattern(`(?i)\b(?:embarr?assingly|weirdly|stupidly|pathetically|shamefully|ridiculously|sadly)(?: like)? `)
	reLeanOn        = mustPattern(`,? (?:100%|100 percent|obviously|for sure|definitely)([,.;!?]|$)`)
)

// feelingTails name a feeling after the point said back, in a few words
// that start in lowercase.
var feelingTails = map[string][]string{
	"worry":         {"that sounds stressful.", "no wonder that makes you anxious.", "that kind of worry is very common."},
	"tiredness":     {"that sounds tiring.", "that sounds draining, and it makes sense to guard your energy.", "it sounds like you're running low."},
	"wears out":     {"good to know what wears you out.", "good to know what costs you energy.", "some settings take more than they give."},
	"loneliness":    {"that sounds lonely.", "that sounds lonely, and it's more common than it looks.", "that's a lonely feeling, and it can change."},
	"hurt":          {"that sounds like it hurt.", "of course that stung.", "that sounds painful."},
	"anger":         {"that sounds frustrating.", "that would annoy most people.", "your frustration makes sense."},
	"embarrassment": {"oof, that sounds awkward.", "that sounds like it stung a bit.", "moments like that feel bigger to us than to anyone else."},
	"guilt":         {"it's clear that weighs on you, and it shows you care.", "feeling bad about it says you care.", "it's rarely too late to pick things up again."},
	"relief":        {"what a relief.", "that must have felt so much lighter.", "it sounds like a weight came off."},
	"pride":         {"that's something to be proud of.", "you sound proud, and rightly so.", "that's worth being proud of."},
	"joy":           {"that sounds lovely.", "here's to more of that.", "that sounds really good."},
	"gratitude":     {"that kind of care means a lot.", "it's lovely to have people like that.", "that's worth holding on to."},
	"missing":       {"you clearly miss them.", "missing them shows how much they matter.", "it sounds like you really miss that."},
}

// reFeelsBad is the person feeling bad about what they did: "i feel
// awful about it", "feel so guilty".
var reFeelsBad = mustPattern(`\b(?:feel|feeling|felt) (?:so |really |pretty |a bit |kind of |kinda )?(?:awful|bad|terrible|guilty|rubbish|horrible|crap)\b`)

// delayedBadTails follow a reply left to slip that the person feels bad
// about.
var delayedBadTails = []string{
	"feeling bad about it shows you care, and late is still welcome.",
	"that guilt is very common, and a late answer still lands well.",
	"it's clear you feel bad about it; late is still better than never.",
}

// pointTails follow a particular low point said back.
var pointTails = map[string][]string{
	"one-sided":      {"always being the one who reaches out gets tiring.", "being the only one who tries is tiring.", "it's natural to wonder whether anyone would reach out if you stopped."},
	"left out":       {"being left out like that hurts.", "feeling on the outside like that is hard.", "that would leave most people feeling left out."},
	"invisible":      {"that's lonely in its own way.", "that's a lonely feeling, and a common one.", "being unseen like that is hard."},
	"drift":          {"drifting apart like that is sad, and very common.", "people drift, and it can still be picked up again.", "drifting apart is common, and often nobody's fault."},
	"not understood": {"not feeling understood is lonely.", "it's hard when people don't get you.", "not being understood wears on anyone."},
	"overthinking":   {"overthinking it like that is exhausting.", "that kind of overthinking is very common.", "it's easy to get stuck in your head like that."},
}

// reComparing tells of measuring oneself against others: "everyone i
// graduated with is a 'head of' something and im still temping", "while
// im still at my parents".
var reComparing = mustPattern(`\b(?:compar(?:e|es|ed|ing)|while (?:i'm|im|i am) (?:still|only|just|stuck)|(?:and|but) (?:i'm|im|i am) (?:still|only|just|stuck) |(?:and|but|while) (?:i'm|im|i am) (?:\d{2}|\w+ty(?:[- ]\w+)?) (?:and )?(?:still|only|just|stuck|living (?:with|at) my (?:parents|mum|mom|dad|folks)|single|renting)\b|everyone(?:'s|s)? (?:\w+ ){0,4}(?:is|are|getting|buying|has|having|posting|got)\b.* (?:i'm|im|i am|i'm still|im still|i still) |(?:highlight reel|everyone else's life|everyone elses life|their perfect)\b)`)

// reOnline is anything said of being online: a post, a feed, a story, an
// app.
var reOnline = mustPattern(`\b(?:online|posts?|posted|posting|feeds?|stor(?:y|ies)|insta\w*|facebook|fb|tiktok|linkedin|twitter|reddit|snapchat|youtube|pinterest|bereal|threads|tumblr|twitch|bluesky|mastodon|app|apps|social media|socials|scroll\w*|photos?|pics?|selfies?|likes)\b`)

// reOthersAhead is who the person measures themselves against: "old
// classmates", "everyone my age", "my friends".
var reOthersAhead = mustPattern(`\b(?:everyone|everybody|classmates|friends|mates|people|others|my age|peers|colleagues|sisters?|brothers?|cousins?|they|their)\b`)

// reSteppedAway is stepping away from what one compares with: "relieved i
// logged off", "deleted the app".
var reSteppedAway = mustPattern(`\b(?:logged off|log off|logging off|deleted|uninstalled|muted|unfollowed|put (?:my |the )?phone down|took a break|taking a break|relieved)\b`)

// comparingAck answers a comparison with others: the point said back,
// then that comparing is hard, and stepping away a relief when the answer
// tells of it. "" when the answer compares nothing.
func comparingAck(answer string, names []string, v int) string {
	folded := foldText(answer)
	if !reComparing.MatchString(folded) {
		return ""
	}
	if line := contrastGist(gistInput{answer: answer, names: names, v: v}); line != "" {
		// "my sister gets everything, my friends the highlight reel":
		// people held at different distances, not a comparison online.
		return fitAck(line)
	}
	if worriesBother(folded) {
		// "i feel like im bothering them. they have kids and busy lives
		// and im just... single": the worry, with the comparison as its
		// reason, not a comparison alone.
		return pickAck(comparingBotherLines, v)
	}
	tails := comparingTails
	if reSteppedAway.MatchString(folded) {
		tails = comparingAwayTails
	}
	if places := placesIn(answer); len(places) > 0 && !places[0].interest {
		// "linkedin. everyone's getting promoted": the place named, not
		// the answer said back.
		return fitAck(places[0].name + " — " + pickAck(tails, v))
	}
	if ms := milestonesIn(folded); ms != "" && rePostedThem.MatchString(folded) {
		// "a girl from school posted her wedding and house and baby in
		// the same month": what was posted, named, not said back.
		lead := pickAck([]string{
			" posted one after another is a lot to scroll past — ",
			" showing up on your feed is a lot to take in — ",
		}, v)
		if !strings.Contains(ms, " and ") {
			lead = " showing up on your feed is a lot to take in — "
		}
		return fitAck(upFirst(ms) + lead + pickAck(tails, v))
	}
	if !reOnline.MatchString(folded) && reOthersAhead.MatchString(folded) {
		// "seeing old classmates buy houses while im still at my
		// parents": a comparison in life, not online; named as one,
		// without the answer said back or posts brought in.
		return upFirst(pickAck(comparingLifeTails, v))
	}
	heard := func(c string) bool { return reComparing.MatchString(foldText(c)) }
	if line := pointThen(answer, names, tails, heard, v); line != "" {
		return line
	}
	return upFirst(pickAck(tails, v))
}

// rePostedMilestone is a milestone people post: a wedding, a house, a baby.
var rePostedMilestone = mustPattern(`\b(?:wedding|engagement|house|new house|baby|pregnancy|promotion|new job|new car|graduation|honeymoon)\b`)

// rePostedThem is someone posting or announcing something.
var rePostedThem = mustPattern(`\b(?:posted|posting|posts|shared|announced|put up|uploaded)\b`)

// milestonesIn names the milestones an answer says were posted, each once,
// as a list: "a wedding, a house and a baby"; "" when it names none.
func milestonesIn(folded string) string {
	var ms []string
	for _, m := range rePostedMilestone.FindAllString(folded, -1) {
		a := "a " + m
		if strings.IndexAny(m[:1], "aeiou") == 0 {
			a = "an " + m
		}
		if !slices.Contains(ms, a) {
			ms = append(ms, a)
		}
	}
	switch len(ms) {
	case 0:
		return ""
	case 1:
		return ms[0]
	}
	return strings.Join(ms[:len(ms)-1], ", ") + " and " + ms[len(ms)-1]
}

var (
	comparingTails = []string{
		"comparing yourself like that is hard; other people's posts show only their best bits.",
		"comparing your life with everyone else's highlights would get to anyone.",
		"comparing like that is hard, and the timelines people post are never the whole story.",
	}
	comparingLifeTails = []string{
		"Comparing where you are with where others seem to be is hard; everyone's timeline runs differently.",
		"Comparing your life with people your age is painful, and it rarely shows the whole picture.",
		"Comparing yourself with others like that hurts, and their milestones say nothing about your worth.",
	}
	comparingBotherLines = []string{
		"Worrying you're a bother when their lives look so full is very common, and a life that looks different from theirs doesn't make you any less worth hearing from.",
		"Feeling like a bother beside their busy lives is a hard mix; your life being different makes a message from you no less welcome.",
	}
	comparingAwayTails = []string{
		"comparing like that is hard, and stepping away from it can be a real relief.",
		"measuring yourself against everyone else's highlights is hard; no wonder logging off felt like a relief.",
		"comparing yourself like that wears anyone down, and taking a break from it is a relief.",
	}
)

// bareContractions are contractions typed without their apostrophe that
// read as nothing else, said back spelled out.
var bareContractions = map[string]string{
	"theyve": "they've", "theyre": "they're", "theyd": "they'd", "theyll": "they'll",
	"dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "cant": "can't", "couldnt": "couldn't",
	"shouldnt": "shouldn't", "wouldnt": "wouldn't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
	"werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "youre": "you're",
	"youve": "you've", "weve": "we've", "thats": "that's", "whats": "what's", "theres": "there's",
}

// reBareContraction finds a word that may be one of bareContractions.
var reBareContraction = mustPattern(`\b(?:they(?:ve|re|d|ll)|dont|didnt|doesnt|cant|couldnt|shouldnt|wouldnt|isnt|wasnt|arent|werent|havent|hasnt|hadnt|youre|youve|weve|thats|whats|theres)\b`)

// worriesBother reports whether folded tells of the worry of being a
// bother to people ("i feel like im bothering them").
func worriesBother(folded string) bool {
	for _, p := range ownPoints {
		if p.name == "bother" && p.re.MatchString(folded) {
			return true
		}
	}
	return false
}
