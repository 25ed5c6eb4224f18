package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/people"
)

// The slots the drafting flow may ask for, in order.
const (
	slotRecipient = "recipient"
	slotOccasion  = "occasion"
	slotTone      = "tone"
	slotMention   = "mention"
	stepReview    = "review"
)

const maxDraftHistory = 6

// startDraft begins a drafting conversation from what the person already said.
func (t *turn) startDraft(text string, command bool) {
	t.startDraftTo(text, command, "")
}

// tellsOwnState is telling someone how one is doing oneself: "tell my aunt
// how i'm doing", "let my brother know i'm struggling".
var tellsOwnState = mustPattern(`\b(?:tell|let|text|message|update|show)\b(?: \S+){1,4}? (?:know )?(?:how (?:i'?m|im|i am|i've been|ive been) (?:doing|feeling|coping|holding up|really doing|actually doing)|(?:that )?(?:i'?m|im|i am|i've been|ive been) (?:struggling|not (?:ok|okay|doing (?:well|great|good)|coping|great)|having a (?:hard|rough|tough) time|finding (?:it|things) hard))`)

// withoutAsking keeps of what was said the clauses that are more than the
// wish to tell someone how one is, or thanks to the companion: those say
// what the message is for, and are no line of it.
func withoutAsking(said []string) []string {
	var out []string
	for _, s := range said {
		var kept []string
		for _, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(".,;!?", r) }) {
			f := foldText(c)
			if f == "" || tellsOwnState.MatchString(f) || thanksToMe.MatchString(f+" ") || len(strings.Fields(f)) < 2 {
				continue
			}
			kept = append(kept, strings.TrimSpace(c))
		}
		if len(kept) > 0 {
			out = append(out, strings.Join(kept, ", "))
		}
	}
	return out
}

// onlyWriteWish is a request or a wish to write to someone, with nothing
// else in it: "maybe i'll text my brother", "i should message mum".
var onlyWriteWish = mustPattern(`^(?:(?:ok|okay|so|yeah|yes|maybe|i think|actually|hmm|um|then|right) )*(?:i'?ll|ill|i will|i should|i could|i might|i can|i want to|i wanna|i'?d like to|id like to|gonna|i'?m gonna|im gonna|going to|i'?m going to|let me|lets|let'?s|(?:can you |could you |pls |please )?help me(?: to)?)? ?(?:text|txt|message|msg|write to|call|ring|email|dm|reach out to|get in touch with|drop (?:a line|a message|a text) to)(?: (?:my|our|the|him|her|them))?(?: \S+){0,2}(?: (?:then|maybe|now|today|tonight|later|back))?$`)

// thanksToMe opens a message with thanks to the companion: "thanks. maybe
// i should…", "ok thank you, can you…".
var thanksToMe = mustPattern(`^(?:(?:ok|okay|aw|aww|oh) )?(?:thanks|thank you|thx|ty|cheers)(?: so much| a lot| for that| for listening)?[.!,]? `)

// startDraftTo begins a drafting conversation from text, to name when the
// person gave it apart ("jonno", said after an offer to write to "your
// mate").
// toldAfterCommand reports a story typed after the draft command itself
// ("/draft condolence for Ji-woo, her dog Mochi died last night"): more
// than whom and what for, so it is read as details too.
func toldAfterCommand(text string) bool {
	return strings.ContainsAny(text, ",.;!") && len(strings.Fields(text)) > 5
}

func (t *turn) startDraftTo(text string, command bool, name string) {
	if paused := t.p.Flow.Paused; paused != nil && paused.Name == flowDraft && strings.TrimSpace(text) == "" {
		t.offerResume()
		return
	}
	// "my coworker's wife... no wait sorry. my coworker ines herself": a
	// short opening taken back is no part of the request.
	text = afterRetraction(text)
	if !command {
		if offered := t.withOffered(text); offered != text {
			text = offered
		} else {
			text = t.withTold(text)
		}
	}
	d := ExtractDraftDetails(text)
	if strings.TrimSpace(text) != "" && (!command || toldAfterCommand(text)) {
		d = t.a.hooks.extract(t.ctx, text, d)
		if !onlyWriteWish.MatchString(foldText(strings.TrimRight(text, ".!? "))) {
			// "maybe i'll text my brother" says whom to write to, and
			// nothing for the message to carry.
			if said := withoutAskFrame(text); said != "" {
				d.Said = append(d.Said, said)
			}
		}
	}
	old := t.p.Flow.Paused
	samePerson := old != nil && old.Name == flowDraft && old.Draft != nil && old.Draft.Details.Recipient != "" &&
		d.Recipient == "" && !command && !people.Find(text).Found()
	if samePerson {
		// "ok help me write a follow up", after a question asked while
		// writing to Oksana: the message is still to her.
		d.Recipient = old.Draft.Details.Recipient
		if d.Relationship == "" {
			d.Relationship = old.Draft.Details.Relationship
		}
	}
	if old != nil && old.Name == flowDraft && old.Draft != nil && (samePerson || aboutIt.MatchString(foldText(text))) {
		// "actually write to my cousin about it instead": what was said
		// for the draft just left is what this one is about.
		prev := old.Draft.Details
		who := draftMention(prev)
		var said []string
		for _, x := range prev.Said {
			if who != "" && !strings.EqualFold(who, d.Recipient) {
				// "she's been in hospital" was said of the one left:
				// named, so it is never read as the new one's news.
				x = leadPronoun.ReplaceAllString(x, strings.Replace(who, "your ", "my ", 1))
			}
			said = append(said, x)
		}
		d.Said = append(said, d.Said...)
		if d.Occasion == "" {
			d.Occasion = prev.Occasion
		}
		d.Since = betterSince(d.Since, prev.Since)
	}
	if name != "" {
		d.Recipient = name
	}
	if followUpTold(text) {
		// A silence after reaching out is what the message is for, even
		// when the words name another occasion ("sent her a card for
		// her 60th, not a word since").
		d.Occasion = OccasionFollowUp
	}
	if d.Occasion == "" && askOf(text) {
		// The ask is what the message is for.
		d.Occasion = askOccasion(d)
	}
	if (d.Occasion == "" || d.Occasion == OccasionThanks && thanksToMe.MatchString(foldText(text))) && tellsOwnState.MatchString(foldText(text)) {
		// "maybe i should tell my aunt how i'm doing": letting them in
		// on a hard time of one's own is asking for support, and a
		// "thanks." said to the companion first is no thank-you to them.
		d.Occasion = OccasionSupport
		d.Said = withoutAsking(d.Said)
	}
	if d.Recipient == "" && command && !pointsBack(text) {
		d.Recipient = nameFromAnswer(text)
	}
	t.talkedRecipient(&d, text)
	t.beginDraft(d)
}

// aboutIt points back at what was being written about: "about it",
// "about all that", "the same news".
var aboutIt = mustPattern(`\b(?:about (?:it|that|this|all (?:that|this)|what happened|the same)|the same (?:thing|news|stuff))\b`)

// leadPronoun is a pronoun opening a sentence: who it stands for.
var leadPronoun = regexp.MustCompile(`(?i)^(?:she|he|they)\b`)

// startDraftFor starts a draft to name, offered at the end of a reflection.
// What the person said there about name (a long silence, how they know each
// other) fills what it can, so it is not asked again.
func (t *turn) startDraftFor(name string) {
	d := DraftDetails{Recipient: name}
	if n := len(t.p.Reflections); n > 0 && t.now.Sub(t.p.Reflections[n-1].At) < 24*time.Hour {
		for _, answer := range t.p.Reflections[n-1].Answers {
			more := ExtractDraftDetails(answer)
			if !strings.EqualFold(more.Recipient, name) {
				continue
			}
			fillDetails(&d, DraftDetails{Relationship: more.Relationship, Occasion: more.Occasion, Since: more.Since})
		}
	}
	t.beginDraft(d)
}

// beginDraft starts the drafting flow on what is known so far.
func (t *turn) beginDraft(d DraftDetails) {
	if d.Tone == "" && t.p.Profile.Tone != "" {
		d.Tone = t.p.Profile.Tone
	}
	settleDetails(&d)
	if hasDetails(d) {
		// The request itself said what to put in: no need to ask.
		d.Skipped = append(d.Skipped, slotMention)
	}
	t.p.Flow = Flow{Name: flowDraft, Updated: t.now, Draft: &DraftState{Details: d}}
	lead := ""
	if who := draftMention(d); who != "" {
		lead = "Let's write to " + who + ". "
	}
	t.draftNext(lead)
}

// missingSlot returns the next thing to ask, or "" when the draft can be written.
func missingSlot(d DraftDetails) string {
	skipped := func(s string) bool {
		for _, k := range d.Skipped {
			if k == s {
				return true
			}
		}
		return false
	}
	switch {
	case d.Recipient == "" && d.Relationship == "":
		return slotRecipient
	case d.Occasion == "" && !skipped(slotOccasion):
		return slotOccasion
	case d.Tone == "" && d.Length != LengthShort && !skipped(slotTone):
		// "keep it short" already says how it should feel: a short
		// and simple message is one of the feels offered.
		return slotTone
	case !skipped(slotMention):
		return slotMention
	}
	return ""
}

// draftNext asks for the next missing detail, or writes the draft.
func (t *turn) draftNext(lead string) {
	ds := t.p.Flow.Draft
	if draftWithAsked(ds) {
		lead += "I'll keep in mind what you asked about. "
	}
	d := ds.Details
	slot := missingSlot(d)
	if t.p.Flow.Step == stepReview && len(ds.History) > 0 {
		slot = stepReview
	}
	if slot != "" && slot == t.p.Flow.Step && passable[slot] && t.choice == "" && !slotQuestion(t.text) {
		// The same question a third time running (the occasion asked
		// after "idk", after who they are, after their name) is passed
		// over: the draft goes on without it. Explaining the question
		// when asked what it means is no repeat.
		if ds.Repeats++; ds.Repeats >= 2 {
			ds.Details.Skipped = append(ds.Details.Skipped, slot)
			ds.Repeats = 0
			d = ds.Details
			slot = missingSlot(d)
		}
	} else {
		ds.Repeats = 0
	}
	t.p.Flow.Step = slot
	occ := draftOccasionNow(d)
	if occ == OccasionCondolence && !ds.Sorry {
		// A death was told: a friend says they are sorry before anything
		// about the message.
		lead = "I'm so sorry to hear that. " + lead
		ds.Sorry = true
	}
	switch slot {
	case slotRecipient:
		t.say(lead + "Who would you like to write to — and who are they to you? (For example: “Sam, an old college friend”.)")
	case slotOccasion:
		t.say(lead+"What's the occasion?",
			Choice{ID: "occ:" + OccasionSilence, Label: "It's been a while"},
			Choice{ID: "occ:" + OccasionThinking, Label: "Just thinking of them"},
			Choice{ID: "occ:" + OccasionHardTime, Label: "They're having a hard time"},
			Choice{ID: "occ:" + OccasionWin, Label: "Good news of theirs"},
			Choice{ID: "occ:" + OccasionBirthday, Label: "Birthday"},
			Choice{ID: "slot:skip", Label: "Skip"})
	case slotTone:
		t.say(lead+"What feel do you want?", draftFeels(occ)...)
	case slotMention:
		t.say(lead+"Anything specific you'd like to mention — a shared memory, or something you saw that reminded you of "+themOrName(d)+"?",
			Choice{ID: "slot:skip", Label: "Skip"})
	default:
		if len(ds.History) == 0 {
			lead += "Here's a first draft:"
		}
		t.showDraft(strings.TrimSpace(lead), "")
	}
}

// passable are the steps a draft can be written without.
var passable = map[string]bool{slotOccasion: true, slotTone: true, slotMention: true}

// draftFeels are the feels offered for a draft: a quiet occasion (a
// death, a hard time, an apology) is never offered a playful one, and a
// formal one is offered instead, for a colleague's loss.
func draftFeels(occasion string) []Choice {
	third := Choice{ID: "tone:" + TonePlayful, Label: "Playful"}
	if compose.Sombre(compose.Occasion(occasion)) {
		third = Choice{ID: "tone:" + ToneFormal, Label: "Formal"}
	}
	return []Choice{
		{ID: "tone:" + ToneWarm, Label: "Warm"},
		{ID: "tone:" + ToneCasual, Label: "Casual"},
		third,
		{ID: "tone:" + ToneSimple, Label: "Short and simple"},
	}
}

// draftOccasionNow is the occasion of the draft as far as it is known: the
// one chosen or said, else the one its words so far read as.
func draftOccasionNow(d DraftDetails) string {
	if d.Occasion != "" {
		return d.Occasion
	}
	if len(d.Said) == 0 {
		return ""
	}
	return string(composeSpec(d, 0).Occasion)
}

func themOrName(d DraftDetails) string {
	if who := draftMention(d); who != "" {
		return who
	}
	return "them"
}

// draftMention is how the companion speaks of the recipient: "Sam", "your
// sister", "the group"; "" when nobody is known yet.
func draftMention(d DraftDetails) string {
	switch {
	case d.Recipient != "":
		return d.Recipient
	case d.Relationship == "group":
		return "the group"
	case d.Relationship == someone:
		return ""
	case d.Relationship != "":
		return "your " + d.Relationship
	}
	return ""
}

// someone is the relationship of a draft written to nobody named.
const someone = "someone"

// weakOccasion are the occasions a more specific one typed later replaces.
var weakOccasion = map[string]bool{OccasionThinking: true, OccasionSilence: true, OccasionHardTime: true}

// settleDetails lets what the person typed decide the occasion when they
// skipped the question, or when a button said less than their words ("a
// hard time", then "his dad died"), and makes a group a group.
func settleDetails(d *DraftDetails) {
	for _, s := range d.Said {
		o := draftOccasion(s)
		if o == "" || o == OccasionProfessional || slices.Contains(d.Skipped, notOccasion+o) {
			continue
		}
		if d.Occasion == OccasionThinking && o == OccasionWin && saidThinking(d.Said) {
			// "just thinking of him", then "he started a pottery class":
			// the news is said in a thinking-of-you message.
			continue
		}
		if d.Occasion == "" && slices.Contains(d.Skipped, slotOccasion) || weakOccasion[d.Occasion] && !weakOccasion[o] {
			d.Occasion = o
		}
	}
}

// saidThinking reports words of the person's that say the message is to
// say they are on their mind.
func saidThinking(said []string) bool {
	for _, s := range said {
		if f := foldText(s); thinkingOf.MatchString(f) || onMind.MatchString(f) {
			return true
		}
	}
	return false
}

// onMind says someone is on the person's mind, anywhere in a message.
var onMind = mustPattern(`\b(?:on my mind|thinking (?:of|about) (?:him|her|them|you)|been thinking (?:of|about)|miss (?:him|her|them))\b`)

// showDraft writes the draft for the current details and variant; revision
// names the change asked for, if any.
func (t *turn) showDraft(lead string, revision string) {
	ds := t.p.Flow.Draft
	prev := ""
	if n := len(ds.History); n > 0 {
		prev = ds.History[n-1]
	}
	text := t.a.hooks.draft(t.ctx, ds.Details, prev, revision, ComposeDraft(ds.Details, ds.Variant), nil)
	if rs := ds.Revised; rs != nil && len(rs.Changes) > 0 {
		// Changes asked for at a step ("make it shorter" where the feel
		// was asked) or on an earlier version hold for this one too.
		text = replayChanges(text, rs.Changes, rs.context(ds.Details))
	}
	ds.History = append(ds.History, text)
	if len(ds.History) > maxDraftHistory {
		ds.History = ds.History[len(ds.History)-maxDraftHistory:]
	}
	t.p.Flow.Step = stepReview
	body := quote(text)
	if lead != "" {
		body = lead + "\n\n" + body
	}
	t.sayDraft(body, revisionChoices(ds.Details)...)
}

// draftAnswer takes an answer or a revision request.
func (t *turn) draftAnswer(in Intent) {
	ds := t.p.Flow.Draft
	if ds == nil {
		t.startDraft(t.text, false)
		return
	}
	t.p.Flow.Updated = t.now
	if t.choice == "" && (t.reminderAside() || t.birthdayAside()) {
		return
	}
	if in.Kind == IntentPause {
		t.pause("Okay, I've kept the draft to " + themOrName(ds.Details) + ". Say /draft whenever you want to come back to it.")
		return
	}
	if t.p.Flow.Step == stepReview {
		if name := laterName(t.text); name != "" && ds.Details.Recipient == "" && t.choice == "" {
			// "she's called rosa" once the draft is shown: the name
			// goes where it belongs, never in as a line.
			ds.Details.Recipient = name
			if ds.Details.Relationship == someone {
				ds.Details.Relationship = ""
			}
			ds.Variant = 0
			t.showDraft("Got it — written to "+name+":", "")
			return
		}
		if t.choice == "" && namedAfter.MatchString(t.text) && !strings.Contains(t.text, "?") {
			// "his name is Ollie": a name for someone the story spoke
			// of, worked in where they were spoken of, never a line.
			if !t.redraftWith(strings.TrimSpace(t.text)) {
				t.say("Thanks, good to know. The draft can stay as it is — or tell me what to change.", reviewChoices(ds)...)
			}
			return
		}
		if detail := addedDetail(t.text, ds.Details.Recipient); detail != "" && t.choice == "" && !approvalOnly(t.text) {
			t.addDetail(detail)
			return
		}
		t.review(in)
		return
	}
	if in.Kind == IntentBack && len(ds.History) > 0 {
		t.p.Flow.Step = stepReview
		t.showDraft("Here's the draft again:", "")
		return
	}
	t.fillSlot(in)
}

// afterStepQuestion is what follows a question about the step or about
// what to say, when something follows it that says what the message is
// about; "" otherwise.
func afterStepQuestion(text string) string {
	q, rest, ok := strings.Cut(text, "?")
	rest = strings.TrimLeft(rest, "? ")
	if !ok || len(strings.Fields(rest)) < 3 || strings.Contains(rest, "?") {
		return ""
	}
	if !ownSayingQuestion(q) && !slotQuestion(q) || howMuchSaid.MatchString(foldText(rest)) {
		return ""
	}
	return rest
}

// howMuchSaid is a word on how much to tell, not what: "i don't want to
// go into details".
var howMuchSaid = mustPattern(`\b(?:go into|details?|specifics|too much|everything|how much|all of it)\b`)

// beforeWriteTo is what a message says before a request to write to
// someone in it: "my uncle's wife died" of "my uncle's wife died, i want
// to write to my uncle farid"; "" when the request opens it.
func beforeWriteTo(text string) string {
	loc := writeToLater.FindStringIndex(foldText(text))
	if loc == nil || loc[0] == 0 {
		return ""
	}
	f := foldText(text)
	return strings.TrimRight(strings.TrimSpace(f[:loc[0]]), ",;:-—–.")
}

// writeToLater is a request to write that follows something told.
var writeToLater = mustPattern(`[,;.—–-]?\s*(?:and |so |but )?(?:i (?:want|need|would like|'d like|wanna) to|i'?d like to|help me|can you help me|could you help me|pls help me|please help me)? ?(?:write|text|message|send something) to\b`)

// plainOccasionWord reports text that names occasion occ by its own word:
// "apologising to my sister", "a thank you to my coach".
func plainOccasionWord(occ, text string) bool {
	re, ok := plainOccasionWords[occ]
	return ok && re.MatchString(foldText(text))
}

// plainOccasionWords are the words that name an occasion outright.
var plainOccasionWords = map[string]pattern{
	OccasionApology:    mustPattern(`\b(?:apolog\w*|say sorry|saying sorry|sorry (?:message|note|text))\b`),
	OccasionThanks:     mustPattern(`\b(?:thank\w*|thank you|thank-you)\b`),
	OccasionWin:        mustPattern(`\b(?:congrat\w*)\b`),
	OccasionCondolence: mustPattern(`\b(?:condolences?|sympathy)\b`),
}

// birthdayWord names a birthday outright.
var birthdayWord = mustPattern(`\b(?:birthday|bday|b-day|bday's|birthday's)\b`)

// fillSlot stores the answer to the slot that was asked.
func (t *turn) fillSlot(in Intent) {
	ds := t.p.Flow.Draft
	d := &ds.Details
	slot := t.p.Flow.Step
	now := goNow(t.text)
	skip := t.choice == "slot:skip" || in.Kind == IntentSkip || (slot == slotMention && in.Kind == IntentNo) ||
		slot == slotRecipient && t.choice == "" && (noOneYet(foldText(t.text)) || now)
	if slot == slotRecipient && t.choice == "" && now {
		// "just do it" where the name was asked: nameless, and now.
		ds.Skips = 2
	}
	if (in.Kind == IntentDone || now) && t.choice == "" && slot != slotRecipient {
		// "done" before the draft is shown: write it now.
		skip = true
		ds.Skips = 2
	}
	lead := ""
	if detail := doubtAfterDetail(t.text); detail != "" && slot != slotRecipient && t.choice == "" {
		// The detail goes in; the doubt about it gets a word first.
		t.text, lead = detail, doubtAnswer
	}
	if rest := afterStepQuestion(t.text); rest != "" && t.choice == "" && slot != slotRecipient {
		// "what should i say? i'd like him to know i've been low": what
		// follows the question answers it.
		t.text = rest
	}
	if loc := contentLead.FindStringIndex(strings.ToLower(t.text)); loc != nil && t.choice == "" && slot != slotRecipient &&
		len(strings.Fields(t.text[loc[1]:])) >= 2 {
		// "just that i'm sad and would love a visit": what follows is
		// what to say.
		t.text = strings.TrimSpace(t.text[loc[1]:])
	}
	if name, rest := nameThenMore(t.text); name != "" && d.Recipient == "" && slot != slotRecipient && t.choice == "" {
		// "his name is theo, i want to ask him to climb on saturday":
		// the name goes where it belongs, and the rest answers the step.
		d.Recipient = name
		if d.Relationship == someone {
			d.Relationship = ""
		}
		t.text = rest
	}
	if rel, place, ok := describedWho(t.text); ok && t.choice == "" && slot != slotRecipient && d.Recipient == "" &&
		(d.Relationship == "" || d.Relationship == someone) {
		// "someone from my pottery class", typed after "idk" to who it
		// is for: who they are, and the same question again.
		d.Relationship = rel
		t.draftNext("Got it — someone from your " + place + ". ")
		return
	}
	more := ExtractDraftDetails(t.text)
	if slot != slotRecipient && styleLine(t.text) {
		// "nostalgic but light" says how it should sound; no word of it
		// is who it is for.
		more.Recipient, more.Relationship = "", ""
	}
	if slot == slotRecipient && more.Recipient == "" && theyTold.MatchString(foldText(t.text)) {
		// "she always sent me postcards when i was at uni", where who
		// was asked: what she did, never who she is ("a friend from
		// uni"); who is asked again.
		more.Relationship = ""
	}
	if slot == slotRecipient && more.Recipient == "" && more.Relationship == "" && countOfUs.MatchString(foldText(t.text)) {
		// "my uni flat, theres 5 of us": a group, by how many are in it;
		// how many is for the companion, not for the draft.
		more.Relationship = "group"
		t.text = strings.TrimSpace(howManyOfUs.ReplaceAllString(t.text, ""))
	}
	if name := laterName(t.text); name != "" && d.Recipient == "" && slot != slotRecipient && t.choice == "" {
		// "its roisin" typed after "my sister": the name, and the same
		// question again.
		d.Recipient = name
		if d.Relationship == someone {
			d.Relationship = ""
		}
		t.draftNext("Got it — " + name + ". ")
		return
	}
	if t.choice == "" && !skip && slot != slotRecipient && ownSayingQuestion(t.text) {
		// "how much should i say?": a word on it, and the same step.
		t.draftNext(sayHelp)
		return
	}
	if t.choice == "" && !skip && slotQuestion(t.text) {
		// "why do u need that?": a word on the step, and the same step.
		t.draftNext(slotHelp[slot])
		return
	}
	if t.choice == "" && slot != slotRecipient {
		// "make it short"; "add that i'm visiting in may", "don't
		// mention the move": made on the first draft as on any draft
		// (draft_pending.go).
		if changes, parts := stepRequests(t.text); len(changes)+len(parts) > 0 {
			if rest := stepDetailAfter(t.text, *d); rest != "" {
				// "keep it light, the frost took me back to our camping
				// trip": the trip is kept for the draft too.
				d.Said = append(d.Said, rest)
				toldDetail(d, rest)
			}
			t.takeStepChanges(append(changes, parts...), slot)
			return
		}
	}
	switch {
	case strings.HasPrefix(t.choice, "occ:"):
		d.Occasion = strings.TrimPrefix(t.choice, "occ:")
	case strings.HasPrefix(t.choice, "tone:"):
		d.Tone = strings.TrimPrefix(t.choice, "tone:")
		if d.Tone == ToneSimple {
			d.Length = LengthShort
		}
	case skip && slot == slotRecipient:
		// No name is fine: the draft greets nobody by name, and "dunno"
		// is nobody's name.
		d.Relationship = someone
		if noOneYet(foldText(t.text)) {
			more = DraftDetails{}
		}
	case skip && slot != slotRecipient:
		d.Skipped = append(d.Skipped, slot)
	case slot == slotRecipient:
		// Who they are, not what for: the occasion is asked next, as the
		// person expects, and what else they said is kept for the draft.
		said := more.Occasion
		if said == "" {
			said = occasionFromWords(t.text)
		}
		more.Occasion = ""
		if d.Occasion == "" && (said == OccasionBirthday && birthdayWord.MatchString(foldText(t.text)) || said != "" && plainOccasionWord(said, t.text)) {
			// "it's for my sister's birthday", "apologising to my
			// sister": the word for what it is for is not asked again.
			d.Occasion = said
		}
		back := t.talkedRecipient(&more, t.text)
		if rel, _, ok := describedWho(t.text); ok && more.Recipient == "" && more.Relationship == "" && !theyTold.MatchString(foldText(t.text)) {
			// "someone from my pottery class": who they are, named later.
			more.Relationship = rel
		}
		if more.Recipient == "" && more.Relationship == "" {
			if said == "" || len(strings.Fields(t.text)) > 3 {
				more.Recipient = nameFromAnswer(t.text)
			}
			if more.Recipient == "" {
				// "birthday", "an apology": what it is for, not who.
				more.Occasion = said
			}
		}
		if (more.Recipient == "" && more.Relationship == "" || controlWord(t.text)) && !back {
			if !controlWord(t.text) && !noOneYet(foldText(t.text)) {
				// What it is for, said instead of who ("birthday",
				// "an apology"): kept.
				fillDetails(d, DraftDetails{Occasion: more.Occasion, Tone: more.Tone, Since: more.Since})
				d.Said = append(d.Said, t.text)
				toldDetail(d, t.text)
			}
			told := !controlWord(t.text) && !noOneYet(foldText(t.text)) && len(strings.Fields(t.text)) >= 3 &&
				hasDetails(DraftDetails{Relationship: someone, Occasion: d.Occasion, Said: []string{t.text}})
			if !slices.Contains(ds.Reasked, slot) && !told {
				// Asked once more only when nothing came back but a
				// word or two: what was told instead goes on, nameless.
				ds.Reasked = append(ds.Reasked, slot)
				t.say("Who is it for? A name or who they are to you is enough (“Sam”, “my sister”) — or say “skip” and I'll write it without a name.")
				return
			}
			// Asked twice: the draft goes on without a name rather
			// than ask a third time.
			d.Relationship = someone
			t.draftNext("I'll leave the name out — you can add it before you send it. ")
			return
		}
		if before := beforeWriteTo(t.text); before != "" &&
			len(draftDetails(DraftDetails{Recipient: more.Recipient, Relationship: more.Relationship, Said: []string{before}})) > 0 {
			// "my uncle's wife died, i want to write to my uncle farid":
			// what came before who is what the message is about.
			d.Said = append(d.Said, t.text)
		} else if writerTold.MatchString(foldText(t.text)) && len(strings.Fields(t.text)) >= 5 {
			// "I asked Rohan if he wanted to go hiking": what the writer
			// did, with who it was to inside, is what happened.
			d.Said = append(d.Said, t.text)
		} else if rest := afterName(t.text); rest != "" && !onlyWho(rest) && !describesWho(rest) {
			d.Said = append(d.Said, rest)
		}
	case slotQuestion(t.text):
		t.draftNext(slotHelp[slot])
		return
	case slot == slotOccasion && more.Occasion == "" && (more.Tone != "" && len(strings.Fields(t.text)) <= 2 || styleLine(t.text)):
		// A feel ("casual") typed where the occasion was asked: it is the
		// tone, and the words still to come decide the occasion.
		d.Skipped = append(d.Skipped, slot)
	case slot == slotOccasion && more.Occasion == "" && onlyWho(t.text) && (more.Recipient != "" || more.Relationship != "") &&
		!slices.Contains(ds.Reasked, slot):
		// "kofi", typed where the occasion was asked after "an old
		// friend": who it is, and the occasion is asked once more.
		ds.Reasked = append(ds.Reasked, slot)
		if more.Recipient != "" {
			lead = "Got it — " + more.Recipient + ". "
		}
	case slot == slotOccasion && more.Occasion == "":
		d.Occasion = OccasionThinking
		if o := occasionFromWords(t.text); o != "" {
			d.Occasion = o
		}
		if !onlyWho(t.text) && !messageWish(t.text) {
			d.Said = append(d.Said, t.text)
			toldDetail(d, t.text)
		}
	case slot == slotOccasion:
		d.Said = append(d.Said, t.text)
		toldDetail(d, t.text)
	case slot == slotTone && more.Tone == "":
		d.Tone = ToneWarm
		if messageWish(t.text) {
			// "i dont want to scare her": how it should land, never a
			// line of it.
			break
		}
		if !controlWord(t.text) && !onlyWho(t.text) {
			d.Said = append(d.Said, t.text)
			toldDetail(d, t.text)
		}
	case slot == slotTone && len(strings.Fields(t.text)) > 4 && !messageWish(t.text) && hasDetails(DraftDetails{Relationship: d.Relationship, Recipient: d.Recipient, Occasion: d.Occasion, Said: []string{t.text}}):
		// A feel said with more ("she had the twins all weekend…
		// anyway warm"): the more is kept for the draft too.
		d.Said = append(d.Said, t.text)
	case slot == slotMention && (controlWord(t.text) || onlyWho(t.text)):
		d.Skipped = append(d.Skipped, slot)
		if rev, ok := ParseRevision(t.text); ok && rev.Kind != "another" {
			*d = ApplyRevision(*d, rev)
		}
	case slot == slotMention:
		d.Said = append(d.Said, mentionFromAnswer(t.text))
		d.Skipped = append(d.Skipped, slotMention)
		more = DraftDetails{}
	}
	more.Mentions = nil
	if slot != slotRecipient && d.Recipient != "" && more.Relationship == "group" {
		// "i told our friends about her job", typed about Saoirse: the
		// friends are not who the message is for.
		more.Relationship = ""
	}
	if slot != slotRecipient && namedOther(t.text, more.Recipient) {
		// "named her Aurora after our grandmother", typed at a later
		// step: a name they gave, news for the draft, never who it is
		// for (see draft_named_other.go).
		more.Recipient = ""
	}
	if slot != slotRecipient && feelOnly(t.text) {
		// "sincere" typed where the feel was asked, writing to "my
		// sister": how it should sound, never her name.
		more.Recipient = ""
	}
	fillDetails(d, more)
	settleDetails(d)
	if skip {
		ds.Skips++
	}
	if ds.Skips >= 2 {
		// Two skips say "just write it": the optional steps left are
		// not asked.
		d.Skipped = appendMissing(d.Skipped, slotOccasion, slotTone, slotMention)
	}
	if who := draftMention(*d); slot == slotRecipient && who != "" {
		lead = "Let's write to " + who + ". "
	}
	t.draftNext(lead)
}

// toldDetail marks the step that asks for something to mention as
// answered when text, typed at an earlier step, already told something
// for the draft: it is never asked for again.
func toldDetail(d *DraftDetails, text string) {
	if hasDetails(DraftDetails{Recipient: d.Recipient, Relationship: d.Relationship, Occasion: d.Occasion, Said: []string{text}}) &&
		!slices.Contains(d.Skipped, slotMention) {
		d.Skipped = append(d.Skipped, slotMention)
	}
}

// messageWish reports words about how the message should land rather
// than anything to say in it: "i dont want to scare her", "without
// making him feel guilty", "nothing that sounds like pity".
func messageWish(text string) bool {
	return messageWishRe.MatchString(foldText(text))
}

var messageWishRe = mustPattern(`^(?:(?:but|and|just|so|um|hmm|ok|okay|also|honestly|tbh) )*(?:i (?:don'?t|dont|do not) want (?:to|it to|them to|her to|him to)|(?:i )?(?:don'?t|dont) wanna|without (?:making|scaring|worrying|upsetting|pressuring|overwhelming|sounding|being)|nothing that (?:sounds|feels|reads|comes across)|(?:it )?(?:shouldn'?t|should not|mustn'?t) (?:sound|feel|read|come across)|i want (?:it|the message|this) to (?:sound|feel|come across|read|be))\b`)

// howManyOfUs is the clause that says how many are in a group.
var howManyOfUs = regexp.MustCompile(`(?i)[,.;–—-]?\s*(?:there'?s|theres|there are|we'?re|were|we are)\s+(?:about |like |around )?\S+\s+of us\b`)

// fillDetails fills the empty fields of d from more.
func fillDetails(d *DraftDetails, more DraftDetails) {
	if d.Recipient == "" {
		d.Recipient = more.Recipient
	}
	if d.Relationship == "" {
		d.Relationship = more.Relationship
	}
	if d.Occasion == "" {
		d.Occasion = more.Occasion
	}
	d.Since = betterSince(d.Since, more.Since)
	if d.Tone == "" {
		d.Tone = more.Tone
	}
	if d.Warmth == 0 {
		d.Warmth = more.Warmth
	}
	if d.Length == "" {
		d.Length = more.Length
	}
	if d.Medium == "" {
		d.Medium = more.Medium
	}
	for _, m := range more.Mentions {
		if !containsFold(d.Mentions, m) {
			d.Mentions = append(d.Mentions, m)
		}
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// nameFromAnswer takes a short answer as a name: "sam" → "Sam", "Sam, my old
// friend" → "Sam".
func nameFromAnswer(text string) string {
	if names := ExtractNames(text); len(names) > 0 {
		return names[0]
	}
	head, _, _ := strings.Cut(text, ",")
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 2 {
		return ""
	}
	for i, w := range words {
		w = strings.Trim(w, ".!?;:\"'")
		// A number, a filler word ("1", "idk", "someone") or an ordinary
		// word ("get well") is not a name.
		if !strings.ContainsFunc(w, unicode.IsLetter) || junkWords[strings.ToLower(w)] || !people.IsName(w) {
			return ""
		}
		words[i] = capitalize(w)
	}
	return strings.Join(words, " ")
}

// mentionFromAnswer tidies a detail the person wants mentioned.
func mentionFromAnswer(text string) string {
	s := strings.TrimSpace(strings.TrimRight(text, ".!"))
	lower := strings.ToLower(s)
	for _, p := range []string{"mention ", "maybe ", "yes, ", "yes ", "yeah, ", "yeah ", "about "} {
		if strings.HasPrefix(lower, p) {
			s, lower = s[len(p):], lower[len(p):]
		}
	}
	return s
}

// afterName is what an answer to "who is it for?" says beyond who: "Nadia.
// we went on 3 dates" keeps "we went on 3 dates" for the composer to judge.
func afterName(text string) string {
	for _, sep := range []string{". ", "! ", "? ", " - ", " — ", "; ", ", "} {
		if _, rest, ok := strings.Cut(text, sep); ok {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

// onlyWho reports an answer that only says who the message is for again
// ("my sister"), which is nothing to put in it.
func onlyWho(text string) bool {
	p := people.Find(text)
	return p.Found() && len(strings.Fields(text)) <= 3 && !strings.ContainsAny(text, ",.") && !givesName(text)
}

// describesWho reports a phrase that only says who someone is: "my
// roommate from first year", "a friend from work".
func describesWho(text string) bool {
	f := strings.Fields(foldText(text))
	if len(f) == 0 || len(f) > 7 {
		return false
	}
	switch f[0] {
	case "my", "a", "an", "our", "the":
		return !slices.ContainsFunc(f, func(w string) bool { return whoVerbs[w] })
	}
	return false
}

var whoVerbs = wordset.Of(`is was has had got did went died passed lost moved started just we i she he they`)

// controlWord reports a message that steers the flow rather than saying
// anything for the draft: "done", "skip", "warmer", "another one".
func controlWord(text string) bool {
	f := foldText(text)
	if f == "" || junkWords[f] {
		return true
	}
	in := ParseIntent(text)
	switch in.Kind {
	case IntentDone, IntentSkip, IntentNo, IntentYes, IntentBack, IntentCancel:
		return true
	}
	_, ok := ParseRevision(text)
	return ok && len(strings.Fields(f)) <= 3
}

// slotQuestion reports a question about the step itself ("what do you
// mean, occasion?", "idk what would you suggest?"), which is answered, not
// written into the draft.
func slotQuestion(text string) bool {
	f := foldText(text)
	return slotQuestionRe.MatchString(f)
}

var slotQuestionRe = mustPattern(`^(?:(?:not sure|unsure|idk|i don'?t know|no idea|hmm|um|ok|okay|so|sorry|wait|but|and) )*(?:what do (?:people|most people|others|you|u|folks) (?:usually |normally |typically |tend to )?(?:send|say|write|put)|how long should (?:it|the message|this|the text) be|what (?:kind|sort|type)s? of (?:occasions?|things?|feels?|tones?|options?|stuff|info|details?)|what are (?:the|my) options|what (?:do|d) (?:you|u|ya) mean|wdym|what does (?:that|this|it) mean|what(?:'s|s| is) (?:an? |the )?(?:occasion|feel|tone)|i don'?t (?:understand|get it|get what you mean)|idk what|what would you suggest|what should i (?:say|pick|choose|put)|like what|such as|huh|why (?:do|would|d) (?:you|u|ya) (?:need|want|ask|wanna)|why (?:does|do) (?:it|that) matter|does (?:it|that) matter|what(?:'s| is) (?:that|it) for|what for|how come|why (?:that|this)|why$|what (?:do|else do) (?:you|u) (?:need|want) (?:to know|from me)|do (?:you|u) (?:need|have) to know|(?:what|which) (?:do|does|should) (?:you|u|it) (?:need|mean)|\?+$)`)

// slotHelp explains each step when the person asks what it means.
var slotHelp = map[string]string{
	slotRecipient: "So I know who to greet and how to pitch it: their name, who they are to you (“my sister”), or both. If you'd rather not say, “skip” is fine and I'll leave the name out. ",
	slotOccasion:  "I mean what the message is for: catching up after a while, just saying hi, their good news, a hard time, a thank-you or an apology. Pick one, or tell me in your own words. ",
	slotTone:      "I mean how it should sound: warm and heartfelt, relaxed, a bit playful, or short and to the point. ",
	slotMention:   "Something that makes it personal: a memory you share, their news, a plan you'd like to make. Or skip it. ",
}

// theyTold is something someone did, said as a whole statement: "she
// always sent me postcards when i was at uni" tells what they did, never
// who they are ("a friend from uni").
var theyTold = mustPattern(`^(?:so |well |ok |okay )?(?:she|he|they) (?:always |used to |would |never |once |still |just )?[a-z]+(?:ed|t)? (?:me|us|my|our)\b`)

// writerTold is something the writer did to or with someone, said as a
// whole statement: "I asked Rohan if…", "we met Ana at…".
var writerTold = mustPattern(`^(?:so |well |ok |okay )?(?:i|we) (?:already |just |only |even )?(?:asked|invited|texted|messaged|emailed|called|rang|told|offered|sent|lent|gave|met|promised|owe|borrowed|forgot|missed)\b`)
