package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// The understanding step at a prompt. When a flow has asked something and
// waits for the answer, every message is read for what it is before the
// flow sees it: an answer to the prompt on screen, a question, a new
// request, small talk, a question about the prompt itself, or a wish to
// carry on. Only an answer reaches the flow and fills its slot; everything
// else is served while the flow waits (see prompt_turn.go).
//
// The reading uses two things: what the prompt expects (a name, a time, a
// place, a feel, a free detail, an open answer…), checked with the same
// exact parsers the flows use, and the learned classifier of
// agent/understand for the rest. A message that fits the slot is an answer
// whatever the classifier says; a message the classifier is unsure about is
// an answer too, so that the flows keep what they always had.

// expect is what the prompt on screen waits for.
type expect uint8

const (
	expectNothing  expect = iota // no prompt is waiting
	expectChoice                 // one of the choices shown (a menu)
	expectConfirm                // yes or no
	expectName                   // a person: a name or who they are
	expectDetail                 // a short free detail (an occasion, something to mention)
	expectFeel                   // a tone or feel
	expectOpen                   // an open question: what the person says is the answer
	expectTime                   // a time of day
	expectPlace                  // a city, country or timezone
	expectCadence                // how often
	expectRevision               // a change to the draft on screen, or "done"
	expectDate                   // a day and a month
)

// prompt is the prompt on screen, as the understanding step sees it.
type prompt struct {
	expect expect
	// skippable prompts move on without a value when asked too often;
	// the others pause.
	skippable bool
	// optional prompts already have a value if nothing is said (the
	// plan's usual hour, the settings as they are): anything but an
	// answer leaves them, and is answered as if they were not there.
	optional bool
}

// promptOf tells what the running flow's prompt waits for.
func promptOf(f Flow) prompt {
	step, _, _ := strings.Cut(f.Step, ":")
	switch f.Name {
	case flowDraft:
		switch step {
		case slotRecipient:
			return prompt{expect: expectName}
		case slotOccasion, slotMention:
			return prompt{expect: expectDetail, skippable: true}
		case slotTone:
			return prompt{expect: expectFeel, skippable: true}
		case stepReview:
			return prompt{expect: expectRevision}
		}
	case flowReflect:
		if step == "choose" {
			return prompt{expect: expectChoice}
		}
		return prompt{expect: expectOpen, skippable: true}
	case flowPlan:
		return prompt{expect: expectOpen, skippable: true}
	case flowSettings:
		switch step {
		case "name":
			return prompt{expect: expectName}
		case "tz":
			return prompt{expect: expectPlace}
		case "tone":
			return prompt{expect: expectFeel}
		}
		return prompt{expect: expectChoice, optional: true}
	case flowForget:
		return prompt{expect: expectConfirm}
	case flowRemind:
		switch step {
		case stepRemindWho:
			return prompt{expect: expectName}
		case stepRemindOften:
			return prompt{expect: expectCadence}
		case stepRemindDate:
			return prompt{expect: expectDate}
		case stepRemindTZ, stepRemindTZ2:
			// Asked twice, it is still a place: a question typed at it is
			// served and the reminder waits, never saved on a guessed zone.
			return prompt{expect: expectPlace}
		case stepPlanTime:
			return prompt{expect: expectTime, optional: true}
		case stepRemindTime, stepHabitTime:
			return prompt{expect: expectTime}
		}
	}
	return prompt{}
}

// reading is what a message typed at a prompt is.
type reading uint8

const (
	readAnswer   reading = iota // the answer, or a control word the flow acts on: hand it to the flow
	readQuestion                // a question for the guide or about the companion: answer it, the flow waits
	readRequest                 // a new request: serve it, the flow waits (or gives way to a new one of its kind)
	readAside                   // small talk, a greeting, thanks: a short reply, then the prompt again
	readClarify                 // a question about the prompt itself: explain it, then ask again
	readResume                  // "continue", "where were we": ask the prompt again
	readCancel                  // a change of mind: leave the flow
	readLeave                   // the person has to go now: keep the place, say how to come back
	readAway                    // the person steps away for a moment: the question stays open and waits
)

// Message kinds a flow acts on itself, as commands of its own.
var flowControls = map[string]bool{
	IntentYes: true, IntentNo: true, IntentSkip: true, IntentBack: true, IntentPause: true, IntentDone: true,
}

// Rule intents that are new requests.
var ruleRequests = map[string]bool{
	IntentDraft: true, IntentRemind: true, IntentPlan: true, IntentReflect: true, IntentContacts: true, IntentAsk: true,
}

// Classifier labels that ask for something new.
var requestLabels = map[string]bool{
	understand.Draft: true, understand.Remind: true, understand.RemindStop: true, understand.Plan: true,
	understand.PlanStop: true, understand.Reflect: true, understand.Settings: true, understand.Privacy: true,
}

// Classifier labels of questions that are not answers to a prompt.
var questionLabels = map[string]bool{
	understand.Ask: true, understand.BotQuestion: true, understand.Offtopic: true,
}

// Classifier labels of small talk.
var asideLabels = map[string]bool{
	understand.Greeting: true, understand.Goodbye: true, understand.Thanks: true, understand.Smalltalk: true,
}

// readAtPrompt tells what text, whose rule intent is in, is at prompt p at
// time now. classify is called at most once, and only when the exact
// checks cannot tell.
func readAtPrompt(text string, in Intent, p prompt, now time.Time, classify func(string) understand.Result) reading {
	r := readPrompt(text, in, p, now, classify)
	if p.expect != expectPlace || r == readAnswer || r == readClarify || r == readResume || r == readCancel {
		return r
	}
	if folded := foldText(text); returning(folded) || fitsSlot(expectCadence, text, now) || !placeName(text) {
		return r
	}
	return readAnswer // "I live in Lyon", "Nice": places, whatever else they read as
}

// placeName reports a few words the timezone database knows as a place.
// Looking a name up reads the database, so it is done only when the
// reading would otherwise not be an answer, and never for long text.
func placeName(text string) bool {
	if len(strings.Fields(text)) > 5 || strings.ContainsAny(text, "0123456789?") {
		return false
	}
	_, ok := findLocation(text)
	return ok
}

// readPrompt is readAtPrompt without the timezone database.
func readPrompt(text string, in Intent, p prompt, now time.Time, classify func(string) understand.Result) reading {
	if p.expect == expectName && (in.Kind == IntentYes || in.Kind == IntentNo || in.Kind == IntentDone) {
		return readAside // "ok" is nobody's name: the prompt again
	}
	if p.expect == expectOpen && in.Kind == IntentPause && awayBriefly(text) {
		return readAway // "brb": a moment away, not a pause (prompt_away.go)
	}
	if p.expect == expectNothing || flowControls[in.Kind] {
		return readAnswer
	}
	if in.Kind == IntentResume {
		return readResume
	}
	if fitsSlot(p.expect, text, now) || p.expect == expectPlace && fitsSlot(expectCadence, text, now) {
		return readAnswer // how often, at the timezone question after a reminder, is for the reminder flow
	}
	folded := foldText(text)
	if folded == "" {
		return readAnswer
	}
	if p.expect == expectOpen && leavingNow(text) {
		return readLeave // "gotta run, back later": never an answer (prompt_leave.go)
	}
	if p.expect == expectOpen && reEndsFlow.MatchString(folded) {
		return readCancel // "stop for good", "cancel it": the flow's own word (flow_stop.go)
	}
	if p.expect == expectOpen && questionBack(folded) != "" {
		return readClarify // "what would you say?", "what has this got to do with anything"
	}
	if p.expect == expectOpen && awayBriefly(text) {
		return readAway // "one sec", "hang on, phone": the question waits (prompt_away.go)
	}
	if p.expect == expectOpen && reBackAfterAway.MatchString(folded) {
		return readResume // "ok back", "sorry about that": the question again
	}
	if p.expect != expectRevision && clarifying(folded) {
		return readClarify // (with a draft on screen, the drafting flow explains itself)
	}
	if (p.expect == expectName || p.expect == expectPlace) && len(strings.Fields(folded)) <= 3 &&
		!strings.Contains(text, "?") && !returning(folded) {
		return readAnswer // a name, who someone is, a place: the flow judges it
	}
	if p.expect != expectOpen && returning(folded) {
		return readAside
	}
	if p.expect == expectName && in.Kind == IntentNone && namesSomeone(text, folded) {
		return readAnswer // "the book club group chat", "my old flatmate jess from leeds"
	}
	r := classify(text)
	sure := r.Sure()
	if sure && r.Label == understand.Cancel && p.expect != expectOpen &&
		(p.expect != expectDetail || r.Confidence >= 0.9 && len(strings.Fields(folded)) <= 5) {
		return readCancel
	}
	asks := questionShaped(text, folded)
	switch p.expect {
	case expectOpen:
		// An open answer may be long, ask itself questions and mention
		// people to write to; only a plain request to the companion, or
		// a question that is plainly for the guide, is not the answer.
		if ruleRequests[in.Kind] && in.Kind != IntentAsk && sure && requestLabels[r.Label] && addressed(folded) {
			return readRequest
		}
		if _, _, doubt := answerDoubt(text); doubt {
			return readAnswer // "is it weird that i can't think of anyone?"
		}
		if strings.HasSuffix(strings.TrimRight(text, " )!.\"'"), "?") && sure &&
			(r.Label == understand.BotQuestion || questionLabels[r.Label] && questionStart.MatchString(withoutLead(folded))) {
			return readQuestion
		}
		return readAnswer
	case expectDetail:
		if asks && (in.Kind == IntentAsk || sure && questionLabels[r.Label]) {
			return readQuestion
		}
		if ruleRequests[in.Kind] && in.Kind != IntentAsk && sure && requestLabels[r.Label] {
			return readRequest
		}
		// Thanks and greetings may be the occasion ("to thank her"); a
		// goodbye is not.
		if sure && r.Label == understand.Goodbye {
			return readAside
		}
		return readAnswer
	case expectRevision:
		// Questions about the draft ("is this too needy?") and requests
		// to change it ("can you…") are for the drafting flow; a
		// question for the guide is not.
		if asks && sure && (r.Label == understand.Ask || r.Label == understand.Offtopic) && !aboutTheDraft.MatchString(folded) {
			return readQuestion
		}
		if sure && requestLabels[r.Label] && (ruleRequests[in.Kind] || r.Confidence >= 0.9) {
			return readRequest
		}
		if sure && r.Label == understand.Goodbye {
			return readAside
		}
		return readAnswer
	}
	// A short, exact slot: a name, a time, a place, how often, a choice.
	if asks && strictSlot(p.expect) && ruleRequests[in.Kind] && in.Kind != IntentAsk {
		return readRequest // "can you remind me to…": a request, asked politely
	}
	if asks && (in.Kind == IntentAsk || sure && (questionLabels[r.Label] || asideLabels[r.Label]) || plainQuestion(text, folded)) {
		return readQuestion
	}
	if ruleRequests[in.Kind] || sure && (requestLabels[r.Label] || r.Label == understand.Feeling) {
		return readRequest
	}
	if sure && asideLabels[r.Label] {
		return readAside
	}
	if strictSlot(p.expect) && (in.Kind == IntentContacts || asksList(text)) {
		return readRequest // "whats on my list" at "how often?"
	}
	if strictSlot(p.expect) && len(strings.Fields(folded)) > 6 {
		// Not a time, a place or how often, and too long to be a try at
		// one: something else the person wants to say.
		return readRequest
	}
	return readAnswer
}

// namesSomeone reports a short statement, not a question, that names a
// person or a group: at a prompt asking who, it is the answer whatever
// else its words look like.
func namesSomeone(text, folded string) bool {
	if questionShaped(text, folded) {
		return false
	}
	n := len(strings.Fields(folded))
	if n <= 6 && (people.Find(text).Found() || countOfUs.MatchString(folded)) {
		return true
	}
	// "its for hamid, my flatmate's boyfriend. we barely know each
	// other…", "the flat group chat - my 4 uni housemates": who, said
	// first, then more about them.
	if countOfUs.MatchString(folded) && n <= 10 {
		return true
	}
	first := strings.TrimSpace(whoClauseEnd.Split(text, 2)[0])
	f := forWhom.ReplaceAllString(foldText(first), "")
	if first != text && len(strings.Fields(f)) > 0 && len(strings.Fields(f)) <= 6 && people.Find(f).Found() {
		return true
	}
	// A longer answer in one piece names someone surely and tells
	// nothing felt.
	if n > 10 {
		return false
	}
	_, low := findLow(text)
	return !low && people.Find(text).Sure()
}

// whoClauseEnd ends the words that say who: a comma, a stop, a dash.
var whoClauseEnd = mustPattern(`[,.;:!]|\s[-–—]\s`)

// countOfUs names a group by how many are in it: "theres 5 of us", "the
// six of us".
var countOfUs = mustPattern(`\b(?:there'?s|theres|there are|we'?re|were|we are|the|all) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) of us\b`)

// aboutTheDraft marks a message that speaks of the draft on screen.
var aboutTheDraft = mustPattern(`^(?:can|could|would|will) you\b|\b(?:this|it|that|the message|the draft|the text|the wording|too)\b`)

// strictSlot reports prompts whose answers an exact parser reads.
func strictSlot(e expect) bool {
	return e == expectTime || e == expectPlace || e == expectCadence || e == expectDate
}

// fitsSlot reports whether text is, by the flows' own exact parsers, a
// value of the kind e expects.
func fitsSlot(e expect, text string, now time.Time) bool {
	switch e {
	case expectTime:
		if timeReply(text) {
			return true
		}
		s := "at " + strings.TrimPrefix(strings.ToLower(text), "at ")
		if badClock(s) != "" {
			return true // a try at a time: the flow says what is wrong with it
		}
		_, _, ok := habitClockIn(s, "")
		return ok && len(strings.Fields(text)) <= 6
	case expectPlace:
		// A place is a few words; looking longer text up would read the
		// timezone database for nothing.
		_, ok := zoneFromLocalClock(text, now) // a place name: see readAtPrompt
		return ok
	case expectCadence:
		_, ok := ParseCadence(text, 10)
		if !ok {
			_, ok = ParseCadence("every "+text, 10)
		}
		return ok
	case expectDate:
		s := calendarWords(strings.ToLower(text))
		if _, _, ok := parseDate(s); ok {
			return true
		}
		// Half a date, completing the half told before: "the 17th",
		// "march". (Its flow asks again when nothing was told before.)
		if len(strings.Fields(s)) > 5 || strings.Contains(s, "?") {
			return false
		}
		_, month := monthOnly(s)
		return month || reDayAnswer.MatchString(s)
	case expectFeel:
		return ExtractDraftDetails(text).Tone != ""
	case expectRevision:
		_, ok := ParseRevision(text)
		return ok
	}
	return false
}

// questionShaped reports a message that reads as a question: a question
// mark at the end, or a question's first words.
func questionShaped(text, folded string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " )!.\"'"), "?") || questionStart.MatchString(withoutLead(folded))
}

// withoutLead drops the words a question may open with before its
// question word: "wait, are you…", "ok so how do I…".
func withoutLead(folded string) string {
	for {
		w, rest, ok := strings.Cut(folded, " ")
		if !ok || !leadWords[w] {
			return folded
		}
		folded = rest
	}
}

var leadWords = wordset.Of(`wait ok okay um umm uh hmm so actually hey oh but and sorry quick question also btw`)

// plainQuestion is a question no short slot can take: it opens with a
// question word and runs to several words, or ends in a question mark
// after them.
func plainQuestion(text, folded string) bool {
	n := len(strings.Fields(folded))
	return n >= 4 && (questionStart.MatchString(withoutLead(folded)) || strings.HasSuffix(strings.TrimSpace(text), "?"))
}

// addressed reports a message that asks the companion to do something,
// rather than telling something: "can you…", "help me…", "remind me…".
func addressed(folded string) bool {
	return addressedStart.MatchString(folded)
}

var addressedStart = mustPattern(`^(?:(?:ok |okay |actually |wait |oh |hey |so |please )*)(?:can you|could you|would you|will you|can we|could we|let's|lets|help me|please|remind me|nudge me|set (?:up )?a reminder|draft|write (?:me )?a|stop|pause|start|show me|i want you to|i'd like you to|i need you to|i need help)\b`)

// clarifying reports a short question about the prompt itself: what it
// means, what the options are, why it is asked.
func clarifying(folded string) bool {
	return len(strings.Fields(folded)) <= 9 && clarifyStart.MatchString(folded)
}

// returning reports a hello or a sorry-I-was-away typed at a prompt: "hi!
// sorry, my phone died", "hey, I'm back".
func returning(folded string) bool {
	return returningStart.MatchString(folded)
}

var returningStart = mustPattern(`^(?:hi|hey|hello|hiya|heya|hii+|heyy+|yo)(?: again| there)?$` +
	`|^(?:hi|hey|hello|hiya|heya|hii+|heyy+|yo|sorry|soz|apologies|oops)(?: \S+){0,3} (?:sorry|was away|got distracted|got busy|i'm back|im back|back now)\b` +
	`|^(?:hi |hey |hello |ok |okay )?(?:sorry|soz|apologies)(?: \S+){0,5} (?:away|distracted|busy|died|dead|battery|afk|late|slow|signal|wifi|interrupted)\b`)

var clarifyStart = mustPattern(`^(?:(?:um|umm|uh|hmm|sorry|wait|ok|okay|idk|i don't know|i dont know|not sure) )*` +
	`(?:what do you mean|what d you mean|wdym|what does (?:that|this|it) mean|what's that mean|whats that mean|` +
	`what is that|what's that|whats that|huh|what|who|why|eh|pardon|come again|like what|such as|for example|example|examples|` +
	`i don't (?:understand|get it)|i dont (?:understand|get it)|don't get it|dont get it|not sure what you mean|` +
	`what are (?:my |the )?options|which (?:one|ones)|what (?:should|do|would|can) i (?:say|put|pick|choose|answer|type)(?: here)?|` +
	`what would you (?:suggest|recommend|pick)|any (?:ideas|suggestions)|you pick|you choose|why do you (?:need|want|ask)|` +
	`(?:anything |something )?like what|who do you mean|what do you want (?:me to say|from me)|` +
	`what(?:'s| is) (?:a |an |the )?\S+(?: for)?|` +
	`why does (?:that|it) matter|what for)$` +
	`|^(?:(?:um|umm|uh|hmm|sorry|wait|ok|okay|idk|so) )*(?:what do you mean|wdym|what (?:does|do) (?:\S+ ){0,2}mean|` +
	`what would you suggest|why do you (?:need|want) (?:that|this|to know)|` +
	`who (?:should|do|would|could) i (?:even )?(?:write|text|message|send it|pick|choose))\b`)
