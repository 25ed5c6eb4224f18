package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// nameFeeling is the confidence from which an acknowledgement names the
// feeling the classifier found; below it the answer's point is said back.
const nameFeeling = listen.Sure

// feelingAck answers the feeling or the disclosure in an answer in one or
// two short sentences; "" when there is none sure enough to name.
func feelingAck(answer string, v int) string {
	names := answerNames(answer)
	// "embarrassingly a lot": the word judges an amount, it tells of no
	// embarrassing moment.
	f := listen.Feel(reJudgingAdverb.ReplaceAllString(answer, ""))
	if lost := listen.Lost(answer, names); lost != "" || (f.Label == "grief" && f.Confidence >= nameFeeling && !lossOfThing(answer) && tellsOfDeath(answer)) {
		lost = lossOwnerNamed(answer, lost, names)
		if othersLoss(lost) && reShowedUp.MatchString(foldText(answer)) {
			// "when nadias mum died i brought her food": the person was
			// the one there, not the one comforted.
			return "I'm so sorry about " + lost + ". " + pickAck([]string{
				"Being there for someone like that counts for a lot.",
				"You showed up for them, and that means more than words.",
			}, v)
		}
		if line := griefAndAfter(answer, lost); line != "" {
			return line
		}
		return griefAck(answer, lost, v)
	}
	if reFineMask.MatchString(foldText(answer)) {
		// "i say im fine. always fine": the word everyone hides behind,
		// heard as that.
		return pickAck(fineMaskLines, v)
	}
	if reKeptHidden.MatchString(foldText(answer)) {
		// "nobody knows about my anxiety": kept to oneself, whatever the
		// feeling it names.
		return pickAck(feelingLines["holding_back"], v)
	}
	if !f.Sure() || len(feelingLines[f.Label]) == 0 {
		return ""
	}
	if goodFeelings[f.Label] && reNotGood.MatchString(foldText(answer)) && !reGoodAfterAll.MatchString(foldText(answer)) {
		// "not great tbh", "wasn't fun": the good word is denied.
		return ""
	}
	if f.Label == "holding_back" && !reHoldingBack.MatchString(foldText(answer)) {
		// "i keep it on mute": kept, but no hard time kept from anyone.
		return ""
	}
	if f.Label == "illness" && reSickAbout.MatchString(foldText(answer)) {
		// "felt sick about it all" is a feeling, not an illness.
		return pickAck([]string{
			"That sounds like it left you sick with worry. It's okay to step back from it for a while.",
			"Feeling sick about it all is draining. It's okay to look away from it for a bit.",
		}, v)
	}
	if f.Label == "illness" {
		if line := othersIllAck(answer, v); line != "" {
			return line
		}
		if who := illOf(answer); who != "" {
			return pickAck([]string{
				"I'm sorry about " + who + " being ill. That changes a lot, the way you talk included.",
				"I'm sorry " + who + " has been unwell. That's a lot to carry, for both of you.",
			}, v)
		}
	}
	if f.Label == "worry" && reOthersWorry.MatchString(foldText(answer)) && !reOwnWorry.MatchString(foldText(answer)) {
		// "not at all with my parents. they worry too much": their
		// worry, not the person's.
		return ""
	}
	if f.Label == "anger" && reOthersAnger.MatchString(foldText(answer)) && !reOwnAnger.MatchString(foldText(answer)) {
		// "my flatmate got annoyed when i called": someone else's
		// anger, not the person's own.
		return ""
	}
	if f.Label == "loneliness" && reSolitude.MatchString(foldText(answer)) {
		// "leave me alone after work" asks for time alone.
		return ""
	}
	if f.Label == "tiredness" && reWearsOut.MatchString(foldText(answer)) {
		// "big groups are exhausting": what takes energy, not a person
		// running on empty.
		return pickAck(wearsOutLines, v)
	}
	if f.Label == "pride" {
		if who := proudOf(answer); who != "" {
			obj := objectFor(who)
			if why := prideReason(answer); why != "" {
				// "proud of him. he got sober 3 yrs ago": what for, too.
				return pickAck([]string{
					"You sound really proud of " + who + ": _" + why + "_. That's a lovely thing for " + obj + " to hear.",
					"_" + upFirst(why) + "_ — you're clearly proud of " + who + ", and it would mean a lot to hear it from you.",
				}, v)
			}
			return pickAck([]string{
				"You sound really proud of " + who + ", and that's a lovely thing for " + obj + " to hear.",
				"You're clearly proud of " + who + ". It would mean a lot to hear it from you.",
			}, v)
		}
	}
	if first, ok := heavyLines[f.Label]; ok {
		// "my neighbour sat with me after my breakup": the breakup named,
		// then what the rest of the answer says.
		if rest := withoutHeavy(answer, heavyWords[f.Label]); rest != "" {
			if g := listen.Feel(rest); g.Confidence >= nameFeeling && griefSecond[g.Label] != "" {
				return first + " " + griefSecond[g.Label]
			}
		}
		if after := afterHeavy(answer, heavyWords[f.Label]); after != "" && len(first)+len(after)+40 <= ackMax {
			// "my sister when i got dumped, she just came over with ice
			// cream": sorry, then what someone did for them.
			return first + " _" + upFirst(after) + "_ — " + pickAck([]string{
				"that kind of care means a lot.", "that's what being there looks like.", "it's lovely to have someone like that.",
			}, v)
		}
	}
	if f.Label == "breakup" {
		if w := breakupWord(answer); w != "" && !strings.HasSuffix(w, " breakup") {
			// Said in the person's word: a divorce is not "a breakup".
			return pickAck([]string{
				"I'm sorry about " + w + ". It changes a lot more than one relationship.",
				"That sounds like a hard time. I'm sorry about " + w + ".",
			}, v)
		}
	}
	if f.Label == "missing" {
		if who := missedWho(answer); who != "" {
			return pickAck([]string{
				"You miss " + who + ". That says a lot about how much they matter.",
				"It sounds like you really miss " + who + ".",
			}, v)
		}
	}
	return pickAck(feelingLines[f.Label], v)
}

// reFineMask is saying one is fine when one is not: "i say im fine",
// "i tell everyone i'm ok", "always fine".
var reFineMask = mustPattern(`\b(?:say|says|said|tell \w+|told \w+|act like|pretend|pretending|just say|always say) (?:that )?(?:i'm|im|i am|i was|everything's|everything is) (?:fine|ok|okay|good|alright|all right)\b|\balways (?:fine|ok|okay)\b`)

// fineMaskLines answer "I'm fine" said to everyone.
var fineMaskLines = []string{
	"Saying you're fine when you're not is something a lot of people do, and it can get lonely behind it.",
	"\"Fine\" can cover a lot. Letting one person see past it is a brave, small step.",
}

// lossOwnerNamed names whose loss it is when the answer says "her dad" or
// "his mum" and names one person only: "amara told me her dad died" is
// Amara's dad.
func lossOwnerNamed(answer, lost string, names []string) string {
	rest, ok := strings.CutPrefix(lost, "her ")
	if !ok {
		rest, ok = strings.CutPrefix(lost, "his ")
	}
	if !ok {
		return lost
	}
	var named []string
	for _, m := range listen.Mentions(answer, names) {
		if m.Named && !kinNames[strings.ToLower(m.Who)] {
			named = append(named, m.Who)
		}
	}
	if len(named) != 1 {
		return lost
	}
	return named[0] + "'s " + rest
}

// reGoodAfterAll is a good word said plainly beside a denied one: "not
// great at first but honestly it was lovely".
var reGoodAfterAll = mustPattern(`\b(?:but|though|still|actually) (?:\w+ ){0,4}(?:great|good|nice|fun|lovely|amazing|happy|brilliant|wonderful)\b`)

// othersLoss reports a loss that is someone else's: "Nadia's mum", "his
// dad".
func othersLoss(lost string) bool {
	return strings.Contains(lost, "'s ") || strings.HasPrefix(lost, "his ") || strings.HasPrefix(lost, "her ") ||
		strings.HasPrefix(lost, "their ")
}

// reShowedUp tells of the person doing something for someone: "i brought
// her food", "i went round", "i sat with him".
var reShowedUp = mustPattern(`\bi (?:\w+ )?(?:brought|sat with|went round|went over|went to|sent|made|cooked|visited|stayed with|hugged|helped|took|drove|turned up|showed up|dropped off|dropped round)\b`)

// griefAck answers a death. When the answer says more than the loss
// ("Dorothy's friendship kept me going after Harold died"), a second
// sentence names that too.
func griefAck(answer, lost string, v int) string {
	first := "I'm so sorry for your loss."
	if lost != "" {
		first = "I'm so sorry about " + lost + "."
	}
	if line := carerLine(answer, lost, answerNames(answer), v); line != "" && len(first)+len(line)+1 <= ackMax {
		// "the night before mum died my sister and i stayed up talking":
		// who was there, named after the loss.
		return first + " " + line
	}
	rest := withoutLoss(answer)
	if rest != "" {
		if f := listen.Feel(rest); f.Confidence >= nameFeeling && griefSecond[f.Label] != "" {
			return first + " " + griefSecond[f.Label]
		}
	}
	if clause := listen.Clause(softenEcho(listen.Clean(answer)), ackMax-len(first)-20); reOwnWish.MatchString(clause) && len(first)+len(clause)+17 <= ackMax {
		// "i dont want to talk about the miscarriage at every family
		// dinner": what the person wants, heard after the loss.
		return first + " It makes sense that " + strings.TrimPrefix(strings.TrimPrefix(clause, "yes, "), "no, ") + "."
	}
	if reQuietAfter.MatchString(foldText(answer)) {
		// "since my wife passed the house is too quiet": the quiet heard.
		return first + " " + pickAck([]string{
			"The quiet after losing someone can be the hardest part, and you don't have to sit with it alone.",
			"Evenings that quiet after a loss are so hard; it matters that you said it.",
		}, v)
	}
	return first + " " + pickAck([]string{
		"Thank you for telling me.",
		"That's a lot to carry, and it matters that you said it.",
		"It matters that you could say it here.",
	}, v)
}

// reQuietAfter tells of the quiet or the being alone a death left.
var reQuietAfter = mustPattern(`\b(?:too quiet|so quiet|very quiet|quiet now|empty|on my own|by myself|alone|lonely)\b`)

// withoutLoss drops the clause that tells of the death, so that what else
// the answer says can be read on its own.
func withoutLoss(answer string) string {
	return withoutHeavy(answer, []string{"died", "passed", "lost", "funeral", "death"})
}

// withoutHeavy drops a closing clause that tells of a heavy event ("after
// my breakup", "since my diagnosis"), found by words, and returns what the
// answer says before it; "" when there is no such clause.
func withoutHeavy(answer string, words []string) string {
	low := strings.ToLower(answer)
	for _, w := range []string{" after ", " since ", " when ", " before ", " during ", " through "} {
		if i := strings.Index(low, w); i > 0 {
			tail := low[i:]
			for _, h := range words {
				if strings.Contains(tail, h) {
					return strings.TrimSpace(answer[:i])
				}
			}
		}
	}
	return ""
}

// heavyLines open an acknowledgement of a heavy event the answer tells of
// in passing, before what it says besides; heavyWords find its clause.
var (
	heavyLines = map[string]string{
		"breakup": "I'm sorry about the breakup.",
		"illness": "I'm sorry you've been going through that.",
	}
	heavyWords = map[string][]string{
		"breakup": {"breakup", "break up", "broke up", "split", "divorce", "separat", "dumped", "ended things"},
		"illness": {"diagnos", "surgery", "operation", "hospital", "chemo", "cancer", "illness", "ill", "sick"},
	}
)

// lossOfThing reports a loss that is no death: a job, a place, a chance
// ("a mate lost his job").
func lossOfThing(answer string) bool {
	k := readNews(answer).kind
	return k == newsSetback || k == newsChange || k == newsWin || k == newsRecovery
}

// griefSecond is what follows "I'm so sorry about …" when the answer also
// carries another feeling.
var griefSecond = map[string]string{
	"gratitude":    "It sounds like having people there for you has meant a great deal.",
	"pride":        "And it's lovely to hear how proud you are.",
	"missing":      "It makes sense that you miss them.",
	"loneliness":   "Losing someone can make everything feel emptier; I'm glad you said it.",
	"guilt":        "Whatever you wish you'd done, grief and guilt often travel together.",
	"joy":          "I'm glad there's still some warmth in it.",
	"holding_back": "Telling everyone you're fine while you grieve is a lot to carry on your own.",
}

// missedWho is who "I miss …" is about, in the second person: "your old uni
// friends".
func missedWho(answer string) string {
	clean := listen.Clean(answer)
	low := strings.ToLower(clean)
	i := strings.Index(low, "miss ")
	if i < 0 || (i > 0 && low[i-1] != ' ') {
		return ""
	}
	rest := clean[i+len("miss "):]
	if j := strings.IndexAny(rest, ",.;!?"); j >= 0 {
		rest = rest[:j]
	}
	for _, sep := range []string{" and ", " so ", " but ", " because ", " loads", " a lot", " so much", " every", " since"} {
		if j := strings.Index(strings.ToLower(rest), sep); j > 0 {
			rest = rest[:j]
		}
	}
	rest = strings.TrimSpace(rest)
	if n := len(strings.Fields(rest)); n == 0 || n > 6 {
		return ""
	}
	return rest
}

// feelingLines answer each feeling the way a friend might, without
// repeating the person's words.
var feelingLines = map[string][]string{
	"illness": {
		"I'm sorry. That's a lot to carry, and thank you for telling me.",
		"That sounds really hard. Thank you for trusting me with it.",
	},
	"breakup": {
		"I'm sorry. A breakup changes a lot more than one relationship.",
		"That sounds like a hard time. Thank you for telling me.",
	},
	"holding_back": {
		"Thank you for telling me that. Keeping your own hard times to yourself is common, and it can get lonely.",
		"That's honest, thank you. Being the one others lean on can leave little room to lean on anyone yourself.",
		"Thank you for being honest. Letting someone see the hard parts while you're struggling is a step many find the hardest.",
	},
	"embarrassment": {
		"That sounds like it stung a bit. Feeling that way afterwards usually means you care how it landed.",
		"Oof, that sounds awkward. Moments like that stay with us far longer than with anyone else.",
		"Awkward moments like that are very human, and most people forget them long before we do.",
	},
	"guilt": {
		"It sounds like that's been weighing on you, and the guilt shows how much they matter to you.",
		"That sounds heavy to carry. It's rarely too late to pick things up again.",
		"Feeling bad about it says you care. It doesn't have to stay that way.",
	},
	"worry": {
		"That sounds stressful, and it makes sense to feel that way.",
		"It's natural to feel nervous about that; it says the connection matters to you.",
		"That worry is very common. It's worth being gentle with yourself about it.",
	},
	"tiredness": {
		"That sounds tiring. It makes sense to protect the energy you have.",
		"That sounds draining. Knowing what wears you out helps you choose what fills you up.",
		"It sounds like you're running low. Small, easy ways to connect count too.",
	},
	"loneliness": {
		"That sounds lonely, and I'm glad you said it. It's more common than it looks.",
		"That sounds hard. Feeling on the outside happens to far more people than it seems.",
		"Thank you for saying that. Lonely stretches happen, and they can change.",
	},
	"hurt": {
		"That sounds like it hurt. It's okay that it stung.",
		"That sounds painful. Of course it hurt.",
		"I'm sorry, that sounds hurtful.",
	},
	"anger": {
		"That sounds frustrating, and it's fair to feel that way.",
		"That would annoy most people. It's worth knowing what gets to you.",
		"That sounds maddening. Your frustration makes sense.",
	},
	"missing": {
		"It sounds like you really miss them.",
		"Missing someone like that shows how much they matter.",
	},
	"pride": {
		"You sound proud, and rightly so.",
		"That's something to be proud of.",
		"It's lovely to hear that pride in what you wrote.",
	},
	"gratitude": {
		"That sounds like it meant a lot to you.",
		"It's lovely to have people like that.",
		"That kind of care is worth holding on to.",
	},
	"joy": {
		"That sounds lovely. Here's to more moments like that.",
		"That sounds really good. It's nice to hear.",
		"What a good moment. It shows what kind of time together fills you up.",
	},
	"relief": {
		"What a relief. It sounds like a weight came off.",
		"That must have felt so much lighter.",
		"I'm glad, and relieved for you. It sounds like you can breathe again.",
	},
}

// griefAndAfter answers a death told first and what else happened after
// it ("my husband passed last year and my neighbour just sat with me"):
// sorry for the loss, then the rest. "" when the rest carries no feeling
// to name.
func griefAndAfter(answer, lost string) string {
	low := strings.ToLower(answer)
	i := strings.Index(low, " and ")
	if i < 0 {
		return ""
	}
	head := low[:i]
	told := false
	for _, w := range []string{"died", "passed", "lost", "funeral", "death", "killed"} {
		if strings.Contains(head, w) {
			told = true
		}
	}
	rest := strings.TrimSpace(answer[i+len(" and "):])
	if !told || len(strings.Fields(rest)) < 3 {
		return ""
	}
	f := listen.Feel(rest)
	if f.Confidence < nameFeeling || griefSecond[f.Label] == "" {
		return ""
	}
	first := "I'm so sorry for your loss."
	if lost != "" {
		first = "I'm so sorry about " + lost + "."
	}
	return first + " " + griefSecond[f.Label]
}

// reWearsOut tells of something that takes energy: "big groups are
// exhausting", "discord drains me", "parties wear me out".
var reWearsOut = mustPattern(`\b(?:is|are|was|were|get|gets|feel|feels|can be|so|too|really) (?:exhausting|draining|tiring|knackering|a lot)\b|\b(?:drain|drains|drained|wear|wears|wore|tire|tires|tired) me\b`)

// wearsOutLines answer something that takes the person's energy.
var wearsOutLines = []string{
	"That sounds draining. Knowing what wears you out helps you choose what fills you up.",
	"Good to know what costs you energy; it makes it easier to choose what gives some back.",
	"Worth knowing about yourself: some settings take more than they give.",
}

// reProudOf is the person's pride in someone else: "i'm so proud of her",
// "proud of my brother".
var reProudOf = mustPattern(`\bproud of (her|him|them|my \w+|\p{Lu}\p{Ll}+)\b`)

// proudOf is who the person is proud of, in the second person ("her",
// "your brother"); "" when the pride is their own.
func proudOf(answer string) string {
	m := reProudOf.FindStringSubmatch(answer)
	if m == nil {
		return ""
	}
	who := m[1]
	if rest, ok := strings.CutPrefix(who, "my "); ok {
		if selfWords[rest] {
			return ""
		}
		return "your " + rest
	}
	if who == "Myself" || who == "Me" {
		return ""
	}
	return who
}

// objectFor is the object pronoun for who: "him" for "him" or "your
// brother", "them" when the words say nothing of it.
func objectFor(who string) string {
	f := strings.Fields(strings.ToLower(who))
	switch last := f[len(f)-1]; {
	case last == "him" || last == "her" || last == "them":
		return last
	case relGender[last] == 'm':
		return "him"
	case relGender[last] == 'f':
		return "her"
	}
	return "them"
}

// prideReason is what the person is proud of someone for, when a sentence
// after the pride says it ("he got sober 3 yrs ago"), cleaned and short;
// "" for none.
func prideReason(answer string) string {
	sents := listen.Sentences(listen.Clean(answer))
	for i, s := range sents {
		if !strings.Contains(strings.ToLower(s), "proud of") || i+1 >= len(sents) {
			continue
		}
		why := listen.Clause(sents[i+1], 50)
		if n := len(strings.Fields(why)); n < 3 || len(why) > 60 {
			return ""
		}
		return why
	}
	return ""
}

// selfWords after "proud of my" keep the pride the person's own.
var selfWords = wordset.Of(`self work progress job effort efforts own`)

// reIllOf tells of someone close falling ill: "since our dad got sick",
// "my mum has cancer".
var reIllOf = mustPattern(`\b(?:my|our) ((?:\w+ )?(?:mum|mom|dad|mother|father|brother|sister|gran|grandma|granny|grandad|grandpa|nan|son|daughter|partner|husband|wife|friend|aunt|uncle|cousin|boyfriend|girlfriend|flatmate|roommate)) (?:got|is|was|has been|had been|became|fell|has|had|being|getting) (?:really |very |so |quite |seriously |pretty )?(?:sick|ill|unwell|diagnosed|in hospital|cancer)\b`)

// illOf is who an answer says fell ill, in the second person ("your
// dad"); "" for none.
func illOf(answer string) string {
	m := reIllOf.FindStringSubmatch(strings.ReplaceAll(foldText(answer), "'", ""))
	if m == nil {
		return ""
	}
	return "your " + m[1]
}

// reSickAbout is feeling sick over something: "felt sick about it all".
var reSickAbout = mustPattern(`\b(?:feel|felt|feeling|feels|made me feel|makes me feel) (?:so |really |a bit |kind of |kinda |physically )?sick (?:about|over|with|at|to my stomach|thinking|reading|watching)\b`)

// reDeathCue is a word that tells of a death; the listener's "grief" is
// named back only with one, never for "it's been years" alone.
var reDeathCue = mustPattern(`\b(?:died|dying|dead|death|passed|passing|lost|loss|losing|funeral|grave|grief|grieving|miscarriage|miscarried|stillborn|killed|suicide|rip|memorial|anniversary|gone now|no longer with us|put down|put to sleep|widow\w*)\b`)

// tellsOfDeath reports whether answer has a word that tells of a death.
func tellsOfDeath(answer string) bool {
	folded := reDeadTired.ReplaceAllString(foldText(answer), " ")
	return reDeathCue.MatchString(reTimePassed.ReplaceAllString(folded, " "))
}

// reDeadTired is the person worn out, which tells of no death: "weekdays
// im dead after my shift", "i was dead on my feet", "dead tired".
var reDeadTired = mustPattern(`\b(?:i'?m|i am|i was|i feel|i felt|feeling|we'?re|we are|we were) (?:so |just |basically |literally |absolutely |completely |totally |half )?dead\b|\bdead (?:tired|beat|on my feet|on our feet)\b`)

// reTimePassed is time said to have gone by, which tells of no death: "so
// much time has passed", "years have passed since".
var reTimePassed = mustPattern(`\b(?:(?:so much|so long|a lot of|enough|too much|some) )?(?:time|years|months|weeks|ages|decades|long|while) (?:has |have |had |just )?(?:passed|gone by|slipped by)\b`)

// reOthersIll is someone else's illness, by its owner: "his diagnosis",
// "her surgery".
var reOthersIll = mustPattern(`\b(his|her|their) (diagnosis|surgery|operation|illness|cancer|treatment|chemo|stroke|accident|condition|op)\b`)

// reBother is holding back so as not to be a bother: "i dont want to
// bother him", "dont want to add to her plate".
var reBother = mustPattern(`\b(?:bother|bothering|burden|burdening|intrude|intruding|pester|pestering|add to (?:his|her|their|it)|in the way|be a nuisance|disturb)\b`)

// othersIllAck answers an illness that is someone else's ("hes got so
// much on since his diagnosis"): sorry about it, then, when the answer
// holds back so as not to bother them, that holding back.
func othersIllAck(answer string, v int) string {
	folded := foldText(answer)
	m := reOthersIll.FindStringSubmatch(folded)
	if m == nil {
		return ""
	}
	first := "I'm sorry about " + m[1] + " " + m[2] + "."
	obj := map[string]string{"his": "him", "her": "her", "their": "them"}[m[1]]
	subj := map[string]string{"his": "he's", "her": "she's", "their": "they're"}[m[1]]
	if reBother.MatchString(folded) {
		return first + " " + pickAck([]string{
			"Not wanting to bother " + obj + " when there's so much going on makes sense; a short, easy message rarely feels like a burden.",
			"Holding back so as not to add to what " + subj + " carrying is kind, though a light message can help more than you'd think.",
		}, v)
	}
	return first + " " + pickAck([]string{
		"It's good of you to keep " + obj + " in mind.",
		"That's a lot for " + obj + ", and for the people around " + obj + ".",
	}, v)
}

// reHoldingBack is a word of keeping one's own hard times from others,
// without which the listener's "holding back" is a guess at a word like
// "keep".
var reHoldingBack = mustPattern(`\b(?:tell|telling|told|open up|opening up|struggl\w*|fine|burden\w*|feel\w*|hide|hiding|to myself|strong|problems|lean|share|sharing|talk about|bottle\w*|pretend\w*|brave face|mask|quiet|honest|stuff|low|worry|worries|bad|down|act\w* (?:normal|fine|okay|ok)|cry|cries|cried|crying)\b`)

// reOthersAnger is someone else's anger: "she got annoyed", "my flatmate
// was really cross".
var reOthersAnger = mustPattern(`\b(?:she|he|they|her|him|them|\w+) (?:got|was|were|is|are|gets|seemed|sounded|looked) (?:so |really |a bit |quite |pretty |super |kind of |kinda )?(?:annoyed|angry|mad|upset|pissed|pissed off|irritated|cross|furious|frustrated)\b`)

// reOwnAnger is the person's own: "i got annoyed", "it made me furious".
var reOwnAnger = mustPattern(`\b(?:i|im|i'm|me) (?:got |was |am |get |feel |felt )?(?:so |really |a bit |quite |pretty |super |kind of |kinda )?(?:annoyed|angry|mad|upset|pissed|irritated|cross|furious|frustrated)\b|\bmade me (?:so |really )?(?:annoyed|angry|mad|furious)\b`)

// wentAloneAck answers going somewhere on one's own that went well
// ("went to the pottery class alone and chatted to a lovely woman"):
// nerve that paid off, not loneliness. "" for any other answer.
func wentAloneAck(answer string, v int) string {
	folded := foldText(answer)
	if !reWentAlone.MatchString(folded) || !reWentWell.MatchString(folded) {
		return ""
	}
	return pickAck([]string{
		"That was brave, going on your own, and it sounds like it paid off.",
		"Going on your own takes nerve. It sounds like it was worth it.",
	}, v)
}

// reWentAlone is going somewhere on one's own: "went to the class alone".
var reWentAlone = mustPattern(`\b(?:went|go|going|tried|turned up|showed up|signed up|joined|travelled|traveled)\b(?: \w+){0,6} (?:alone|on my own|by myself|solo)\b`)

// reWentWell is a good outcome with people: "chatted to a lovely woman".
var reWentWell = mustPattern(`\b(?:chatted|chatting|talked|talking|met|meeting|hit it off|ended up|made a friend|made friends|got talking|swapped numbers|lovely|nice|fun|glad i did|so glad)\b`)

// reOwnWish is a clause of what the person wants or cannot do, said back:
// "you don't want to talk about it at every dinner".
var reOwnWish = mustPattern(`^(?:yes, |no, )?you (?:don't want|do not want|want|need|would rather|'d rather|can't face|cannot face|aren't ready|are not ready)\b`)

// reOthersWorry is someone else's worry: "they worry too much", "my mum
// worries".
var reOthersWorry = mustPattern(`\b(?:she|he|they|mum|mom|dad|parents|\w+) (?:worry|worries|worried|stress|stresses|panic|panics|fret|frets)\b`)

// reOwnWorry is the person's own: "i worry", "makes me anxious".
var reOwnWorry = mustPattern(`\b(?:i|im|i'm|me) (?:\w+ )?(?:worry|worried|anxious|nervous|scared|stress|stressed|panic|dread)\b|\bmakes? me (?:so |really )?(?:anxious|nervous|worried|panic)\b|\b(?:stress|stresses|stressing|worry|worries|scare|scares) me\b`)

// reSomeoneDid opens a clause on someone doing something: "she just came
// over", "he called every night".
var reSomeoneDid = mustPattern(`^(?:she|he|they) (?:just |really |even |always |still )?(?:came|turned|showed|sat|called|rang|texted|stayed|brought|listened|took|drove|made|sent|checked|let|didn't|didnt|never)\b`)

// afterHeavy is the clause after a heavy event told in passing ("my sister
// when i got dumped, she just came over with ice cream"), cleaned, when it
// tells of someone doing something for the person; "" otherwise.
func afterHeavy(answer string, words []string) string {
	low := strings.ToLower(answer)
	for _, h := range words {
		i := strings.Index(low, h)
		if i < 0 {
			continue
		}
		j := strings.IndexAny(low[i:], ",;.")
		if j < 0 {
			return ""
		}
		rest := strings.TrimSpace(answer[i+j+1:])
		clause := listen.Clause(softenEcho(listen.Clean(rest)), 90)
		if !reSomeoneDid.MatchString(strings.ToLower(clause)) {
			return ""
		}
		// "my sister when i got dumped, she…": she is the sister.
		if ms := listen.Mentions(answer[:i], answerNames(answer)); len(ms) == 1 {
			pro, tail, _ := strings.Cut(clause, " ")
			want := map[string]byte{"she": 'f', "he": 'm'}[strings.ToLower(pro)]
			if want != 0 && (ms[0].Gender == want || ms[0].Gender == 0) {
				clause = ms[0].Ref + " " + tail
			}
		}
		return clause
	}
	return ""
}
