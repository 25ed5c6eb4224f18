package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// ackMax is the longest acknowledgement, in bytes: two short sentences.
const ackMax = 200

// Acknowledge answers a reflection answer in a sentence or two that shows
// it was heard. A step the person names ("call her this sunday") is said
// back as a step; a disclosure (a death, an illness, a breakup, "I don't
// tell people when I'm struggling") is answered as a person would, and a
// feeling named ("that sounds like it stung a bit"); then the people named
// in answer to a "who" question; else the answer's point,
// said back in _italics_ as a whole clause in the second person, fillers
// ("lol", "idk", "tbh") left out. Unsure answers ("idk") get a kind,
// non-judging line. The result is at most ackMax bytes; variant picks among
// phrasings.
func Acknowledge(q Question, answer string, variant int) string {
	return acknowledgeIn(q, answer, nil, variant)
}

// acknowledgeIn is Acknowledge for an answer given after earlier ones: a
// name an earlier answer said ("my friend kai") is who a later one means
// ("thank kai properly").
func acknowledgeIn(q Question, answer string, earlier []string, variant int) string {
	answer, earlier = plainGrammar(answer), plainAnswers(earlier)
	return withPeopleNamed(q, answer, earlier, acknowledgeAnswer(q, answer, earlier, variant))
}

// acknowledgeAnswer is acknowledgeIn before the people an answer to a
// question asking who are made sure of.
func acknowledgeAnswer(q Question, answer string, earlier []string, variant int) string {
	answer = strings.TrimSpace(strings.ToValidUTF8(answer, ""))
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
	answer = afterUnsure(resolveLead(afterRetraction(answer), earlier))
	folded := foldText(answer)
	v := max(variant, 0)
	if line := unwellWeekAck(q, answer, v); line != "" {
		// "uhh no one? i was sick in bed all week": ill, not alone in
		// the world, before any doubt the question mark holds.
		return line
	}
	if ack, ok := doubtAck(q, answer, earlier, v); ok {
		return ack
	}
	if head, ok := selfVerdictCut(folded); ok && lowContent(head) {
		// "cant really think of one. maybe thats the problem": not
		// knowing, and the person's verdict on it, answered kindly.
		return pickAck(ackNoneVerdict, v)
	}
	if lowContent(folded) {
		if noOne.MatchString(folded) {
			return pickAck(ackNoOne, v)
		}
		return pickAck(ackUnsure, v)
	}
	if k, ok := controlIntent(folded); ok && k == IntentYes {
		return pickAck(ackYes, v)
	}
	if line := eachOwnAck(q, answer, answerNames(append(slices.Clone(earlier), answer)...), v); line != "" {
		// "yuki - that she got me through. hana - that she's the
		// funniest": each person named, not the first said back.
		return line
	}
	if line := exOnlineAck(q, answer, v); line != "" {
		// "my ex posted engagement photos and i spiraled": what was seen
		// and how it landed, not a breakup to be sorry about.
		return line
	}
	if line := hurtReasonAck(q, answer, earlier, v); line != "" {
		// "after what happened with my ex i turned everything off": a
		// choice with its reason, not news of a breakup.
		return line
	}
	if line := newPlaceAck(q, answer, v); line != "" {
		// "i feel so alone since i came to this city": lonely, and new
		// there, named together.
		return line
	}
	if line := unansweredAck(q, answer, earlier, v); line != "" {
		// "my friend isn't answering me": the silence, and whose.
		return line
	}
	cat := questionKind(q.Text)
	if cat == qkAlone && reGoodWeek.MatchString(unpunctuated(folded)) {
		// "not really, it was a good week actually": glad, and nothing
		// to say back, before any frame for a lonely moment.
		return pickAck(ackGoodWeek, v)
	}
	if line := inTheWayAck(q, answer, earlier, v); line != "" {
		// "laziness tbh. and the time zone, she's in osaka": each thing
		// in the way named, with whom, not the list said back.
		return line
	}
	if line := deepTalkAck(q, answer, earlier, answerNames(append(slices.Clone(earlier), answer)...), v); line != "" {
		// "we had it out and it was the most honest we've been": the
		// talk, and with whom, before any value its words hold.
		return line
	}
	if line := limitCrossedAck(q, answer, v); line != "" {
		// "my health. i dont want it online but my mum keeps posting":
		// the line, and who crosses it.
		return line
	}
	if line := followDriftAck(q, answer, earlier, v); line != "" {
		// "i follow up with my cousins but Rosa drifts": who hears from
		// the person and who drifts, each from its own clause.
		return line
	}
	if line := namedPointAck(q, answer, earlier, v); line != "" {
		// "i keep waiting for someone to revive the group chat": the
		// point a friend would name, not the words said back.
		return line
	}
	if line := waitFirstAck(q, answer, v); line != "" {
		// "i wait for everyone lol": the waiting, not the words.
		return line
	}
	if line := reactionAck(answer, v); line != "" {
		// "sent a 🎉 and that was it": the reply was a reaction, named.
		return line
	}
	if line := onlineShareAck(q, answer, v); line != "" {
		// "like 90% scrolling, i just watch": how the time splits, asked
		// for, before any feeling about it.
		return line
	}
	names := answerNames(append(slices.Clone(earlier), answer)...)
	switch cat {
	case qkWho:
		names = answerNamesAt(whoNameSure, append(slices.Clone(earlier), answer)...)
	case qkStep:
		// "reply to jakob properly": a lowercase word where a person
		// goes in a step is a name.
		names = stepNames(append(slices.Clone(earlier), answer)...)
	}
	if line := sharedTopicAck(q, answer, v); line != "" {
		// "i overshare about my mental health and regret it": what was
		// shared, named, apart from what stays offline.
		return line
	}
	if (cat == qkLimit || cat == qkAlone) && listen.Lost(answer, names) == "" && !reWeightier.MatchString(folded) {
		// "that i can't host every christmas anymore, i'll tell my
		// sister" is a limit before it is a plan; "at my cousin's
		// wedding, on my own" is lonely where it happened.
		if gist := gistAck(answer, names, cat, v); gist != "" {
			return gist
		}
	}
	if listen.IsStep(answer, names) && listen.Lost(answer, names) == "" {
		// "he died last year and i still want to ring him" is grief, not
		// a plan. "call her this sunday", whatever was asked, is one.
		if own := ownWordsAck(q, answer, names, v); own != "" && onePoint(answer, names) {
			// "voice notes are way easier than calling": the point named.
			return own
		}
		return tinyOrEcho(answer, names, qkStep, v)
	}
	if line := keptTimeAck(q, answer, v); line != "" {
		// "weekends are mine. weekdays text whenever": the time kept is
		// the limit; the time left open is no "no limit".
		return line
	}
	if line := reachableAck(q, answer, v); line != "" {
		// "whenever! a call is the best bit of my day": glad of contact,
		// not a limit missing.
		return line
	}
	if shape := shapeOf(q, answer); shape != shapeNone {
		return shapeAck(q, answer, shape, v)
	}
	if line := sharedRegretAck(answer, v); line != "" {
		// "i overshare then regret it": the loop named, not said back.
		return line
	}
	if line := griefTalkAck(answer, names, v); line != "" {
		// "at my gran's funeral me and my cousin finally talked
		// properly": the loss, and the talk with whom.
		return line
	}
	if line := griefJoyAck(answer, names, v); line != "" {
		// "we laughed and cried, first time since the funeral i've
		// enjoyed anything": glad, with the grief beside it.
		return line
	}
	if line := showingUpAck(q, answer, names, cat, v); line != "" {
		// "threw her a surprise dinner when she got the job": how the
		// person showed up, not news to be glad about.
		return line
	}
	if line := misstepAck(answer, names, cat, v); line != "" {
		// "my sister got into law school and i made it about me": the
		// misstep owned, not said back as a verdict.
		return line
	}
	if line := rememberedAck(answer, names, cat, v); line != "" {
		// "she remembered my cat's name and that he'd been ill": being
		// remembered, not the illness; a moment the answer names first
		// ("drinks with tomasz, he remembered my birthday") with it.
		first, _, _ := strings.Cut(strings.NewReplacer(".", ",", ";", ",", "!", ",", "?", ",").Replace(strings.ToLower(answer)), ",")
		if own := aboutAck(q, answer, names, v); !strings.Contains(first, "remember") && strings.Contains(own, "remember") {
			return own
		}
		return line
	}
	if cat == qkLimit && reKeptPrivate.MatchString(folded) {
		// "my mental health stuff stays offline" draws a line: said back
		// as one, not answered as news of an illness.
		return ownOrEcho(q, answer, names, qkLimit, v)
	}
	people := listen.Mentions(reAside.ReplaceAllString(answer, ""), names)
	if line := wentAloneAck(answer, v); line != "" {
		return line
	}
	if line := connectionKindAck(q, answer, v); line != "" && (reOutOfStep.MatchString(folded) || reComparing.MatchString(folded)) {
		// "a close friend. everyone i know is married now": the kind
		// picked, with feeling out of step as why, not a comparison
		// online.
		return line
	}
	if line := strangerMomentAck(q, answer, names, v); line != "" {
		// "a stranger on the bus helped me with my pram": who it was and
		// where, not "that sounds lovely".
		return line
	}
	if line := comparingAck(answer, names, v); line != "" {
		// "linkedin. everyone i graduated with is a 'head of' something":
		// a comparison, whatever pride or relief the words hold.
		return line
	}
	if line := givesAndTakesAck(q, answer, names, v); line != "" && listen.Lost(answer, names) == "" && !reWeightier.MatchString(folded) {
		// "group chats are a nightmare … but the small chat with my
		// cousins is the best thing on my phone": which gives and which
		// takes, side by side, before any one clause.
		return line
	}
	if line := connectionKindAck(q, answer, v); line != "" && listen.Lost(answer, names) == "" && !reWeightier.MatchString(folded) && heavyNamed(answer) == "" {
		// "a close friend. someone i can text late without overthinking
		// it": the kind picked, before a point the rest makes on the way.
		return line
	}
	if point, kind := particularPoint(answer); point != "" {
		tails := pointTails[kind]
		if kind == "delayed" && reFeelsBad.MatchString(folded) {
			// "… then its too awkward. i feel awful about it."
			tails = delayedBadTails
		}
		if gp := gistThen(answer, names, kind, tails, v); gp != "" {
			return gp
		}
		if pp := pointThen(answer, names, tails, func(c string) bool { return lowKindOf(c) == kind }, v); pp != "" {
			return pp
		}
		// "no one reached out, i did all the reaching" is one-sided effort
		// more than loneliness: the particular point comes first, with
		// whom it is about ("left grace on read").
		return feelingWith(fitAck(point), whomAbout(answer, earlier), v)
	}
	if own := ownWordsAck(q, answer, names, v); own != "" && cat != qkWho && onePoint(answer, names) {
		// "i always think theyre too busy for me": the worry named, not
		// the words said back, with whom it is about.
		return feelingWith(own, whomAbout(answer, earlier), v)
	}
	if opt := optionAck(q, answer, names, v); opt != "" {
		// "wider circle, lighter stuff. i have my partner for the heavy
		// things": the choice first.
		return fitAck(opt)
	}
	if cat == qkWho && len(people) >= 2 && listen.Lost(answer, names) == "" {
		// "i messaged soren about his surgery, and chidi reached out":
		// who, asked for, comes before what happened to them.
		return fitAck(ackPeople(people, answer, v))
	}
	if line := ownIllnessAck(answer, v); line != "" {
		// "i was diagnosed last year and only my partner knows": a
		// disclosure, not news of the partner.
		return line
	}
	if line := illCarerAck(answer, names, v); line != "" {
		// "my dad was in hospital and a coworker sat with me": hopeful
		// about him, and who was there named.
		return line
	}
	if news := newsAck(answer, v); news != "" {
		// "she beat cancer and i cried": glad about her first.
		return fitAck(news)
	}
	if cat == qkMeaning && listen.Lost(answer, names) == "" {
		// "that i'm so proud of how she got through chemo" is something
		// to tell her before it is a feeling.
		if gist := gistAck(answer, names, cat, v); gist != "" {
			return gist
		}
	}
	if line := confidantAck(answer, names, v); line != "" {
		// "my therapist is the only one who knows": who sees the real
		// picture, named.
		return line
	}
	if feel := feelingAck(answer, v); feel != "" {
		if fp := feelingPoint(answer, names, feel, v); fp != "" {
			if own := aboutFeltAck(q, answer, names, v); own != "" && !reWeightier.MatchString(folded) {
				// "discord servers drain me, in person is better": what
				// gives and what takes, in the companion's words, rather
				// than the point said back before the feeling.
				return own
			}
			return fp
		}
		if own := aboutFeltAck(q, answer, names, v); own != "" && !reWeightier.MatchString(folded) && reWearsOut.MatchString(folded) {
			// "discord drains me, calls with one or two are good, in
			// person is best": what gives and what takes, not only the
			// drain.
			return own
		}
		// "i feel like im bothering him", after "my friend yusuf": the
		// worry named with him in it, as the worry it is (of being a
		// bother) when the answer says which.
		if bother := botherWith(answer, whomAbout(answer, earlier), v); bother != "" && slices.Contains(feelingLines["worry"], feel) {
			return bother
		}
		return feelingWith(fitAck(feel), whomAbout(answer, earlier), v)
	}
	if point := pointAck(answer); point != "" {
		return fitAck(point)
	}
	if own := ownWordsAck(q, answer, names, v); own != "" && cat != qkWho && fewPoints(answer) {
		return own
	}
	// People answer "who" questions; elsewhere they are part of a longer
	// thought, which the echo below keeps.
	if len(people) > 0 && (cat == qkWho || len(strings.Fields(folded)) <= len(people)+2) {
		return fitAck(ackPeople(people, answer, v))
	}
	if cat != qkStep && intends(cat, answer) {
		// "i want to be less flaky" is a plan, whatever was asked: never
		// "worth knowing, so you can plan around it".
		return echoAck(answer, names, qkIntent, v)
	}
	if (cat == qkGood || cat == qkMeaning || cat == qkDefault || cat == qkSelf) && leansLow(answer) {
		// A hard answer to a hopeful question ("we just drifted") gets
		// the frames for hard things, never "a lovely thing to know".
		cat = qkHard
	}
	if cat == qkAlone && reNotAlone.MatchString(folded) {
		// "no, it was a good week": no lonely frame on it.
		cat = qkDefault
	}
	return ownOrEcho(q, answer, names, cat, v)
}

// ownOrEcho names what the answer is about in the companion's own words
// (aboutAck) and says the answer back only when nothing in it is
// recognised.
func ownOrEcho(q Question, answer string, names []string, cat, v int) string {
	if own := aboutAck(q, answer, names, v); own != "" {
		return own
	}
	if line := contactAck(answer, names, cat, v); line != "" {
		// "a random call from my old coach, just checking on me": who
		// got in touch and how, not the words said back.
		return line
	}
	return tinyOrEcho(answer, names, cat, v)
}

// tinyOrEcho is echoAck, except that a whole answer of a word or two
// ("badly.", "idk. something") is not said back in italics: a line for
// the question's kind names the point instead.
func tinyOrEcho(answer string, names []string, cat, v int) string {
	clean := listen.Clean(answer)
	if tiny := ackTiny[cat]; len(tiny) > 0 && len(strings.Fields(clean)) <= 2 && !namesIn(clean, names) {
		return pickAck(tiny, v)
	}
	return echoAck(answer, names, cat, v)
}

// reNotAlone answers "was there a moment you felt alone?" with no.
var reNotAlone = mustPattern(`^(?:no|nope|nah|not really|not this week|never|none|i was fine|i was okay|i was ok|actually no)\b|\b(?:didn't|didnt|did not|never) (?:really )?feel (?:alone|lonely)\b`)

// reKeptPrivate tells of something kept out of sight: "stays offline",
// "i never post about", "off social media".
var reKeptPrivate = mustPattern(`\b(?:stays?|staying|kept|keep|keeps|keeping) (?:\w+ )?(?:offline|off social media|off line|off the internet|off insta\w*|off facebook|private|to myself|to ourselves|between us|out of it)\b|\b(?:never|don't|dont|do not|won't|wont) (?:ever )?(?:post|share|put) (?:\w+ )?(?:about|online|on social|on insta\w*|on facebook|on my story)\b|\b(?:don't|dont|do not|never) want (?:it|that|them|this|any of (?:it|that)) (?:on|online|posted|shared|on social)\b`)

// leansLow reports whether the listener, even unsure, hears a hard
// feeling in answer rather than a good one.
func leansLow(answer string) bool {
	f := listen.Feel(reJudgingAdverb.ReplaceAllString(answer, ""))
	return f.Label != listen.None && f.Confidence >= lowLean && !goodFeelings[f.Label]
}

// lowLean is the confidence from which a hard feeling the listener is not
// sure enough to name still keeps a hopeful frame off the echo.
const lowLean = 0.35

// goodFeelings are the listener's labels for feelings that are good to have.
var goodFeelings = map[string]bool{"pride": true, "gratitude": true, "joy": true, "relief": true}

// echoAck says the point of an answer back: its first clause, cleaned, in
// a frame that fits the question. An answer whose first clause will not
// fit is thanked without an echo rather than cut.
func echoAck(answer string, names []string, cat, v int) string {
	if gist := gistAck(answer, names, cat, v); gist != "" {
		// "that i'd be lost without her": a message for her, framed as one.
		return gist
	}
	clean := softenEcho(listen.Proper(listen.Clean(answer), names))
	frames := ackLong[cat]
	if n := len(strings.Fields(clean)); n <= 8 && len(clean) <= 60 {
		frames = ackShort[cat]
	}
	frame := pickAck(frames, v)
	clause := echoClause(clean, names, ackMax-len(frame))
	if clause == "" || len(frame)+len(clause) > ackMax {
		return pickAck(ackNoEcho, v)
	}
	return fitAck(strings.ReplaceAll(frame, "{a}", clause))
}

// reAside is a remark in brackets: "lena (my best friend since we were
// 6)" names one person, not two.
var reAside = mustPattern(`\s*\([^()]*\)`)

// echoClause is the part of a cleaned answer said back: its first clause,
// and when that is only a few words ("the family whatsapp", "more than you
// used to"), the sentence after it as well, which says what they mean; or
// when a later sentence names someone the clause does not ("no idea how to
// say it to kofi"), the first clause of that sentence, so that who it is
// about is heard.
func echoClause(clean string, names []string, limit int) string {
	clause := listen.Clause(clean, limit)
	sents := listen.Sentences(clean)
	if len(sents) < 2 || strings.TrimRight(sents[0], ".!?; ") != clause {
		return clause
	}
	var next string
	switch {
	case len(strings.Fields(clause)) <= 5 && !strings.HasPrefix(strings.ToLower(clause), "you "):
		// "you keep your relationship private" is whole already.
		next = listen.Clause(strings.Join(sents[1:], " "), limit-len(clause)-2)
	case !namesIn(clause, names):
		for _, s := range sents[1:] {
			if namesIn(s, names) {
				next = listen.Clause(s, limit-len(clause)-2)
				if !namesIn(next, names) {
					next = ""
				}
				break
			}
		}
	}
	if next == "" || len(clause)+2+len(next) > limit {
		return clause
	}
	return clause + ", " + next
}

// namesIn reports whether s says one of names, as a whole word.
func namesIn(s string, names []string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '\'' || r == '?' || r == '!' }) {
		if slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, w) }) {
			return true
		}
	}
	return false
}

// ackPeople names the people an answer speaks of: "Your grandma and Tariq
// — family and a friend, two different kinds of closeness."
func ackPeople(people []listen.Mention, answer string, v int) string {
	refs := make([]string, 0, len(people))
	for _, p := range people {
		refs = append(refs, p.Ref)
	}
	if len(refs) > 3 {
		refs = refs[:3]
	}
	if len(refs) == 1 {
		pool := []string{
			"{n} sounds like someone who matters to you.",
			"It's good to put a name to it: {n}.",
			"{n}: that's a clear place to start.",
		}
		if refs[0] != people[0].Who {
			// "your old flatmate" is not a name to put to it.
			pool = []string{pool[0], pool[2]}
		}
		return strings.ReplaceAll(pickAck(pool, v), "{n}", refs[0])
	}
	list := strings.Join(refs[:len(refs)-1], ", ") + " and " + refs[len(refs)-1]
	if len(refs) == 2 && v%3 == 0 {
		// "Ana and Tom — family and an old colleague, two kinds of closeness."
		a, b := mentionRole(answer, people[0]), mentionRole(answer, people[1])
		if a != "" && b != "" && a != b {
			return list + " — " + a + " and " + b + ", two different kinds of closeness."
		}
	}
	return strings.ReplaceAll(pickAck([]string{
		"{n} — different people, different kinds of closeness.",
		"{n} — it's good to have them in mind.",
		"{n}: people worth making a little time for.",
	}, v), "{n}", list)
}

// mentionRole says who someone is to the person: from the answer's words
// around a name, or from the relation itself.
func mentionRole(answer string, m listen.Mention) string {
	if !strings.HasPrefix(m.Ref, "your ") {
		if r := roleOf(answer, m.Who); r != "" {
			return r
		}
	}
	f := strings.Fields(strings.ToLower(m.Ref))
	return roleWords[f[len(f)-1]]
}

// Unsure answers.
var (
	unsureRe = mustPattern(`^(?:idk|i dunno|dunno|i don't know|i dont know|don't know|dont know|not sure|i'm not sure|im not sure|no idea|no clue|nothing|none|no one|nobody|noone|n a|na|meh|hmm+|um+|pass|nah|no|nope|maybe|i guess|not really|unsure|can't say|cant say|hard to say|who knows|not much|nothing really|no one really|nobody really|i can't think of anything|i cant think of anything|can't think of anyone|cant think of anyone|not that i can think of|none that i can think of|no one that i can think of|nobody that i can think of|(?:i )?(?:can't|cant|cannot) (?:really |honestly |even )?think of (?:one|any|anyone|anything|any one)|nothing comes to mind|no one comes to mind|\?+|\.+)$`)
	noOne    = mustPattern(`^(?:no one|nobody|noone|none|no one really|nobody really|(?:i )?(?:can't|cant|cannot) (?:really |honestly |even )?think of (?:anyone|one|any one)|no one comes to mind|none that i can think of)(?: (?:tbh|honestly|lol|really|sorry))*$`)
)

func lowContent(folded string) bool {
	return folded == "" || unsureRe.MatchString(folded) || len(folded) <= 2 || unsureRun(folded)
}

var (
	ackUnsure = []string{
		"That's a fair answer — it's not always easy to say.",
		"Not knowing is an answer too; it may get clearer later.",
		"That's okay. Some questions take a while to land.",
		"Fair enough — there's no right answer to find here.",
		"That's fine; not every question has an answer ready.",
	}
	ackNoOne = []string{
		"That's an honest answer, and it's a fine place to start from.",
		"Thank you for being honest. That's worth knowing, and it can change.",
		"That's okay to say. Plenty of people feel the same, and it can change.",
		"Thanks for saying so plainly; that's where a lot of people start.",
		"That's an honest place to be, and it doesn't have to stay that way.",
	}
)

// Question kinds shape the acknowledgement.
const (
	qkDefault = iota
	qkHard
	qkGood
	qkLimit
	qkWho
	qkStep
	qkMeaning
	qkIntent // not a question's kind: an answer that says what the person means to do
	qkAlone  // a moment of feeling alone
	qkDrain  // what drains or leaves one feeling worse
	qkSelf   // what others would say of the person
)

func questionKind(text string) int {
	t := strings.ToLower(text)
	switch {
	case strings.Contains(t, "one small") || strings.Contains(t, "small way") || strings.Contains(t, "small thing"):
		return qkStep
	case strings.HasPrefix(t, "who ") || strings.Contains(t, "and who ") || strings.Contains(t, "people you") ||
		strings.Contains(t, "which people"):
		return qkWho
	case strings.Contains(t, "felt alone") || strings.Contains(t, "feel alone") || strings.Contains(t, "feeling alone"):
		return qkAlone
	case strings.Contains(t, "drain") && !strings.Contains(t, "energy") || strings.Contains(t, "worse") || strings.Contains(t, "comparing"):
		return qkDrain
	case strings.Contains(t, "in the way") ||
		strings.Contains(t, "alone") && !strings.Contains(t, "left alone") || strings.Contains(t, "comparing") || strings.Contains(t, "drift"):
		return qkHard
	case strings.Contains(t, "private") || strings.Contains(t, "limit") || strings.Contains(t, "left alone") ||
		strings.Contains(t, "comfortable with") || strings.Contains(t, "boundar"):
		return qkLimit
	case strings.Contains(t, "mean to you") || strings.Contains(t, "them to know"):
		return qkMeaning
	case strings.Contains(t, "say about") || strings.Contains(t, "to be close to you"):
		return qkSelf
	case strings.Contains(t, "good or bad"):
		// "someone had good or bad news": neither hopeful nor hard.
		return qkDefault
	case strings.Contains(t, "good") || strings.Contains(t, "understood") || strings.Contains(t, "energy") ||
		strings.Contains(t, "hope") || strings.Contains(t, "fulfilling"):
		return qkGood
	}
	return qkDefault
}

var (
	ackShort = [11][]string{
		qkDefault: {"_{a}_ — that makes a lot of sense.", "_{a}_ — thank you, that's useful to know.", "_{a}_ — that's worth knowing about yourself."},
		qkHard:    {"_{a}_ — that's a real obstacle, and a common one.", "_{a}_ — that makes sense, and it can shift.", "_{a}_ — worth knowing, so you can plan around it."},
		qkGood:    {"_{a}_ — good to know what works for you.", "_{a}_ — a good thing to remember.", "_{a}_ — here's to more of that."},
		qkLimit:   {"_{a}_ — a limit like that is worth keeping.", "_{a}_ — knowing that makes it easier to say.", "_{a}_ — that's a fair line to draw."},
		qkWho:     {"_{a}_ — good to have them in mind.", "_{a}_ — that's a place to start.", "_{a}_ — thank you, that helps."},
		qkStep:    {"_{a}_ — small and doable, which is just right.", "_{a}_ — a clear next step.", "_{a}_ — that's very doable."},
		qkMeaning: {"_{a}_ — that would mean a lot to hear.", "_{a}_ — worth telling them, in your own words.", "_{a}_ — a lovely thing for them to know."},
		qkIntent:  {"_{a}_ — a good thing to aim for.", "_{a}_ — that's worth doing.", "_{a}_ — a small change like that counts."},
		qkDrain:   {"_{a}_ — good to notice what leaves you feeling worse.", "_{a}_ — that's draining, and it's fine to step back from it.", "_{a}_ — knowing that makes it easier to do less of it."},
		qkSelf:    {"_{a}_ — a good thing to hope for.", "_{a}_ — that's worth hoping for.", "_{a}_ — that's worth living up to."},
		qkAlone:   {"_{a}_ — feeling alone with people around is a lonely kind of alone.", "_{a}_ — that sounds lonely, and it's worth noticing.", "_{a}_ — feeling alone on the outside like that is hard."},
	}
	ackLong = [11][]string{
		qkDefault: {"You said _{a}_ — there's a lot in that.", "_{a}_ — thank you for being so open.", "_{a}_ — that's useful to have in words."},
		qkHard:    {"_{a}_ — that's real, and you're not the only one.", "You said _{a}_; that makes sense, and it can change.", "_{a}_ — naming it is a first step."},
		qkGood:    {"_{a}_ — that tells you something about what you need.", "You said _{a}_; that's worth remembering.", "_{a}_ — a good sign of what you need."},
		qkLimit:   {"_{a}_ — that's a boundary worth protecting.", "You said _{a}_; knowing that makes it easier to say.", "_{a}_ — a fair limit to have."},
		qkWho:     {"You said _{a}_ — good to have them in mind.", "_{a}_ — thank you, that helps.", "_{a}_ — that's a place to start."},
		qkStep:    {"_{a}_ — a real, doable step.", "You said _{a}_; small steps like that add up.", "_{a}_ — that's a plan."},
		qkMeaning: {"_{a}_ — that would mean a lot to hear.", "You said _{a}_; that's worth telling them.", "_{a}_ — a lovely thing for them to know."},
		qkIntent:  {"_{a}_ — that's a good intention, and a doable one.", "You said _{a}_; that's worth making room for.", "_{a}_ — a good thing to aim for."},
		qkDrain:   {"_{a}_ — that's worth noticing; it's fine to step back from what leaves you feeling worse.", "You said _{a}_; things like that wear most people down.", "_{a}_ — naming it makes it easier to do less of it."},
		qkSelf:    {"_{a}_ — a good thing to hope for.", "You said _{a}_; that's worth hoping for.", "_{a}_ — that's worth living up to."},
		qkAlone:   {"_{a}_ — feeling alone with people around is its own kind of lonely.", "You said _{a}_; that sounds lonely, and it's worth noticing.", "_{a}_ — feeling alone on the outside like that is hard."},
	}
	// ackTiny answers an answer of a word or two, by the question's kind,
	// without saying it back.
	ackTiny = map[int][]string{
		qkDefault: {
			"Thanks for putting it plainly; seeing it is where doing it differently starts.",
			"That's honest, and noticing it is most of the work.",
			"Fair enough — short and clear, and worth knowing about yourself.",
		},
		qkStep: {
			"Something small is plenty; it can take shape as the week goes.",
			"A small step is the right size — it can firm up when the moment comes.",
			"That's enough to start with; a step doesn't have to be planned to the minute.",
		},
	}
	// ackNoEcho thanks an answer too long to say back whole.
	ackNoEcho = []string{
		"Thank you — there's a lot in that, and it helps to have it in words.",
		"Thank you for putting all that into words.",
		"That's a lot to think about, and it's useful to have it written down.",
		"Thank you. That's a lot to hold, and it's good to have it said.",
		"I'm glad you wrote all of that out; it's worth having in words.",
	}
	// ackYes answers a plain "yes".
	ackYes = []string{
		"Good. Let's keep it small and doable.",
		"Great, that's settled then.",
		"Good to hear.",
		"Good, that's settled.",
		"Lovely, let's go with that.",
	}
)

func pickAck(pool []string, v int) string { return pool[v%len(pool)] }

// fitAck capitalises an acknowledgement, an echo in italics included, and
// keeps it within ackMax: one that would not fit is thanks without an echo.
func fitAck(s string) string {
	if rest, ok := strings.CutPrefix(s, "_"); ok {
		s = "_" + upFirst(rest)
	} else {
		s = upFirst(s)
	}
	if len(s) > ackMax {
		return ackNoEcho[0]
	}
	return s
}

// roleOf says who name is to the person, when the answer says so right
// around the name: "my sister Ana" gives "family", "Tom from my old job"
// "an old colleague".
func roleOf(answer, name string) string {
	low := strings.ToLower(draftClean(answer))
	i := strings.Index(low, strings.ToLower(name))
	if i < 0 {
		return ""
	}
	before := strings.Fields(low[:i])
	if n := len(before); n > 0 {
		if r, ok := roleWords[before[n-1]]; ok {
			return r
		}
	}
	after := low[i+len(name):]
	for _, r := range roleAfter {
		if r.re.MatchString(after) {
			return r.role
		}
	}
	return ""
}

var roleWords = map[string]string{
	"sister": "family", "brother": "family", "mum": "family", "mom": "family", "dad": "family", "cousin": "family",
	"aunt": "family", "uncle": "family", "grandma": "family", "grandpa": "family", "niece": "family", "nephew": "family",
	"son": "family", "daughter": "family", "mother": "family", "father": "family", "sis": "family", "bro": "family",
	"friend": "a friend", "bestie": "a close friend", "colleague": "a colleague", "coworker": "a colleague",
	"neighbour": "a neighbour", "neighbor": "a neighbour", "partner": "your partner", "flatmate": "a flatmate",
	"roommate": "a roommate", "boss": "someone from work", "mentor": "a mentor", "teacher": "a teacher",
}

var roleAfter = []struct {
	re   pattern
	role string
}{
	{mustPattern(`^,? (?:from|at|in) (?:my |our )?(?:old|last|previous|former) (?:job|work|office|team|company)\b`), "an old colleague"},
	{mustPattern(`^,? (?:from|at) (?:work|the office|my job|my team)\b`), "a colleague"},
	{mustPattern(`^,? (?:from|at|in) (?:my |our )?(?:old )?(?:school|college|uni|university|class)\b`), "a school friend"},
	{mustPattern(`^,? (?:from|at) (?:the )?(?:gym|club|choir|team|church|mosque|temple|book club|running club)\b`), "someone from a shared hobby"},
	{mustPattern(`^,? (?:next door|down the road|upstairs|downstairs)\b`), "a neighbour"},
}

// reLeadPronoun is an answer that opens on "she" or "he": "that she
// basically raised me", "he always asks".
var reLeadPronoun = mustPattern(`(?i)^((?:that|how|because|when|just that|mostly that) )?(she|he)\b`)

// resolveLead names the person an answer opens on by pronoun, when the
// earlier answers of the reflection named exactly one who fits ("my aunt
// grace", then "that she basically raised me" is her aunt): said back, "she"
// alone would leave it unclear whom the companion heard.
func resolveLead(answer string, earlier []string) string {
	m := reLeadPronoun.FindStringSubmatchIndex(answer)
	if m == nil || len(earlier) == 0 {
		return answer
	}
	want := byte('f')
	if strings.EqualFold(answer[m[4]:m[5]], "he") {
		want = 'm'
	}
	names := answerNames(earlier...)
	var fit []listen.Mention
	for _, e := range earlier {
		for _, p := range listen.Mentions(reAside.ReplaceAllString(e, ""), names) {
			f := strings.Fields(p.Ref)
			if last := strings.ToLower(f[len(f)-1]); groupWords[last] || strings.HasSuffix(last, "s") && !p.Named {
				// "my cousins", "my friends": not a she or a he.
				continue
			}
			if (p.Gender == want || p.Gender == 0) && !slices.ContainsFunc(fit, func(o listen.Mention) bool { return strings.EqualFold(o.Who, p.Who) }) {
				fit = append(fit, p)
			}
		}
	}
	if len(fit) != 1 {
		return answer
	}
	who := fit[0].Who
	if rest, ok := strings.CutPrefix(fit[0].Ref, "your "); ok {
		// "my aunt": said in the person's own words, as they said it.
		who = "my " + rest
	}
	return answer[:m[4]] + who + answer[m[5]:]
}
