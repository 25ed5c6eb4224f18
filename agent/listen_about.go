package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A message about someone that asks for nothing ("my roomie is moving
// out", "she just beat cancer", "my best mate hasnt replied in a week and
// its eating me up") is listened to first: the news or the feeling named,
// glad or sorry about the right person, and then an offer that fits — a
// message to them, a reminder, a moment to think about who matters. A
// draft starts only when the person takes it up.

// animalCare are words that only an animal's care uses: the one told of
// alongside them is a pet.
var animalCare = wordset.Of(`vet vets veterinary kennel kennels cattery groomer groomers`)

// listenAbout answers a message that tells news, a change or a feeling
// about someone, or about the person themselves, with a listening reply.
// who is the person as the caller found them ("Sam", "your sister"; ""
// lets it find them itself). It reports false, saying nothing, when the
// message tells none of these, or asks something: the caller goes on.
func (t *turn) listenAbout(who string) bool {
	if t.disclosedReply() {
		// "told my parents i failed my resits": a hard truth told, a
		// brave step whose outcome is still open, not the news itself.
		return true
	}
	if !tellsOf(t.text) {
		return false
	}
	n := readTold(t.text)
	if n.kind == newsRecovery && n.writeTo != "" && n.writeTo == n.about && hasAnyWord(foldText(t.text), animalCare) {
		// "vet says the lump on Biscuit is nothing bad": Biscuit is a
		// pet, glad news to hear with no one to write to.
		n.writeTo = ""
	}
	if who != "" {
		n.writeTo = who
		if n.about == "" {
			n.about = who
		}
	}
	if n.obj == "them" && n.writeTo != "" && n.writeTo == n.about {
		// "Tom got engaged": Tom, kept as a son, is "him" in the reply
		// as in the change reply.
		n.obj = t.contactPronoun(n.writeTo)
	}
	own, felt := ownFeelingIn(t.text)
	good := n.kind == newsRecovery || n.kind == newsWin || n.kind == newsBaby
	switch {
	case (n.kind == newsNone || n.kind == newsDeath) && concernFor(t.text):
		// "my gran's been really low since grandad passed": worry for
		// her, with the loss behind it.
		t.concernReply(n)
	case feelingAbout(t.text, n):
		t.feelingTo(n.writeTo)
	case felt && n.kind == newsChange && n.self && happyTears(t.text) && gladChangeTold(t.text):
		// "became a citizen today, i cried at the ceremony": tears at a
		// glad change of one's own are joy, met gladly.
		t.changeReply(n)
	case felt && n.kind == newsChange && n.about == "" && !newsAlone(t.text):
		// "new job and i feel invisible there": the feeling first, with
		// the change named beside it (listen_changebeside.go).
		t.feelingWithOwnChange()
	case felt && (n.self && n.kind != newsSetback || n.kind == newsChange || n.kind == newsNone):
		t.feeling()
	case felt && good && happyTears(t.text):
		// "he got into medical school. i cried in the car park": tears
		// of joy, glad with them.
		t.newsReply(n, pick(t.text, []string{"Happy tears are the best kind.", "No wonder it brought tears, that's a proud moment."}))
	case good && !n.self && goingAway(t.text):
		// "she got the job in dublin, but she leaves in a month": glad
		// for her, and the goodbye it brings heard too.
		t.newsReply(n, pick(t.text, bittersweetLines))
	case felt && good:
		t.mixedNews(n, own)
	case !felt && t.theirLossReply():
		// "my mate's dad died last night": sorry, and how the one
		// grieving is (listen_theirloss.go).
	case n.kind == newsDeath && ownPetLost(t.text):
		// "the dog we grew up with died": the person's own loss.
		t.feeling()
	case n.self && (n.kind == newsIll || n.kind == newsDeath),
		!n.self && n.kind == newsDeath && n.about == n.writeTo:
		// Their own illness, or the death of someone of theirs: heard
		// as the feeling it is, never as someone's news.
		t.feeling()
	case n.kind == newsChange:
		t.changeReply(n)
	default:
		if !felt {
			own = ""
		}
		t.newsReply(n, own)
	}
	return true
}

// happyTears reports tears the only feeling told with good news: no hurt,
// worry or low word beside them.
func happyTears(text string) bool {
	rest := withoutNews(text)
	if !hasPhrase(lowPadded(rest), tearCues) {
		return false
	}
	_, low := findLow(rest)
	return !low
}

// reGoingAway tells that the one with the news is going away because of
// it: "she leaves in 3 weeks", "he's moving abroad for it".
var reGoingAway = mustPattern(`\b(?:she|he|they)(?:'?s|'?re|'?ll| is| are| will| will be)? (?:leaves|leaving|leave|moves away|moving away|move away|moves abroad|moving abroad|move abroad|moving overseas|moves overseas|flies out|flying out|emigrates|emigrating|relocates|relocating|goes abroad|off for good|gone for good)\b`)

// goingAway reports glad news that takes the one it is about away from
// the person.
func goingAway(text string) bool {
	return reGoingAway.MatchString(foldText(text))
}

// bittersweetLines hear the goodbye beside someone else's good news.
var bittersweetLines = []string{
	"It's bittersweet for you too, though — being happy for someone and sad to see them go can both be true at once.",
	"And it's a bit bittersweet, with a goodbye coming so soon; you can be proud and miss them already, all at once.",
}

// gladChangeTold reports a change of life told whose own reply is glad:
// a citizenship, a graduation, a new home bought, never a move forced or
// a breakup.
func gladChangeTold(text string) bool {
	c, ok := findChange(lowPadded(text))
	if !ok || len(c.self) == 0 {
		return false
	}
	for _, line := range c.self {
		if !reGladOpening.MatchString(foldText(line)) {
			return false
		}
	}
	return true
}

// reGladOpening opens a reply gladly.
var reGladOpening = mustPattern(`^(?:congratulations|congrats|how exciting|how lovely|how wonderful|what wonderful|what lovely|that'?s wonderful|that'?s amazing|that'?s brilliant|amazing|wonderful|brilliant|yay|woo|hooray)\b`)

// changeTold reports a change of life told, the person's own or someone
// else's, that asks nothing.
func changeTold(text string) bool {
	return tellsOf(text) && readTold(text).kind == newsChange
}

// tellsOf reports whether text tells news, a change or a feeling, about
// someone or the person themselves, and asks nothing: what listenAbout
// answers.
func tellsOf(text string) bool {
	if asksSomething(withoutNotKnowing(text)) || strings.TrimSpace(text) == "" {
		return false
	}
	if draftOccasion(text) == OccasionBirthday && hasPhrase(lowPadded(text), birthdayWords) || thinkingOf.MatchString(foldText(text)) {
		// A birthday coming up, someone on their mind: what a message is
		// for, which the drafting flow offers at once.
		return false
	}
	if wishWords.MatchString(foldText(withoutNotKnowing(text))) {
		// "…and i never replied. help", "i don't want to nag": a wish,
		// which is the drafting flow's to hear.
		return false
	}
	n := readTold(text)
	return n.kind != newsNone || feelingAbout(text, n) || concernFor(text)
}

// birthdayWords name a birthday coming up, which the drafting flow writes
// for at once; an anniversary or a party told is news to be glad about.
var birthdayWords = phrases(`birthday | birthdays | bday | b day | turning | turns | 18th | 21st | 30th | 40th birthday | 50th birthday`)

// readTold is readNews with a second opinion for someone else's news its
// concept lists miss ("my friend tomas just got his phd", "my cousin is
// going through a lot"): the drafting flow's occasion reader, learned
// from how people ask for such messages, says whether it is a win or a
// hard time. The person's own news keeps the concept lists' reading.
func readTold(text string) newsReading {
	n := readNews(text)
	if n.kind != newsNone || n.self || n.about == "" || firstPerson.MatchString(foldText(text)) {
		return n
	}
	if reWithoutSomeone.MatchString(foldText(text)) || nuisance(text) {
		// "first easter without my grandma": her absence, no news of
		// hers, whatever occasion the day names; "my flatmate left her
		// dishes out five days in a row" is a nuisance, no hard time of
		// hers.
		return n
	}
	switch draftOccasion(text) {
	case OccasionWin:
		n.kind = newsWin
	case OccasionHardTime, OccasionSupport:
		n.kind = newsSetback
	case OccasionCondolence:
		if deathOfSomeone(text) {
			n.kind = newsDeath
		}
	}
	return n
}

// listensFirst reports a message that tells of someone and that listening
// answers before the drafting flow has a say: news of any kind (theirs or
// the person's own), a change of life, a feeling about someone. A message
// to them is offered, not started; birthdays and "thinking of X", which
// tellsOf leaves out, are the drafting flow's to answer with a draft.
func listensFirst(text string) bool {
	return tellsOf(text)
}

// newsOfOthers reports news told of someone else, or of their pet, that
// asks nothing: what listenAbout answers glad or sorry about them.
func newsOfOthers(text string) bool {
	if !tellsOf(text) {
		return false
	}
	n := readTold(text)
	return !n.self && (n.kind != newsNone || concernFor(text)) && n.about != ""
}

// feelingAbout reports a low feeling about someone: its words name one,
// or the listener is sure of a heavy one, and a person is named in it.
// News said with a feeling ("my sister got diagnosed and i'm scared") is
// the news's, which is heard with its feeling.
func feelingAbout(text string, n newsReading) bool {
	if n.kind != newsNone || n.self || gripe(text) || !firstPerson.MatchString(foldText(text)) {
		// A gripe about someone ("my boss is driving me up the wall")
		// is answered lightly, in kind; "my mate is having a rough
		// time" is theirs, not the person's own feeling.
		return false
	}
	if n.writeTo == "" {
		// "the group chat goes quiet whenever i post": a low feeling
		// about people, no one to write to.
		return lowStatement(text, classify(text))
	}
	if k, ok := findLow(text); ok && k.name != "moved" && k.name != "moving away" {
		return true
	}
	f := listen.Feel(text)
	return f.Sure() && !goodFeelings[f.Label] && f.Label != listen.None
}

// newsReply is glad or sorry with the person, about whoever the news is
// about, and offers to write to them when it is someone else's.
func (t *turn) newsReply(n newsReading, own string) {
	if n.self {
		if newsAlone(t.text) {
			// "passed my exams and no one to tell": glad, and the quiet
			// after the news heard too.
			t.say(newsAloneReply(t.text), newsAloneChoices...)
			return
		}
		if n.kind == newsSetback {
			// Their own disappointment: heard, and someone on their
			// side one tap away.
			t.p.Flow.Offer = &Offer{Kind: "talk"}
			t.say(ownNewsLine(t.text, n.kind), Choice{ID: "menu:draft", Label: "Message a friend"})
			return
		}
		if gladOwnNews(t.text, n.kind) {
			// "finally passed my driving test!!": glad, then the people
			// who would love to hear it, one tap away.
			t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text}
			t.say(ownNewsLine(t.text, n.kind)+" "+pick(t.text, tellSomeoneLines), Choice{ID: "offer:yes", Label: "Tell someone"})
			return
		}
		t.say(ownNewsLine(t.text, n.kind))
		return
	}
	line := theirNewsLine(t.text, n)
	if own != "" {
		// Sad news with the person's own feeling about it ("…and i
		// didn't go to the funeral, i feel terrible"): both heard.
		line += " " + own
	}
	if n.writeTo == "" {
		t.say(line)
		return
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.carriedRequest(t.text), Recipient: n.writeTo, Listening: true}
	choices := []Choice{{ID: "offer:yes", Label: clip("Write to "+n.writeTo, 40)}}
	if c, ok := t.guideNear(); ok {
		choices = append(choices, c)
	}
	t.say(line+" "+theirNewsOffer(t.text, n), choices...)
}

// guideNear is a button to the guide's section on what the person said
// they do not know how to do ("…and i don't know how to support her"),
// when the guide answers it well; ok is false otherwise.
func (t *turn) guideNear() (Choice, bool) {
	if t.m.Group || !reNotKnowing.MatchString(foldText(t.text)) {
		return Choice{}, false
	}
	ans := ComposeAnswer(t.a.guide, t.text)
	if !ans.Covered() || ans.Weak {
		return Choice{}, false
	}
	s := ans.Used[0]
	return Choice{ID: "section:" + clip(s.ID, 56), Label: "Read: " + clip(s.Title, 40)}, true
}

// theirNewsLine is glad or sorry about someone else's news, naming them
// and, when it can, what happened to them (newsPhrase): glad *for them*
// ("That's brilliant news about your best friend getting into her dream
// uni"), sorry for them and for the person who cares about them.
func theirNewsLine(text string, n newsReading) string {
	about := n.about
	if about == "" {
		about = "them"
	}
	// For whose sake the news matters besides the one it is about:
	// "Ellie's cat" → Ellie.
	also := ""
	if n.writeTo != "" && n.writeTo != n.about {
		also = " for " + n.writeTo
	}
	ev := ""
	if n.kind != newsDeath {
		ev = newsPhrase(text, n.about)
	}
	var line string
	switch n.kind {
	case newsRecovery:
		if ev != "" {
			line = pick(text, []string{
				"What a relief to hear about " + ev + " — that's wonderful news" + orElse(also, " for everyone") + ".",
				"Oh, that's such good news about " + ev + ". What a relief!",
			})
			break
		}
		line = pick(text, []string{
			"That's wonderful news about " + about + " — what a relief" + orElse(also, " for everyone") + ".",
			"Oh, what a relief! That's such good news for " + about + ".",
		})
	case newsBaby:
		if ev != "" {
			line = pick(text, []string{
				"What lovely news about " + ev + " — congratulations to them!",
				"Oh, how lovely — " + ev + "! A new baby is wonderful news.",
			})
			break
		}
		line = pick(text, []string{
			"What lovely news for " + about + " — a new baby!",
			"Oh, how lovely! A new baby is wonderful news for " + about + ".",
		})
	case newsWin:
		if hasPhrase(lowPadded(text), milestoneCues) {
			line = pick(text, []string{
				"Aw, what a special moment for " + about + "! Those firsts are something.",
				"Oh, that's lovely — a real milestone for " + about + ".",
			})
			break
		}
		if ev != "" {
			line = pick(text, []string{
				"That's brilliant news about " + ev + ". Good on " + n.obj + "!",
				"What wonderful news about " + ev + " — " + subjectPronoun(n.obj) + " must be thrilled!",
				"Oh, how brilliant — " + ev + "! That's wonderful news for " + n.obj + ".",
			})
			break
		}
		line = pick(text, []string{
			"That's great news for " + about + " — " + subjectPronoun(n.obj) + " must be thrilled!",
			"Oh, how wonderful for " + about + "! That's really good news.",
			"That's brilliant news for " + about + ". Good on " + n.obj + "!",
		})
	case newsDeath:
		line = "I'm so sorry about " + about + ". That's such sad news" + also + ", and for you."
	case newsIll:
		if accidentNews(text) {
			hoped := subjectOf(about)
			if n.obj != "them" {
				// Named once already: "I hope he's okay".
				hoped = subjectOf(n.obj)
			}
			if also != "" {
				// "Ellie's cat" said once: then "the cat".
				hoped = subjectOf("the " + about[strings.LastIndex(about, " ")+1:])
			}
			if ev != "" {
				line = "Oh no, I'm so sorry to hear about " + ev + ". I hope " + hoped + " okay" + andYou(also) + "."
				break
			}
			line = pick(text, []string{
				"Oh no, that's awful — I'm so sorry about " + about + ". I hope " + hoped + " okay" + andYou(also) + ".",
				"Oh no, what a horrible shock" + also + ". I'm so sorry about " + about + ", and I hope " + hoped + " okay.",
			})
			break
		}
		if ev != "" {
			line = pick(text, []string{
				"Oh no, I'm sorry to hear about " + ev + " — that's a lot for " + orElse(strings.TrimPrefix(also, " for "), n.obj) + ", and worrying for you too.",
				"I'm sorry to hear about " + ev + ". That's hard on " + n.obj + ", and worrying when it's someone you care about.",
			})
			break
		}
		line = pick(text, []string{
			"Oh no, I'm sorry to hear about " + about + " — that's a lot for " + orElse(strings.TrimPrefix(also, " for "), n.obj) + ", and worrying for you too.",
			"I'm sorry — that's hard on " + about + ", and it's worrying when it's someone you care about.",
		})
	default:
		if ev != "" {
			line = pick(text, []string{
				"Oh no, I'm sorry to hear about " + ev + " — that's rough on " + n.obj + ", and not easy for you either.",
				"I'm sorry about " + ev + "; that's a real blow for " + n.obj + ", and not easy to hear.",
			})
			break
		}
		line = pick(text, []string{
			"Oh no, that's rough on " + about + ". I'm sorry, for " + n.obj + " and for you.",
			"I'm sorry, that's a real blow for " + about + ", and not easy to hear.",
		})
	}
	return line
}

// milestoneCues are a small child's firsts: glad news, and no one's
// achievement to congratulate.
var milestoneCues = phrases(`first steps | first words | first word | first tooth | started walking | started crawling |
said mama | said dada`)

// theirNewsOffer offers to write to whoever the news would go to.
func theirNewsOffer(text string, n newsReading) string {
	switch n.kind {
	case newsRecovery, newsWin, newsBaby:
		to := n.obj
		if n.writeTo != n.about || to == "them" {
			to = n.writeTo
		}
		return pick(text, []string{
			"Want to send " + to + " a few words?",
			"Would you like to send " + to + " a quick note?",
		})
	}
	return "A few words from you might mean a lot to " + n.writeTo + " right now; want help writing them?"
}

// subjectOf is "they are" said of who the news is about: "your brother
// is", "she's".
func subjectOf(about string) string {
	switch about {
	case "her":
		return "she's"
	case "him":
		return "he's"
	case "them", "":
		return "they're"
	}
	return about + " is"
}

// orElse is s, or otherwise when s is empty.
func orElse(s, otherwise string) string {
	if s != "" {
		return s
	}
	return otherwise
}

// subjectPronoun is the subject pronoun for an object one: "her" → "she".
func subjectPronoun(obj string) string {
	switch obj {
	case "her":
		return "she"
	case "him":
		return "he"
	}
	return "they"
}

// andYou adds the person to a hope for the one hurt, or the one they
// belong to when there is one.
func andYou(also string) string {
	if also != "" {
		return ", and that" + strings.TrimPrefix(also, " for") + " is holding up"
	}
	return ", and that you're okay too"
}

// ownNewsLine answers the person's own news: glad for a recovery or a
// win, sorry for a setback.
// gladOwnNews reports the person's own news of kind k, told in text, as
// glad: a win, a baby or a recovery, not an end reached worn out.
func gladOwnNews(text string, k newsKind) bool {
	switch k {
	case newsRecovery, newsBaby:
		return true
	case newsWin:
		return !hasPhrase(lowPadded(text), tiredCues)
	}
	return false
}

// tellSomeoneLines follow the person's own glad news: who would love to
// hear it, and help telling them.
var tellSomeoneLines = []string{
	"Who would love to hear it from you? I can help you tell them.",
	"Is there someone who'd be thrilled to hear? I can help you write to them.",
}

func ownNewsLine(text string, k newsKind) string {
	switch k {
	case newsRecovery:
		return pick(text, []string{
			"That's wonderful news — what a relief. I hope you can take a breath and enjoy it.",
			"Oh, what a relief! I'm so glad. That's really good news.",
		})
	case newsWin, newsBaby:
		if k == newsWin && hasPhrase(lowPadded(text), tiredCues) {
			// "just finished a long shift": an end reached worn out,
			// no win.
			return gripeReply(text)
		}
		return goodNewsReply(text)
	}
	return pick(text, []string{
		"Oh no, I'm sorry — that's disappointing, and it's fine to feel gutted about it. How are you doing?",
		"I'm sorry, that's a real blow. Be kind to yourself today. How are you feeling about it?",
	})
}
