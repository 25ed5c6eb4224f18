package agent

import (
	"context"
	"fmt"
	"strings"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// What the understanding step does with a message typed at a prompt (see
// prompt.go for how it is read). An answer goes to the flow. A question or
// a new request is served while the flow waits, paused, and "continue"
// brings it back. Small talk gets a short word and the prompt again; a
// question about the prompt gets an explanation and the prompt again. No
// prompt is asked more than twice in a row: the third time the flow moves
// on without the value when it can, and pauses when it cannot.

// atPrompt handles a message while a flow waits for an answer.
func (t *turn) atPrompt(ctx context.Context, in Intent) {
	p := promptOf(t.p.Flow)
	if t.choice != "" {
		t.toFlow(ctx, in, p)
		return
	}
	if t.ownStepAnswer() {
		// "write a card to joan" at the question asking for a small
		// step: the step, which the summary offers to draft.
		t.toFlow(ctx, in, p)
		return
	}
	if t.p.Flow.Name == flowPlan && rePlanMissed.MatchString(foldText(t.text)) {
		// "i'm busy tomorrow, can we skip a day?" at the day's question:
		// the plan's own word, never a note nor a question for the guide.
		t.toFlow(ctx, in, p)
		return
	}
	if t.sameAgain() {
		// "the same for my sister": the draft on screen, to her.
		return
	}
	if t.draftChange() {
		// "actually write to my cousin instead", "make it a thank you".
		return
	}
	if t.p.Flow.Name == flowForget && keepsAll.MatchString(foldText(t.text)) {
		// "never mind, don't delete", "no keep it": the erase is called
		// off, plainly, and nothing else is read into it.
		t.forgetAnswer(Intent{Kind: IntentNo})
		return
	}
	if !(p.expect != expectOpen && t.changedPerson()) && t.droppedForNew(ctx) {
		return
	}
	if t.p.Flow.Name == flowReflect && t.p.Flow.Step == "choose" {
		t.atJourneyChoice(ctx, in, p)
		return
	}
	if p.expect != expectOpen && t.changedPerson() {
		t.serve(ctx, Intent{Kind: IntentDraft, Arg: t.text})
		return
	}
	if (in.Kind == IntentDraft || t.askedToWriteAgain(in)) && t.sameDraftAgain() {
		// "can you help me write to her" at the draft's own question:
		// what is known stays, and the question is asked once more.
		t.reask(ctx, p, "Sure. ", false)
		return
	}
	if t.p.Flow.Name == flowRemind && strings.HasPrefix(t.p.Flow.Step, stepRemindTZ) && (asksReminderTime(t.text) || stopsThemAll(t.text)) {
		// "what time will that be?", "stop all of them": about the
		// reminders the question is for (see remindAnswer).
		t.toFlow(ctx, in, p)
		return
	}
	if t.p.Flow.Name == flowRemind && t.dropAtRemind() {
		return
	}
	var r understand.Result
	read := func(text string) understand.Result {
		r = classify(text)
		return r
	}
	reading, ok := draftStepReading(t.text, t.p.Flow.Step)
	if d := t.p.Flow.Draft; !ok && d != nil && (d.Details.Occasion == OccasionApology || d.Details.Occasion == OccasionMend) &&
		t.p.Flow.Step != stepReview && ownReason.MatchString(foldText(t.text)) {
		// "i didn't have a good excuse, i was just tired", while writing
		// an apology: why it happened, for the apology to weigh, never a
		// low mood to be listened to instead.
		reading, ok = readAnswer, true
		if rest := strings.TrimSpace(noExcuse.ReplaceAllString(t.text, " ")); len(strings.Fields(rest)) >= 2 {
			// "no good excuse": the apology says that itself; the
			// reason is what it carries.
			t.text = rest
		}
	}
	if t.p.Flow.Name != flowDraft || !ok {
		reading = readAtPrompt(t.text, in, p, t.now, read)
	}
	if p.optional && (reading == readAside || reading == readQuestion || reading == readRequest) {
		// The flow has a value already and its own way of letting go.
		t.toFlow(ctx, in, p)
		return
	}
	switch reading {
	case readAnswer:
		t.toFlow(ctx, in, p)
	case readResume:
		lead := "Sure. "
		if reBackAfterAway.MatchString(foldText(t.text)) {
			lead = "Welcome back. "
		}
		t.reask(ctx, p, lead, false)
	case readAway:
		t.waitAtPrompt()
	case readClarify:
		t.reask(ctx, p, t.clarifyLead(p)+"\n\n", true)
	case readLeave:
		t.leaveAtPrompt()
	case readAside:
		t.aside(ctx, p, r.Label)
	case readCancel:
		t.stopOrCancel(in)
	case readQuestion:
		// Served as a question, never as the flow's own request again:
		// "what should I say to…" typed at the name prompt gets an answer.
		t.keepAskedSituation()
		t.serve(ctx, Intent{Kind: IntentNone, Arg: t.text})
	case readRequest:
		if t.sameDraftAgain() {
			// The same request found by the classifier, not the rules:
			// "can you help me write her something".
			t.reask(ctx, p, "Sure. ", false)
			return
		}
		if t.sameRequest(in, r) && !asksList(t.text) {
			// (A question about the list is served, whatever the
			// classifier takes it for.)
			t.toFlow(ctx, in, p)
			return
		}
		t.serve(ctx, requestIntent(in, r))
	}
}

// sameRequest reports a request for what the running flow already does,
// which is an answer with more in it ("I want to say sorry" typed at the
// draft's occasion prompt, "call me Dee please" at the name question). A
// draft to someone else is a change of mind.
func (t *turn) sameRequest(in Intent, r understand.Result) bool {
	f := t.p.Flow.Name
	if flowOfIntent[in.Kind] != f && (in.Kind != IntentNone || flowOfLabel[r.Label] != f) {
		return false
	}
	return f != flowDraft || !t.changedPerson()
}

// askedToWriteAgain reports a request to write typed at the running
// draft's own question ("could you help me write him a few words"), whatever
// the rules read it as; how the message should be ("no exclamation marks
// please") is a change, not a request.
func (t *turn) askedToWriteAgain(in Intent) bool {
	if t.p.Flow.Name != flowDraft {
		return false
	}
	if _, ok := ParseRevision(t.text); ok {
		return false
	}
	return writeVerb.MatchString(foldText(t.text)) && (wantsDraft(t.text, in) || asksToWrite(t.text))
}

// sameDraftAgain reports a request to write to the person the running
// draft is already for, with nothing new in it: no other person, occasion,
// tone or detail.
func (t *turn) sameDraftAgain() bool {
	f := t.p.Flow
	if f.Name != flowDraft || f.Draft == nil || f.Draft.Details.Recipient == "" {
		return false
	}
	known := f.Draft.Details
	d := ExtractDraftDetails(t.text)
	if d.Recipient != "" && !strings.EqualFold(d.Recipient, known.Recipient) ||
		d.Occasion != "" && d.Occasion != known.Occasion ||
		d.Since != "" || d.Tone != "" || d.Length != "" || len(d.Mentions) > 0 {
		return false
	}
	return len(compose.Parse(strings.ToValidUTF8(t.text, ""), known.Recipient, compose.Occasion(known.Occasion))) == 0
}

// The flows that rule intents and classifier labels ask for.
var (
	flowOfIntent = map[string]string{
		IntentDraft: flowDraft, IntentRemind: flowRemind, IntentContacts: flowRemind, IntentPlan: flowPlan,
		IntentReflect: flowReflect, IntentSettings: flowSettings,
	}
	flowOfLabel = map[string]string{
		understand.Draft: flowDraft, understand.Remind: flowRemind, understand.RemindStop: flowRemind,
		understand.Plan: flowPlan, understand.PlanStop: flowPlan, understand.Reflect: flowReflect,
		understand.Settings: flowSettings,
	}
)

// changedPerson reports a draft's change of mind about whom to write to:
// "actually, I'd rather write to my brother instead".
func (t *turn) changedPerson() bool {
	f := t.p.Flow
	if f.Name != flowDraft || f.Draft == nil || f.Draft.Details.Recipient == "" {
		return false
	}
	folded := foldText(t.text)
	if !changeOfMind.MatchString(folded) && !addressed(folded) {
		return false
	}
	if aboutThem.MatchString(folded) && !people.Find(t.text).Sure() {
		// "she helped me land my first dev job… actually": more about
		// the one it is for, and a word guessed at is no one new.
		return false
	}
	other := ExtractDraftDetails(t.text).Recipient
	if other != "" && dropsNamed(t.text, folded, other) {
		// "actually drop yusuf": out of the draft, not the one it is for.
		return false
	}
	return other != "" && !strings.EqualFold(other, f.Draft.Details.Recipient)
}

// keepsAll calls off an erase: "never mind dont delete", "no keep it",
// "wait, don't".
var keepsAll = mustPattern(`\b(?:don'?t|dont|do not|never ?mind|nvm|keep|cancel|stop|wait|no|nope|nah|not now|changed my mind|leave it)\b`)

// ownReason tells why one did what an apology is for: "i was just tired",
// "i didn't have a good excuse", "honestly there's no real reason".
var ownReason = mustPattern(`\b(?:i (?:didn'?t|didnt|did not|don'?t|dont) (?:really )?have (?:a|an|any) (?:good |real |proper |decent )?(?:excuse|reason)|(?:there was|there'?s|theres|there is) no (?:good |real |proper )?(?:excuse|reason)|no (?:good |real )?excuse|i was (?:just |really |so |honestly |being )?(?:tired|exhausted|busy|overwhelmed|stressed|knackered|lazy|anxious|selfish|in a (?:bad )?mood|not feeling it|burnt out|burned out)|i (?:just )?(?:forgot|panicked|froze|flaked|overslept|couldn'?t face it))\b`)

// noExcuse says there was no excuse, which every apology draft says itself.
var noExcuse = mustPattern(`(?i)(?:\b(?:honestly|tbh|to be honest|really)\b[, ]*)?\b(?:i (?:didn'?t|didnt|did not|don'?t|dont) (?:really )?have (?:a|an|any) (?:good |real |proper |decent )?(?:excuse|reason)|(?:there was|there'?s|theres|there is) no (?:good |real |proper )?(?:excuse|reason))\b(?:[, ]*\b(?:honestly|tbh|really)\b)?[,.;]?`)

// changeOfMind marks a message that takes back what was said before.
// "actually" takes back only where a clause opens with it ("actually,
// write to tom", "no actually…"); inside a clause it is emphasis: "i'd
// love to actually get on a call with him", "tell her i'm actually not
// ok" say more about the one written to.
var changeOfMind = mustPattern(`(?:\b(?:instead|rather|no wait|wait no|changed my mind|change of plan|someone else|somebody else|different person|start over|scratch that)\b|` + clauseOpen + `actually\b)`)

// clauseOpen is where a clause starts: the message's start, after a stop
// or a comma, or after a word that opens a taking-back ("no", "oh",
// "hmm", "wait", "ok").
const clauseOpen = `(?:^|[,.;:!?—–-]\s*|\b(?:no|nah|oh|hmm+|um+|wait|ok|okay|sorry|so|but|and) )`

// toFlow hands the message to the running flow and counts the times the
// flow asks the same thing again.
func (t *turn) toFlow(ctx context.Context, in Intent, p prompt) {
	before, pos := t.p.Flow, promptPosOf(t.p.Flow)
	mark := len(t.replies)
	t.continueFlow(ctx, in)
	f := &t.p.Flow
	if f.Name == "" || p.expect == expectRevision || promptPosOf(*f) != pos {
		f.Asked = 0
		return
	}
	if before.Asked < 2 {
		t.askedAgain(p, mark, before.Asked)
		return
	}
	// The flow would ask the same thing once too often: take back what it
	// said and move on.
	t.replies = t.replies[:mark]
	t.p.Flow = before
	t.moveOn(ctx, p, "")
}

// askedAgain counts a prompt asked again by the replies since mark; the
// second time, choices go with it when it has none: skip it or leave it
// for now.
func (t *turn) askedAgain(p prompt, mark, asked int) {
	t.p.Flow.Asked = asked + 1
	if t.p.Flow.Asked < 2 || offersChoices(t.replies[mark:]) || len(t.replies) == mark {
		return
	}
	last := &t.replies[len(t.replies)-1]
	if p.skippable {
		last.Choices = append(last.Choices, Choice{ID: "prompt:skip", Label: "Skip this"})
	}
	last.Choices = append(last.Choices, Choice{ID: "prompt:later", Label: "Leave it for now"}, Choice{ID: "prompt:stop", Label: "Stop"})
}

// promptChoice acts on a choice offered with a prompt asked again.
func (t *turn) promptChoice(ctx context.Context, arg string) {
	if t.p.Flow.Name == "" {
		t.say(msgStale, menuChoices()...)
		return
	}
	switch arg {
	case "skip":
		t.moveOn(ctx, prompt{skippable: true}, "")
	case "later":
		t.moveOn(ctx, prompt{}, "")
	default:
		t.cancel()
	}
}

// offersChoices reports whether any of replies offers choices.
func offersChoices(replies []Reply) bool {
	for _, r := range replies {
		if len(r.Choices) > 0 {
			return true
		}
	}
	return false
}

// promptPos is where a flow stands, to tell whether a message moved it.
type promptPos struct {
	name, step string
	index      int
	recipient  string
	drafts     int
}

func promptPosOf(f Flow) promptPos {
	pos := promptPos{name: f.Name, step: f.Step}
	if f.Reflect != nil {
		pos.index = f.Reflect.Index
	}
	if f.Draft != nil {
		pos.recipient = f.Draft.Details.Recipient
		pos.drafts = len(f.Draft.History)
	}
	return pos
}

// reask asks the prompt again after lead. counted says whether it counts
// as asking again (a question about the prompt, small talk) or not ("where
// were we?"); the third counted time the flow moves on instead.
func (t *turn) reask(ctx context.Context, p prompt, lead string, counted bool) {
	asked := t.p.Flow.Asked
	if counted && asked >= 2 {
		t.moveOn(ctx, p, lead)
		return
	}
	name, mark := t.p.Flow.Name, len(t.replies)
	t.askAgain(lead)
	if counted && t.p.Flow.Name == name {
		t.askedAgain(p, mark, asked)
	}
}

// moveOn leaves a prompt that was asked twice: a prompt that may be
// skipped is skipped, any other is paused.
func (t *turn) moveOn(ctx context.Context, p prompt, lead string) {
	t.p.Flow.Asked = 0
	if !p.skippable {
		t.pause(lead + "Let's leave that for now — I've kept where we were. Say “continue” whenever you want to come back to it, or pick something else.")
		return
	}
	mark := len(t.replies)
	t.text = ""
	t.continueFlow(ctx, Intent{Kind: IntentSkip})
	if lead != "" && len(t.replies) > mark {
		t.replies[mark].Text = lead + t.replies[mark].Text
	}
}

// aside answers small talk at a prompt briefly, then asks the prompt
// again; a goodbye pauses the flow instead.
func (t *turn) aside(ctx context.Context, p prompt, label string) {
	folded := foldText(t.text)
	switch label {
	case understand.Goodbye:
		t.pause(t.goodbyeText(folded) + " I've kept our place — say “continue” when you're back.")
		return
	case understand.Greeting:
		t.reask(ctx, p, "Hi again! ", true)
	case understand.Thanks:
		t.reask(ctx, p, "You're welcome. ", true)
	case understand.Smalltalk:
		lead := "Ha, fair enough. "
		if howAreYou(folded) {
			lead = "I'm well, thanks for asking. "
		}
		t.reask(ctx, p, lead, true)
	default:
		if returning(folded) {
			t.reask(ctx, p, "Hi again! ", true)
			return
		}
		t.reask(ctx, p, "", true)
	}
}

// serve answers a question or a new request while the running flow waits.
// A new flow of the same kind replaces the old one (a change of mind);
// a flow of another kind runs in front of it; otherwise the reply says how
// to come back.
func (t *turn) serve(ctx context.Context, in Intent) {
	f := t.p.Flow
	f.Paused, f.Choices, f.Numbered, f.Asked, f.Aside = nil, nil, 0, 0, false
	waiting := &f
	if f.Name == flowForget {
		waiting = t.p.Flow.Paused // a question instead of yes or no keeps everything
	}
	t.p.Flow = Flow{Paused: waiting, Updated: t.now, Care: t.p.Flow.Care}
	mark := len(t.replies)
	if in.Command || globalIntent(in.Kind) {
		t.command(ctx, in)
	} else {
		t.freeText(ctx, in)
	}
	switch {
	case waiting != &f:
	case t.p.Flow.Name == f.Name:
		t.p.Flow.Paused = nil
	case t.p.Flow.Name != "":
		if t.p.Flow.Paused == nil {
			t.p.Flow.Paused = &f
		}
	case t.p.Flow.Paused == &f && t.saidUTCNote(f, mark):
		// The reminders were set in UTC and the reply says how to give
		// a place later: the timezone question is not waiting any more.
		t.p.Flow.Paused = nil
	case t.p.Flow.Paused == &f:
		t.noteWaiting(f, mark)
	}
}

// saidUTCNote reports a waiting timezone question whose reminders the
// replies since mark set in UTC, saying so.
func (t *turn) saidUTCNote(f Flow, mark int) bool {
	if f.Name != flowRemind || !strings.HasPrefix(f.Step, stepRemindTZ) {
		return false
	}
	for _, r := range t.replies[mark:] {
		if strings.Contains(r.Text, strings.TrimSpace(utcNote)) {
			return true
		}
	}
	return false
}

// resumeByAnswer takes a message that answers the prompt of a flow paused
// a moment ago (for a question, or offered back) as that answer: the flow
// comes back and gets it. It reports false, changing nothing but the
// moment, for anything else.
func (t *turn) resumeByAnswer(ctx context.Context, in Intent) bool {
	paused := t.p.Flow.Paused
	if paused == nil || !t.asideDue || t.m.Group || t.choice != "" {
		return false
	}
	// "skip" just after a question at a drafting step skips that step.
	skip := in.Kind == IntentSkip && paused.Name == flowDraft
	if paused.Held || in.Kind != IntentNone && !skip || in.Command {
		return false
	}
	p := promptOf(*paused)
	if r := readAtPrompt(t.text, in, p, t.now, classify); r != readAnswer && !(r == readRequest && t.namesForPaused(*paused, p)) {
		return false
	}
	t.p.Flow = *paused
	t.p.Flow.Paused = nil
	t.p.Flow.Updated = t.now
	t.toFlow(ctx, in, p)
	return true
}

// namesForPaused reports a message that reads as a request for the very
// flow that waits on a question of who, and names someone: "ok maybe my
// old teammate femi from the football club", typed after the guide
// answered "who should i even write to?", is the answer to that question.
func (t *turn) namesForPaused(paused Flow, p prompt) bool {
	if p.expect != expectName || flowOfLabel[classify(t.text).Label] != paused.Name {
		return false
	}
	who := people.Find(t.text)
	return who.Found() && !who.Group
}

// noteWaiting adds to the replies since mark how to come back to f.
func (t *turn) noteWaiting(f Flow, mark int) {
	t.p.Flow.Paused.Aside = true
	note := "When you're ready, say “continue” and we'll go back to " + waitingLabel(f) + "."
	if len(t.replies) == mark {
		t.say(note)
		return
	}
	last := &t.replies[len(t.replies)-1]
	last.Text += "\n\n" + note
}

// waitingLabel names a waiting flow for the note that says how to come back.
func waitingLabel(f Flow) string {
	switch f.Name {
	case flowDraft:
		if f.Draft != nil && f.Draft.Details.Recipient != "" {
			return "your message to " + f.Draft.Details.Recipient
		}
		return "your message"
	case flowReflect:
		return "the reflection"
	case flowPlan:
		return "today's step of the plan"
	case flowRemind:
		if f.Step == stepPlanTime {
			return "the time for the plan's daily step"
		}
		if strings.HasPrefix(f.Step, stepRemindTZ+":") || strings.HasPrefix(f.Step, stepRemindTZ2+":") {
			return "the question about your timezone"
		}
		return "your reminder"
	case flowSettings:
		return "your settings"
	}
	return "what we were doing"
}

// requestIntent is the intent to serve a new request with: the rules'
// when they found one, else the classifier's label where it names one and
// is sure of it. A long message the classifier cannot place is free text.
func requestIntent(in Intent, r understand.Result) Intent {
	if in.Kind != IntentNone || in.Command || !r.Sure() {
		return in
	}
	return Intent{Kind: labelIntents[r.Label], Arg: in.Arg}
}

// labelIntents maps the classifier's labels to the intents they name;
// built once, as every unmatched message looks it up.
var labelIntents = map[string]string{
	understand.Draft: IntentDraft, understand.Reflect: IntentReflect, understand.Plan: IntentPlan,
	understand.Remind: IntentRemind, understand.Feeling: IntentFeeling, understand.Privacy: IntentPrivacy,
}

// askAgain asks the running flow's prompt again, after lead.
func (t *turn) askAgain(lead string) {
	f := &t.p.Flow
	step, id, _ := strings.Cut(f.Step, ":")
	switch f.Name {
	case flowDraft:
		if f.Draft == nil {
			break
		}
		if step == stepReview && len(f.Draft.History) > 0 {
			last := f.Draft.History[len(f.Draft.History)-1]
			t.sayDraft(lead+"Here's the draft so far:\n\n"+quote(last), revisionChoices(f.Draft.Details)...)
			return
		}
		if r := f.Draft.Details.Recipient; r != "" && (step == slotOccasion || step == slotTone) {
			lead += "We were writing to " + r + ". "
		}
		t.draftNext(lead)
		return
	case flowReflect:
		if step == "choose" {
			var choices []Choice
			for _, j := range t.a.guide.Journeys() {
				choices = append(choices, Choice{ID: "journey:" + j.ID, Label: j.Title})
			}
			t.say(lead+"Which would you like to think about?", choices...)
			return
		}
		t.askQuestion(lead)
		return
	case flowPlan:
		var day int
		fmt.Sscan(f.Step, &day)
		if days := t.a.guide.Plan(); day >= 1 && day <= len(days) {
			t.say(lead+days[day-1].Reflection, Choice{ID: "plan:skipnote", Label: "Skip"})
			return
		}
	case flowSettings:
		t.askSetting(lead, step)
		return
	case flowForget:
		t.leadNext(lead, t.askForget)
		return
	case flowRemind:
		if t.remindAskAgain(lead, step, id) {
			return
		}
	}
	t.p.Flow = Flow{Updated: t.now, Paused: f.Paused}
	t.say(lead+"What would you like to do?", menuChoices()...)
}

// remindAskAgain asks a reminder prompt again; false when there is none
// to ask.
func (t *turn) remindAskAgain(lead, step, id string) bool {
	switch step {
	case stepRemindWho:
		t.say(lead + "Who would you like to stay in touch with? A name is enough — “Mum”, or “Sam, my old college friend”.")
	case stepRemindOften:
		c := findContactByID(t.p.Contacts, id)
		if c == nil {
			return false
		}
		t.leadNext(lead, func() { t.askOften(c) })
	case stepRemindTZ, stepRemindTZ2:
		t.leadNext(lead, func() { t.askTimezone(id) })
	case stepPlanTime:
		t.say(lead+"What time should each day's step come? Type a time (“8am”, “7pm”) or pick one below.", planTimeChoices()...)
	case stepHabitTime:
		t.leadNext(lead, func() { t.askHabitTime(id, "") })
	case stepRemindTime:
		t.say(lead + "What time suits you? For example “9:00”, “7pm” or “in the evening”.")
	default:
		return false
	}
	return true
}

// leadNext runs ask, which says one thing, and puts lead before it.
func (t *turn) leadNext(lead string, ask func()) {
	mark := len(t.replies)
	ask()
	if lead != "" && len(t.replies) > mark {
		t.replies[mark].Text = lead + t.replies[mark].Text
	}
}

// clarifyText explains what the prompt on screen asks for.
func clarifyText(f Flow, p prompt) string {
	switch p.expect {
	case expectName:
		if f.Name == flowSettings {
			return "Just the name you'd like me to use for you — “Sam”, say."
		}
		return "I mean the person it's for — a first name is enough (“Sam”), or who they are to you (“my sister”)."
	case expectDetail:
		if strings.HasPrefix(f.Step, slotOccasion) {
			return "I mean what the message is for — a long silence, their good news, a birthday… If none of these fits, “Skip” is fine."
		}
		return "Anything you'd like the message to bring up — a memory you share, something of theirs you heard about, a plan. Or skip it; the message works without."
	case expectFeel:
		return "I mean how the message should sound. If you're not sure, warm is a safe start."
	case expectOpen:
		return "There's no right or wrong answer — whatever comes to mind is fine, or say “skip”."
	case expectTime:
		return "The time of day you'd like the message to come, in your time — “8am”, “19:30”."
	case expectPlace:
		return "Your timezone, so messages come at the right hour where you are — a city near you works, or your time right now (“it's 9pm here”)."
	case expectDate:
		return "The day it falls on each year — “14 March” is enough."
	case expectCadence:
		return "How often you'd like a nudge — “every week”, “every 2 weeks”, “every Sunday”."
	case expectRevision:
		return "Tell me how to change the draft — shorter, warmer, mention something — or say “done” if it's right."
	}
	return "Pick one of the choices, or tell me in your own words."
}
