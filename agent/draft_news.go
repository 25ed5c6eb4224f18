package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// Someone else's news told with nothing asked ("my sister just got
// engaged!!!", "my flatmate passed her driving test", "ellie's cat got hit
// by a car") is heard first: a glad or sorry word about *them*, and an
// offer to write to them, one tap away. Nobody asked for a draft yet, and a
// friend would not start writing one. The listening reply says the words
// (listenAbout); the drafting flow takes the yes: the tap, "yes", or a
// request that points back at them ("write to her", "ok send him
// something") starts the draft from the news, so nothing is asked twice.
//
// What a message plainly settles is still written at once: a reply that
// never came (one gentle follow-up), a birthday coming up, their own
// apology, a group gone quiet. Kindness received and someone on the
// person's mind, told without asking, are feelings: heard, with an offer
// (draft_felt.go).

// hearNews answers a statement that asks for nothing but tells of
// someone: a draft for what a message settles, the listening reply for
// news and feelings, and an offer to write for news listening left. It
// reports false, saying nothing, for anything else.
func (t *turn) hearNews(in Intent) bool {
	occ := theirNews(t.text, in)
	if occ == OccasionFollowUp || occ == OccasionGroup && followUpTold(t.text) {
		// A silence after reaching out, told however: the story is not
		// news to be glad or sorry about.
		return t.draftForNews(in)
	}
	heard := in.Kind == IntentNone || in.Kind == IntentFeeling || in.Kind == IntentAsk
	if heard && tellsOf(t.text) && t.listenAbout("") {
		return true
	}
	if occ == OccasionWin || occ == OccasionHardTime || feltNotAsked(t.text, occ) {
		return t.offerForNews(occ)
	}
	if !writeAsked(t.text) && reKeepYearly.MatchString(foldText(t.text)) && t.askYearlyDate(t.text) {
		// "add kofi's birthday": a date to keep, so when is it?
		return true
	}
	return t.draftForNews(in)
}

// reKeepYearly asks for a yearly date to be kept: "add my best friend's
// birthday", "can you save our anniversary".
var reKeepYearly = mustPattern(`^(?:(?:please|pls|can you|could you|can u|will you|ok|hey|hi|and|also) )*(?:add|save|keep|store|remember|note|put in|log)\b.*\b(?:birthday|bday|b-day|anniversary)\b`)

// offerForNews is glad or sorry about someone's news the listening reply
// did not take, and offers to write to them.
func (t *turn) offerForNews(occ string) bool {
	who := people.Find(t.text).Mention()
	if who == "" {
		return false
	}
	line := "That sounds hard for " + who + ". A few words from you might help; want to send " + objectOf(who) + " some?"
	switch occ {
	case OccasionWin:
		line = "What lovely news for " + who + "! Want to send " + objectOf(who) + " a few words?"
	case OccasionThanks, OccasionThinking:
		line = feltOffer(occ, who)
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.carriedRequest(t.text), Recipient: who, Listening: true}
	t.say(line, Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
	return true
}

// carriedRequest is text joined to the news an offer to write was made
// for, when text goes on about the same person ("my sister just got
// engaged!!", then "her boyfriend proposed on a hike"): the draft, when
// taken, is for all of it. text alone otherwise.
func (t *turn) carriedRequest(text string) string {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "draft" || !o.Listening || strings.TrimSpace(o.Request) == "" ||
		!backToThem.MatchString(foldText(text)) || strings.Contains(o.Request, text) {
		return text
	}
	if p := people.Find(text); namesOther(text, o.Request) && !theirsToo(foldText(text), p) {
		// "her boyfriend" is hers: no one new.
		return text
	}
	return joinTold(o.Request, text)
}

// theirsToo reports a person said as belonging to the one spoken of:
// "her boyfriend", "his mum".
func theirsToo(folded string, p people.Person) bool {
	said := strings.ToLower(p.Said)
	if said == "" {
		return false
	}
	for _, own := range []string{"her ", "his ", "their "} {
		if strings.Contains(folded, own+said) {
			return true
		}
	}
	return false
}

// backToThem points back at someone already spoken of.
var backToThem = mustPattern(`\b(?:she|he|they|her|him|his|their|them|she's|he's|they're)\b`)

// objectOf is who, or "them" when who is a description ("your sister")
// already said once in the same sentence.
func objectOf(who string) string {
	if strings.HasPrefix(who, "your ") || strings.HasPrefix(who, "the ") {
		return "them"
	}
	return who
}

// withOffered joins a request to write to the statement an offer to write
// came from, when the request names no one else: "write to her" after
// "my sister just got engaged" is a draft to the sister for her
// engagement. The offer is taken; text is returned as it is otherwise.
func (t *turn) withOffered(text string) string {
	o := t.p.Flow.Offer
	if !t.writeOffer() || strings.TrimSpace(text) == "" || namesOther(text, o.Request) {
		return text
	}
	t.p.Flow.Offer = nil
	return joinTold(o.Request, text)
}

// joinTold puts what was told before and what is told now into one
// request, the first closed as a sentence.
func joinTold(before, now string) string {
	before = strings.TrimSpace(before)
	if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?") {
		before += "."
	}
	return before + " " + now
}

// namesOther reports text naming someone other than the one the offered
// request is about.
func namesOther(text, offered string) bool {
	p := people.Find(text)
	return p.Found() && !samePerson(p, people.Find(offered))
}

// samePerson reports whether a and b are the same one: the same name, or
// the same relationship with no names to tell them apart.
func samePerson(a, b people.Person) bool {
	if a.Name != "" || b.Name != "" {
		return strings.EqualFold(a.Name, b.Name) || a.Name == "" && a.Relation != "" && a.Relation == b.Relation
	}
	return a.Relation != "" && a.Relation == b.Relation || a.Group && b.Group
}

// offerTaken reports a request to write, naming no one else, made while
// an offer to write is open: "ok can you help me send something", "yes
// pls write her a note", "can you write it for me".
func (t *turn) offerTaken(text string) bool {
	if !t.writeOffer() || namesOther(text, t.p.Flow.Offer.Request) {
		return false
	}
	f := foldText(text)
	return writeIt.MatchString(f) || wordsWanted.MatchString(f) || (wishWords.MatchString(f) || writeFirst.MatchString(f) || meanTo.MatchString(f)) && writeVerb.MatchString(f) && !adviceQuestion(f)
}

// wordsWanted asks what to say and nothing else ("what do i even say",
// "idk what to write lol", "how do i word it"): with an offer to write
// open, the words are what the offer is for.
var wordsWanted = mustPattern(`^(?:(?:ok|okay|so|but|and|um|hmm|honestly|ugh|lol|yeah|yes|sure|omg|wait) )*(?:what (?:do|should|would|could|can|shall) i (?:even |actually |like |possibly )?(?:say|write|text|send|put|tell (?:him|her|them))|what (?:do|does) (?:one|you) (?:even )?(?:say|write)|i (?:don'?t|dont|do not|really don'?t) (?:even )?know what to (?:say|write|text|put)|idk what to (?:say|write|text|put)|(?:i have )?no idea what to (?:say|write|text|put)|not sure what to (?:say|write|text|put)|how (?:do|should|would|can) i (?:word|phrase|start|put) (?:it|that|this|something))(?: (?:to|for) (?:him|her|them|it))?(?: (?:lol|tho|though|haha|honestly|even|tbh|here|then|now|exactly))*$`)

// contentTakesOffer takes an open offer to write when the answer to it
// says what the message should tell them ("i want him to know i'm around
// if he wants to talk", "just tell her we're thinking of her"): that is a
// yes, and what it says goes into the draft.
func (t *turn) contentTakesOffer() bool {
	if !t.writeOffer() || namesOther(t.text, t.p.Flow.Offer.Request) || !reWantThemToKnow.MatchString(foldText(t.text)) {
		return false
	}
	t.startDraft(t.text, false)
	return true
}

// reWantThemToKnow says what a message to someone should tell them.
var reWantThemToKnow = mustPattern(`^(?:(?:and|but|so|just|i mean|basically|honestly|tbh|like|yeah|ok|okay|well|mostly|really|mainly)\s+)*(?:i (?:just |really |mostly |mainly )?(?:want|wanna|need|would like|'?d like|d like) (?:him|her|them) (?:to )?know|(?:just )?(?:tell|let) (?:him|her|them) know|i (?:just |really |mainly )?(?:want|wanna|need|would like|'?d like|d like) to (?:tell (?:him|her|them)|say|let (?:him|her|them) know)|(?:it should |maybe |could you |can you |just )?say (?:that |something like )|something (?:like|along the lines of) |make sure (?:he|she|they) knows? )`)

// meanTo is the person saying they mean to do something: "i should",
// "i'll", "gonna", "let's".
var meanTo = mustPattern(`\b(?:i should|i ought to|i'?ll|i will|i might|i must|maybe i'?ll|gonna|going to|i'?d love to|i wanna|let'?s|lets)\b`)

// writeVerb is a word about putting a message together or sending it.
var writeVerb = mustPattern(`\b(?:write|writing|draft|drafting|send|sending|text|txt|message|msg|dm|word|say|congratulate|wish|compose|put together|put something|a note|a card|a few words|some words|something nice|reach out|get in touch)\b`)

// writeOffer reports an open offer that a draft can start from: an offer
// to write, the listening reply's, or a guide answer to what to say.
func (t *turn) writeOffer() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Request == "" || o.Kind != "draft" && o.Kind != "talk" && o.Kind != "section" {
		return false
	}
	// Only while the reply that made it is the last one shown: after
	// "/cancel" or a day of other talk, "write her a note" is a new
	// request.
	for _, c := range t.offered {
		if strings.HasPrefix(c.ID, "offer:") || strings.HasPrefix(c.ID, "section:") ||
			c.ID == "menu:draft" && strings.HasPrefix(c.Label, "Write to ") {
			return true
		}
	}
	return false
}

// takeOfferWithChanges takes an open offer to write when the answer to it
// says how the message should be ("add a 🎉", "keep it short", "make it
// funny"): that is a yes, and the changes hold for the draft. It reports
// false, doing nothing, when no offer is open or text asks no change.
func (t *turn) takeOfferWithChanges() bool {
	tone := ""
	if feelOnly(t.text) {
		tone = draftTone(foldText(t.text))
	}
	if o := t.p.Flow.Offer; o != nil && o.Kind == "yearly" && tone != "" &&
		slices.ContainsFunc(t.offered, func(c Choice) bool { return c.ID == "offer:write" }) {
		// "romantic", after the offer to remember a birthday and write
		// for it: the message, with that feel.
		t.p.Flow.Offer = nil
		mark := len(t.replies)
		t.takeDatedOffer(o, true)
		t.setOfferTone(tone, mark)
		return true
	}
	if !t.writeOffer() {
		return false
	}
	if tone != "" {
		// "playful", "light and fun": how the message should sound,
		// which says yes to it.
		return t.takeOfferWithTone(tone)
	}
	if people.Find(t.text).Found() {
		return false
	}
	if _, ok := ParseRevision(t.text); !ok || len(strings.Fields(t.text)) > 6 {
		// Only an instruction, short: "i'm starting a new job and i'm
		// nervous" is news of the person's own.
		return false
	}
	changes := stepChanges(t.text)
	if len(changes) == 0 {
		return false
	}
	request := t.p.Flow.Offer.Request
	t.p.Flow.Offer = nil
	mark := len(t.replies)
	t.startDraft(request, false)
	if t.p.Flow.Draft == nil || t.p.Flow.Step == stepReview || t.p.Flow.Step == slotRecipient {
		return true
	}
	t.replies = t.replies[:mark]
	t.takeStepChanges(changes, t.p.Flow.Step)
	return true
}

// takeOfferWithTone takes the open offer to write, with the feel tone
// for the draft: the step that would ask it is not asked.
func (t *turn) takeOfferWithTone(tone string) bool {
	request := t.p.Flow.Offer.Request
	t.p.Flow.Offer = nil
	mark := len(t.replies)
	t.startDraft(request, false)
	t.setOfferTone(tone, mark)
	return true
}

// setOfferTone gives the draft just started from an offer the feel tone;
// when its first step asked for the feel, the replies since mark give way
// to the next step.
func (t *turn) setOfferTone(tone string, mark int) {
	ds := t.p.Flow.Draft
	if t.p.Flow.Name != flowDraft || ds == nil || t.p.Flow.Step == stepReview {
		return
	}
	ds.Details.Tone = tone
	if t.p.Flow.Step == slotTone {
		t.replies = t.replies[:mark]
		t.draftNext("")
	}
}

// offerNamed takes an open offer to write to someone not named ("your
// mate") when the answer is their name alone: "jonno" says who, and that
// the message is wanted.
func (t *turn) offerNamed() bool {
	// The offer is to write after something told (Listening), or the
	// guide's answer to what to say to someone, which ends offering to
	// write it: a bare name then says whom to.
	if !t.writeOffer() || !t.p.Flow.Offer.Listening && t.p.Flow.Offer.Kind != "draft" || people.Find(t.p.Flow.Offer.Request).Name != "" || controlWord(t.text) ||
		ParseIntent(t.text).Kind != IntentNone {
		return false
	}
	words := strings.Fields(t.text)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !people.IsName(w) {
			return false
		}
	}
	name := nameFromAnswer(t.text)
	if name == "" {
		return false
	}
	request := t.p.Flow.Offer.Request
	t.p.Flow.Offer = nil
	t.startDraftTo(request, false, name)
	return true
}

// skipToOffered takes "skip" typed while an offer to write is the last
// thing shown as "skip the questions": the message is written at once,
// from what the offer was made for, and only who it is for is asked when
// nobody is known. It reports false, doing nothing, otherwise.
func (t *turn) skipToOffered() bool {
	if t.choice != "" || ParseIntent(t.text).Kind != IntentSkip || !t.writeOffer() || t.p.Flow.Offer.Kind == "section" {
		return false
	}
	o := t.p.Flow.Offer
	t.p.Flow.Offer = nil
	mark := len(t.replies)
	if o.Request != "" {
		t.startDraft(o.Request, false)
	} else {
		t.startDraftFor(o.Recipient)
	}
	ds := t.p.Flow.Draft
	if t.p.Flow.Name != flowDraft || ds == nil || t.p.Flow.Step == stepReview || t.p.Flow.Step == slotRecipient {
		return true
	}
	t.replies = t.replies[:mark]
	ds.Skips = 2
	ds.Details.Skipped = appendMissing(ds.Details.Skipped, slotOccasion, slotTone, slotMention)
	t.draftNext("")
	return true
}
