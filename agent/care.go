package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/safety"
)

// Care mode: after a crisis reply the companion stays with the person for
// a while, in the language of that reply (care_lang.go). Its replies are
// short and plain; every one keeps the helplines a tap away; it offers to help write to someone the person trusts, and that
// message asks for support. No guide paragraphs, no menus, and a flow the
// crisis put on hold comes back only when the person asks for it.
//
// Care mode ends when the person clearly starts something else (a command,
// a question for the guide about something else, a reminder), asks for the
// paused flow back, or after careQuiet without a message. Group chats have
// no care mode.

// careQuiet is how long care mode lasts without a message from the person.
const careQuiet = 12 * time.Hour

// Care steps kept in CareState.Step.
const (
	careStepWho   = "who"
	careStepDraft = "draft"
)

// enterCare starts care mode, or starts it afresh; the crisis reply calls it
// once it has been said. situation is what the reply was about, by the
// names of safety.Situation: "self", "abuse", "other" or "medical"; lang
// is the language the reply was given in. A flow
// the crisis put on hold is held, so that nothing offers it again unasked.
func (t *turn) enterCare(situation, lang string) {
	if t.m.Group {
		return
	}
	c := t.p.Flow.Care
	if c == nil {
		c = &CareState{}
	}
	*c = CareState{Situation: situation, Lang: lang, Since: t.now, Last: t.now, Declined: c.Declined, Turns: c.Turns}
	if situation == "other" {
		c.AtRisk = atRiskIn(t.text)
	}
	t.p.Flow.Care = c
	if t.p.Flow.Paused != nil {
		t.p.Flow.Paused.Held = true
	}
}

// careActive reports whether care mode is on for this turn.
func (t *turn) careActive() bool {
	return t.p.Flow.Care != nil && t.p.Flow.Name == "" && !t.m.Group
}

// careTick runs at the start of every turn: care mode ends after a long
// quiet, and a held flag on the running flow (it was resumed) is dropped.
func (t *turn) careTick() {
	t.p.Flow.Held = false
	if c := t.p.Flow.Care; c != nil && !t.m.Group && t.now.Sub(c.Last) >= careQuiet {
		t.p.Flow.Care = nil
	}
}

// idleControl answers a control word ("ok", "yes", "skip") outside any
// flow. A flow a crisis put on hold is not offered back.
func (t *turn) idleControl() {
	if t.skipToOffered() || t.planDidIt() {
		return
	}
	if p := t.p.Flow.Paused; p != nil && p.Held {
		t.say("We're not in the middle of anything right now. What would you like to do?", menuChoices()...)
		return
	}
	t.resumeOrMenu()
}

// careHold reports whether care mode holds back reminders and nudges, and
// until when: a plan step or a check-in prompt right after a crisis reply
// would be the cold kind of message care mode is there to avoid.
func (t *turn) careHold() (time.Time, bool) {
	c := t.p.Flow.Care
	if c == nil || t.p.Flow.Name != "" {
		return time.Time{}, false
	}
	until := c.Last.Add(careQuiet)
	return until, t.now.Before(until)
}

// endCare leaves care mode.
func (t *turn) endCare() { t.p.Flow.Care = nil }

// careChoice handles a pressed choice in care mode. It returns false when
// the choice is for the usual handling; a choice that starts something else
// ends care mode first.
func (t *turn) careChoice() bool {
	if !t.careActive() {
		return false
	}
	kind, arg, _ := strings.Cut(t.choice, ":")
	switch kind {
	case "crisis":
		t.p.Flow.Care.Last = t.now
		return false
	case "care":
	default:
		t.endCare()
		return false
	}
	c := t.p.Flow.Care
	c.Last = t.now
	c.Asked = false
	if lang := t.careLang(); lang != "" {
		t.careSayLang(lang)
		return true
	}
	switch arg {
	case "write":
		if c.Mentioned != nil && c.Offered == "write" {
			t.careDraft(c.Mentioned, "Of course. ")
			break
		}
		t.careAskWho()
	case "talk":
		t.careSay(careTalk, "")
	case "softer", "shorter", "another":
		if c.Draft == nil {
			t.careSay(careShare, "")
			break
		}
		t.careRevise(arg)
	case "done":
		if c.Draft == nil {
			t.careSay(careShare, "")
			break
		}
		t.careFinish()
	default:
		t.careSay(careShare, "")
	}
	return true
}

// careText answers a typed message in care mode. It returns false, having
// ended care mode, when the message starts something else.
func (t *turn) careText(in Intent) bool {
	if !t.careActive() {
		return false
	}
	c := t.p.Flow.Care
	n := careNormalize(t.text)
	if !in.Command && (c.Lang == "" || c.Lang == "en") && t.careTakenBack(n) {
		// "nvm", "jk": what was said still mattered (care_sorry.go).
		return true
	}
	if in.Command || (globalIntent(in.Kind) && !carePlea(n)) {
		t.endCare()
		return false
	}
	t.careFollowLanguage()
	asked := c.Asked
	c.Asked = false
	if c.Situation == "self" && !in.Command {
		// The risk going on comes before anything else care mode hears.
		if c.Lang != "" && c.Lang != "en" {
			if t.careRiskInLang(c.Lang) {
				c.Last = t.now
				return true
			}
		} else if k := careRiskKind(t.text); k != riskNone {
			c.Last = t.now
			t.careSaysRisk(k)
			return true
		}
	}
	if (c.Lang == "" || c.Lang == "en") && t.careMisread() {
		// "no not like that, i'm moving abroad" (care_misread.go).
		return true
	}
	if c.Lang != "" && c.Lang != "en" && t.careWhyInLang(c.Lang) {
		c.Last = t.now
		return true
	}
	kind := classifyCare(t.text, in)
	if c.Situation == "other" && t.careLang() == "" && t.careReach(kind, in) {
		c.Last = t.now
		return true
	}
	switch kind {
	case careShare, careTalk, careOkay, careYes, careThanks, careHello, careRefuse, careAdvice, careOther:
		if t.careLinesOrLeave() {
			c.Last = t.now
			return true
		}
	}
	if lang := t.careLang(); lang != "" {
		return t.careTextLang(lang, kind)
	}
	if c.Step == careStepDraft && t.careDraftReply(kind) {
		c.Last = t.now
		return true
	}
	if c.Step == careStepWho && t.careWhoAnswer(kind) {
		c.Last = t.now
		return true
	}
	switch kind {
	case careOther:
		t.endCare()
		if q := careAsksElse(t.text); q != "" {
			// The something else asked about is what is answered.
			t.text = q
		}
		return false
	case careResume:
		return t.careResume()
	case careBefore:
		c.Last = t.now
		t.careSaysBefore()
		return true
	case careWhy:
		c.Last = t.now
		t.careSaysWhy()
		return true
	}
	c.Last = t.now
	c.Step, c.Draft = "", nil
	if (kind == careShare || kind == careWho || kind == careOkay) && t.careCompany() {
		return true
	}
	if (kind == careShare || kind == careWho) && t.careMention() {
		return true
	}
	switch kind {
	case careWrite:
		t.careWriteTo(t.text)
	case careYes:
		if careAck(n) && !asked {
			// A bare "ok" after a reply that asked nothing acknowledges
			// it; it takes up no button.
			t.careSay(careYes, "")
			break
		}
		if c.Offered == "write" && c.Mentioned != nil {
			t.careDraft(c.Mentioned, "Of course. ")
			break
		}
		if c.Offered == "write" {
			t.careAskWho()
			break
		}
		t.careSay(careYes, "")
	case careRefuse:
		t.careSay(careRefuse, "")
		c.Declined = true
	default:
		t.careSay(kind, careFeeling(n))
	}
	return true
}

// careResume brings back the held flow the person asked for by name. With
// nothing paused, or a different flow paused, care mode ends and the
// message is read as usual.
func (t *turn) careResume() bool {
	paused := t.p.Flow.Paused
	want := careResumeWhat(careNormalize(t.text))
	if paused == nil || (want != "" && want != paused.Name) {
		t.endCare()
		return false
	}
	t.endCare()
	paused.Held = false
	t.resume()
	return true
}

// careResumeWhat names the flow a request to go back asks for, or "".
func careResumeWhat(n string) string {
	words := " " + n + " "
	switch {
	case containsAny(words, " reflection ", " reflecting ", " questions "):
		return flowReflect
	case strings.Contains(words, " plan "):
		return flowPlan
	case containsAny(words, " message ", " draft ", " text ", " letter ", " note "):
		return flowDraft
	}
	return ""
}

// careWhoAnswer reads the answer to "who would you like to write to?". It
// returns false when the message is something else, for the usual care
// handling.
func (t *turn) careWhoAnswer(kind careKind) bool {
	switch kind {
	case careShare, careYes, careWrite, careWho:
	default:
		return false
	}
	c := t.p.Flow.Care
	n := careNormalize(t.text)
	name, rel := careRecipient(t.text)
	if name == "" && rel == "" && kind != careWrite {
		name = nameFromAnswer(t.text)
	}
	if name == "" && rel == "" {
		c.Step = ""
		switch {
		case careProfessional.MatchString(" " + n + " "):
			c.Turns++
			t.say("Talking to your doctor is a really good step. Booking an appointment and saying you've been struggling is enough to start with — they'll take it from there.",
				t.careHelplines(), Choice{ID: "care:talk", Label: "Just talk"})
		case kind == careShare && careFeeling(n) != "":
			return false
		default:
			c.Turns++
			t.say("That's okay — you don't have to pick anyone now. If someone comes to mind later — "+careWhoPeople(c.Situation)+" — I can help then. I'm here in the meantime.",
				t.careHelplines(), Choice{ID: "care:talk", Label: "Just talk"})
		}
		return true
	}
	t.careDraft(&CareDraft{Name: name, Relationship: rel}, "")
	return true
}

// careWriteTo starts a message asking for support to whoever text names,
// or asks who it is for.
func (t *turn) careWriteTo(text string) {
	name, rel := careRecipient(text)
	if m := t.p.Flow.Care.Mentioned; name == "" && rel == "" && m != nil && careNamesSomeone(careNormalize(text)) {
		// "can you help me write to her", after naming her.
		t.careDraft(m, "Of course. ")
		return
	}
	if name == "" && rel == "" {
		if careNamesSomeone(careNormalize(text)) {
			t.careDraft(&CareDraft{}, "Of course. ")
			return
		}
		t.careAskWho()
		return
	}
	t.careDraft(&CareDraft{Name: name, Relationship: rel}, "Of course. ")
}

// careNamesSomeone reports a message to "him", "her" or "them": someone
// known to the person, just not named.
func careNamesSomeone(n string) bool {
	for _, w := range strings.Fields(n) {
		if w == "him" || w == "her" || w == "them" {
			return true
		}
	}
	return false
}

// careRecipient finds whom a message is for: a name ("Sam", "Mum"), or who
// they are to the person ("brother"). A relationship is never turned into a
// name: "my brother" is greeted as "Hey", not "Hi My Brother".
func careRecipient(text string) (name, rel string) {
	name, rel = draftRecipient(draftClean(text))
	if _, kin := kinshipNames[strings.ToLower(name)]; name != "" && relWords[strings.ToLower(name)] && !kin {
		name = ""
	}
	if strings.EqualFold(name, "someone") || strings.EqualFold(name, "somebody") || !plausibleName(name) {
		// "my cat needs someone to look after her": "look" is no one.
		name = ""
	}
	return name, rel
}

// careAskWho asks whom to write to.
func (t *turn) careAskWho() {
	c := t.p.Flow.Care
	c.Step, c.Draft, c.Offered = careStepWho, nil, ""
	c.Turns++
	t.say("Of course. Who would you like to reach out to? A name, or who they are to you, is enough — “my brother”, “Sam”.",
		t.careHelplines())
}

// careSay gives the care reply for kind; feeling, when set, names what the
// person said they feel.
func (t *turn) careSay(kind careKind, feeling string) {
	c := t.p.Flow.Care
	c.Turns++
	c.Offered = ""
	offer := func() []Choice {
		if c.Declined {
			return []Choice{t.careHelplines()}
		}
		c.Offered = "write"
		return []Choice{careWriteChoice(), t.careHelplines()}
	}
	switch kind {
	case careThanks:
		if c.Turns%2 == 0 {
			t.say("Any time. I'm still here whenever you want to talk.", t.careHelplines())
			break
		}
		t.say("You don't need to thank me — I'm glad you're here. We can keep talking as long as you like, and the helplines are there any time.",
			offer()...)
	case careTalk:
		t.say("Of course. I'm right here, and there's no rush. What's on your mind?", t.careHelplines())
	case careOkay:
		if n := careNormalize(t.text); reproached(n) {
			// "i'm ok now, sorry for being dramatic" (care_sorry.go).
			t.say(reproachReply(n, matchAny(careOkayRules, " "+n+" ")), t.careHelplines())
			break
		}
		t.say("I'm really glad it feels a bit easier. There's nothing you need to do now. If it gets heavy again, the helplines are there — and so am I, any time.",
			t.careHelplines())
	case careWho:
		t.say(careWhoText(c.Situation), offer()...)
		c.Asked = true
	case careAdvice:
		t.say(careAdviceText(c.Situation, t.emergencyIn("en"), t.abuseLine()), offer()...)
	case careRefuse:
		if c.Declined {
			t.say("That's okay. No pressure at all — we can just talk, or not. I'm here either way.", t.careHelplines())
			return
		}
		t.say("That's okay — you don't have to call or tell anyone right now. I'm still here, and the lines will be there if you change your mind. If a short text to someone you trust ever feels easier, I can help you put it into words.",
			careWriteChoice(), t.careHelplines(), Choice{ID: "care:talk", Label: "Just talk"})
		c.Offered = "write"
	case careYes:
		t.say("Okay. I'm still here — how are you doing right now?", t.careHelplines())
	case careHello:
		t.say("Hi. I'm glad you're here. How are you feeling right now?", t.careHelplines())
	default:
		t.say(careListenText(feeling, c.Turns), t.careHelplines())
	}
}

// careWhoText suggests whom to tell. After a crisis about abuse, family is
// not suggested: it may be where the harm comes from.
func careWhoText(situation string) string {
	return "It can be anyone you feel safe with — " + careWhoPeople(situation) + ". It doesn't have to be the closest person, just someone who'd be kind about it. Would it help if we wrote the first message together?"
}

// careWhoPeople names the kinds of people one could tell.
func careWhoPeople(situation string) string {
	if situation == "abuse" {
		return "a friend you trust, your doctor, or someone at one of the helplines"
	}
	return "a friend, someone in your family, or your doctor"
}

// careProfessional names a doctor or a therapist, someone to see rather
// than to text.
var careProfessional = mustPattern(`\b(?:doctor|gp|therapist|counsel+or|psychologist|psychiatrist|nurse)\b`)

// careListenText is the listening reply: the feeling named in the
// companion's own words when there is one, and an invitation to say more.
func careListenText(feeling string, turns int) string {
	invites := []string{
		"I'm listening — tell me more, if you want to.",
		"I'm here. Say as much or as little as you like.",
		"Take your time. What's it been like?",
	}
	invite := invites[turns%len(invites)]
	if feeling == "" {
		return invite
	}
	return feeling + " " + invite
}

// careHelplines is the helplines choice on every care reply, in the
// language of the crisis reply so that the list comes in it too.
func (t *turn) careHelplines() Choice {
	lang := ""
	if c := t.p.Flow.Care; c != nil {
		lang = c.Lang
	}
	return helplinesChoice(lang)
}

// helplinesChoice is the button that lists the helplines, in lang where
// the crisis replies have words (the list then keeps the language),
// English otherwise.
func helplinesChoice(lang string) Choice {
	if w, ok := safety.WordsFor(lang); ok && lang != "" && lang != "en" {
		return Choice{ID: "crisis:helplines:" + lang, Label: w.ShowHelplines}
	}
	w, _ := safety.WordsFor("en")
	return Choice{ID: "crisis:helplines", Label: w.ShowHelplines}
}

func careWriteChoice() Choice { return Choice{ID: "care:write", Label: "Help me write to someone"} }

// careMention answers a message that names someone close without asking
// anything ("maybe. i have a cousin, jana, who i used to be close with"):
// that person is worth reaching out to, and writing to them is offered.
// It reports false, saying nothing, when the message names no one or asks
// something.
func (t *turn) careMention() bool {
	if strings.Contains(t.text, "?") || questionStart.MatchString(withoutLead(foldText(t.text))) {
		return false
	}
	if f := foldText(t.text); len(strings.Fields(f)) <= 3 && reMisreadJoke.MatchString(f) {
		// "jk", "lol nvm": a take-back names no one.
		return false
	}
	name, rel := careRecipient(t.text)
	if p := people.Find(t.text); name == "" && p.Found() && !p.Group {
		name, rel = p.Name, orElse(p.Said, p.Relation)
	}
	if name == "" && rel == "" {
		return false
	}
	c := t.p.Flow.Care
	d := &CareDraft{Name: name, Relationship: rel}
	c.Mentioned, c.Offered, c.Asked = d, "write", true
	c.Turns++
	who := name
	if who == "" {
		who = "Your " + rel
	}
	them := careObject(t.text, rel)
	t.say(who+" sounds like someone worth reaching out to. Would it help to write "+them+" a few words together? Nothing long — just enough to let "+them+" know.",
		Choice{ID: "care:write", Label: clip("Help me write to "+orElse(name, "my "+rel), 40)}, t.careHelplines())
	return true
}

// careObject is the pronoun for someone named in text as rel: "her" or
// "him" when text or the family word says which ("my sister"), "them"
// otherwise.
func careObject(text, rel string) string {
	switch p := textPronoun(text); p {
	case "her", "him":
		return p
	}
	return relationPronoun(rel)
}

// relationPronoun is the object pronoun a relationship says ("my sister":
// "her"); "them" when its words say nothing of it.
func relationPronoun(rel string) string {
	for _, w := range strings.Fields(strings.ToLower(rel)) {
		if g, ok := relGender[w]; ok {
			return pronounFor(g)
		}
	}
	return "them"
}

// careAcks are whole messages that acknowledge and agree to nothing:
// "ok", "alright", "fine", "got it".
var careAcks = wordset.Of(`ok alright fine cool right noted understood`)

// careAck reports a bare acknowledgement, normalised by careNormalize: one
// or two words of careAcks, or "got it", "i see", "fair enough".
func careAck(n string) bool {
	switch n {
	case "got it", "i see", "fair enough", "ok then", "alright then", "ok got it", "mhm", "hm", "hmm":
		return true
	}
	ws := strings.Fields(n)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if !careAcks[w] {
			return false
		}
	}
	return true
}
