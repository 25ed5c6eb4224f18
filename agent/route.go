package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/understand"
)

// Where free text outside a flow goes when the phrase rules think it asks
// for a message to be written. The rules look for words ("text", "say
// to", a name); a question that happens to use them ("I'm always the one
// texting Dani first, is it worth it?", "my flatmate and I fought over
// text, how do I fix it?", "what should I say to a friend whose dad is
// ill?") is still a question, and the guide answers it. The learned
// classifier tells the two apart: it was taught the line between asking
// what to do or say (ask) and asking for the words of a message (draft)
// from examples on both sides. A request to write ("can you write…",
// "help me text…", "what do I send…") keeps starting a draft, and a
// guide answer to "what should I say…" offers to write the message after.

// outreachKinds are the readings of free text an outreach wish in it
// turns into a request to write.
var outreachKinds = map[string]bool{IntentNone: true, IntentFeeling: true, IntentAsk: true, IntentDraft: true}

// draftRoute starts a draft when free text asks for one, by the phrase
// rules (draftRequested) or, when they see no request at all, by the
// classifier or someone's news (startsDraftInstead). It reports false,
// doing nothing, for anything else.
func (t *turn) draftRoute(in Intent) bool {
	if t.choice == "" && outreachKinds[in.Kind] && outreachWish(t.text) && !heardFrom(t.text) {
		// "…she lost her husband. i want to put a card through her
		// door": what the person wants done is a message, whatever the
		// story around it (draft_outreach.go).
		t.startDraft(t.text, false)
		return true
	}
	if t.listenFirst(in) {
		return true
	}
	if heardFrom(t.text) {
		// "got a text from my ex out of nowhere": a message received
		// is news, not one to write.
		t.heardFromReply()
		return true
	}
	if t.choice == "" && t.gladNewsWhetherToWrite() {
		// "my best friend got into her dream phd, should i send her
		// something?": glad for her first, and yes, a few words.
		return true
	}
	if toldNotAsked(t.text, in) && t.listenAbout("") {
		// "my friend's mum died and i couldn't go to the funeral": the
		// rules see someone to write to, but nothing asks for a message.
		return true
	}
	if toldAsChat(t.text) {
		// "my sister is coming to stay next week": a bit of the
		// person's life, answered in kind, never a draft to "Stay".
		return false
	}
	if thingToGet(t.text) {
		// "whats a good birthday present for my dad": a thing to get
		// them, not words to send; no drafting rule reads it
		// (thing_to_get.go).
		return false
	}
	if !ruleDraft(t.text, in) {
		return t.startsDraftInstead(in)
	}
	if !draftRequested(t.text, in) {
		return false
	}
	mark := len(t.replies)
	t.startDraft(t.text, false)
	t.gladFirst(mark)
	return true
}

// ruleDraft reports free text the phrase rules read as a request to
// write: a draft intent, or a message to a person named in it.
func ruleDraft(text string, in Intent) bool {
	return in.Kind == IntentDraft || draftOverrides[in.Kind] && (DraftRequest(text) || courtesyToSomeone(text))
}

// draftRequested reports free text that asks for a message to be written:
// the rules see a request to write (a draft intent, or a message to a
// person named in it), and the classifier does not surely read it as a
// question for the guide. A message the rules only guessed at from a
// word like "thanks" is no request either when it reads as thanks or a
// goodbye to the companion ("thanks for today, time to sleep").
func draftRequested(text string, in Intent) bool {
	rule := in.Kind == IntentDraft
	if !ruleDraft(text, in) {
		return false
	}
	r := classify(text)
	if r.Sure() && r.Label == understand.Ask && asksSomewhere(text) && !asksForWords(text) {
		return false
	}
	if !rule && silenceFelt(text) && !asksToWrite(text) {
		// "feeling a bit low, nobody replied to my message in the group
		// chat": a word like "message" asks for nothing; the feeling is
		// heard first.
		return false
	}
	if !rule && r.Sure() && r.Label == understand.Feeling && ownFeelingSaid(text) && !asksToWrite(text) {
		// "i always feel like i'm bothering people when i text them
		// first": a feeling the classifier is sure of, told with a word
		// of writing in the story and no wish to write; heard first.
		return false
	}
	if !rule && groupLow(text) && !asksToWrite(othersOnly(text)) {
		// "my mates only text me when they need something": a hurt,
		// heard first.
		return false
	}
	if judgedOrBlamed(text) && !asksToWrite(text) {
		// "would it be weird to send voice messages to my uncle", "she
		// stopped answering my messages, is it me": a yes-or-no question
		// for the guide, with a message in it but none asked for.
		return false
	}
	return rule || thankSomeone(text) || courtesyToSomeone(text) || !(r.Sure() && courtesyLabels[r.Label] || courtesy(r))
}

// judgedOrBlamed reports text that asks whether something is weird, rude
// or too much, or whether something is the asker's own fault, in any of
// its sentences.
func judgedOrBlamed(text string) bool {
	if reSelfBlame.MatchString(foldText(text)) {
		return true
	}
	for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '?' || r == '!' || r == ',' || r == ';' }) {
		if m := reJudgeKind.FindStringSubmatch(strings.TrimSpace(foldText(s))); m != nil && m[1] != "" {
			return true
		}
	}
	return false
}

// asksSomewhere reports text with a question in it: a "?" or a clause
// that opens like one ("…and it got nasty, how do I fix it", "…is it
// worth it"). A request to write that only reads like a question to the
// classifier ("I want to tell Matt I'm struggling") asks nothing.
func asksSomewhere(text string) bool {
	if strings.Contains(text, "?") {
		return true
	}
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(".,;:!\n", r) }) {
		if questionStart.MatchString(withoutLead(foldText(clause))) {
			return true
		}
	}
	return false
}

// startByClassifier starts the plan or a reflection when free text the
// rules did not recognise surely asks for one, in words they do not list:
// "can we start the 7 day thing", "i'd like to do one of those thinking
// exercises". It reports false for anything else.
func (t *turn) startByClassifier() bool {
	r := classify(t.text)
	if !r.Sure() {
		return false
	}
	switch r.Label {
	case understand.Plan:
		t.plan()
	case understand.Reflect:
		t.startReflect("")
	case understand.Settings:
		if !toneDefault.MatchString(foldText(t.text)) || toneAsked(t.text) == "" {
			return false
		}
		t.settings(t.text)
	default:
		return false
	}
	return true
}

// toldNotAsked reports free text that tells news or a change about
// someone, or the person's own, and asks for no message in any clause:
// listening answers it, and offers to write.
func toldNotAsked(text string, in Intent) bool {
	if in.Kind != IntentNone && in.Kind != IntentFeeling && in.Kind != IntentAsk || !listensFirst(text) {
		return false
	}
	folded := foldText(text)
	if reLeftMe.MatchString(folded) {
		// "he broke up with me over text": their hurt, not a message
		// to him.
		return true
	}
	if draftRequestRe.MatchString(reNotDone.ReplaceAllString(folded, " ")) {
		// "congrats msg for Ella, she ran her first marathon": asked.
		// "they didn't even tell me" asks for nothing: what was not
		// done is the hurt.
		return false
	}
	if concernFor(text) {
		// "my mum's been really quiet since her sister passed": worry
		// for her, heard before any message is offered.
		return true
	}
	if _, _, ok := theirLoss(text); ok {
		// "my mate's dad died last night": the loss heard, and how the
		// one grieving is, before any message (listen_theirloss.go).
		return true
	}
	if !ownFeelingSaid(text) {
		// News alone ("my friend Marcus's dad died last week") is what a
		// message is for, which the drafting flow offers; news with the
		// person's own hurt in it is theirs to be heard first.
		return false
	}
	for _, c := range clauses(reNotDone.ReplaceAllString(strings.ToLower(text), " ")) {
		if asksToWrite(c) || asksToWrite(strings.TrimPrefix(strings.TrimSpace(c), "and ")) || asksToWrite(strings.TrimPrefix(strings.TrimSpace(c), "so ")) {
			return false
		}
	}
	return true
}

// reNotDone is a word of writing or telling that someone did not do:
// "didn't tell me", "never texted back", "hasn't messaged".
var reNotDone = mustPattern(`\b(?:didnt|didn't|did not|doesnt|doesn't|does not|never|hasnt|hasn't|has not|havent|haven't|wont|won't|not even|stopped)\s+(?:even\s+|ever\s+|once\s+|bother to\s+|bothered to\s+)?(?:tell|told|text|texted|message|messaged|msg|ask|asked|write|wrote|send|sent|reply|replied|thank|thanked|wish|wished|share|shared|reach out|reached out|check on|checked on)\b(?:\s+(?:me|us|back))?`)

// toldAsChat reports a bit of the person's own life told as chat, with no
// clause asking for a message: a visit coming up, something new taken up,
// their birthday, a call that went well.
func toldAsChat(text string) bool {
	folded := foldText(text)
	if !(reVisit.MatchString(folded) || reNewThing.MatchString(folded) || reOwnBirthday.MatchString(folded) || reachedOut(text)) {
		return false
	}
	for _, c := range clauses(text) {
		if asksToWrite(strings.TrimSpace(c)) {
			return false
		}
	}
	return true
}

// clauses splits text at punctuation into the clauses a request for a
// message could stand in alone.
func clauses(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",.;:!?—–()", r) })
}
