package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/revise"
)

// How a message typed at one of the drafting flow's own steps is read,
// before the general reading at a prompt (prompt.go). The general reading
// pauses the flow for a question and sets small talk aside; at a drafting
// step many of those are in fact answers, or questions about the message
// itself, which the flow answers and then goes on:
//   - "he loves fishing, is that weird to mention?" is the detail, with a
//     doubt the flow can settle;
//   - "what do people usually send?" asks what the step means;
//   - "she just got into med school!!" typed where the feel was asked is
//     what the message is for;
//   - "idk" where the name was asked means nobody in particular.

// draftStepReading returns how text reads at the drafting step on screen,
// and false when the general reading should decide.
func draftStepReading(text, step string) (reading, bool) {
	folded := foldText(text)
	if folded == "" {
		return 0, false
	}
	if askedReminder.MatchString(folded) {
		// A reminder asked for mid-draft is set by the flow (reminderAside).
		return readAnswer, true
	}
	switch step {
	case slotRecipient:
		if noOneYet(folded) || slotQuestion(text) || goNow(text) {
			return readAnswer, true
		}
	case stepReview:
		if addedDetail(text, "") != "" || dropsPart(text, folded) {
			return readAnswer, true
		}
	case slotOccasion, slotTone, slotMention:
		if goNow(text) {
			return readAnswer, true
		}
		if ownSayingQuestion(text) || contentLead.MatchString(folded) {
			// "just that i'm sad and would love a visit": what to say.
			return readAnswer, true
		}
		if q := strings.TrimSpace(fillerLead.ReplaceAllString(folded, "")); !slotQuestion(text) && doubtAfterDetail(text) == "" && sayingQuestion.MatchString(q) &&
			!detailDoubt.MatchString(q) {
			// "wait what should i avoid saying to someone with cancer":
			// a question of its own, answered as one.
			return readQuestion, true
		}
		if n := len(strings.Fields(folded)); step == slotTone && draftTone(folded) != "" && n >= 2 && n <= 4 {
			// "just honest", "keep it real": the feel asked for.
			return readAnswer, true
		}
		if slotQuestion(text) || doubtAfterDetail(text) != "" || laterName(text) != "" || stepAsks(text) {
			return readAnswer, true
		}
		if !looksLikeQuestion(text) && !asksInTheEnd(text) && draftOccasion(text) != "" {
			return readAnswer, true
		}
		if !looksLikeQuestion(text) && !asksInTheEnd(text) && aboutThem.MatchString(folded) && !writeToStart.MatchString(folded) &&
			!people.Find(text).Sure() {
			// "she helped me land my first dev job": more about who it
			// is for, never a new request to "Dev".
			return readAnswer, true
		}
	}
	return 0, false
}

// sayingQuestion asks how to say things, or what to say, in general:
// "what shouldn't i say to someone who's just been diagnosed", "how much
// should i tell her".
var sayingQuestion = mustPattern(`^(?:what|how|should|shouldn'?t|is it|is there|do i|do you|can i|any|which)\b.*\b(?:say|saying|write|writing|mention|mentioning|avoid|tell|telling|put|include|bring up|ask|share|go into)\b`)

// ownSayingQuestion reports a question about how much of the person's own
// news to put in this message ("how much should i say?", "do i have to
// tell her everything"), which the step answers before going on; a
// question about people in general ("what do you say to someone who…")
// is the guide's.
func ownSayingQuestion(text string) bool {
	q, _, _ := strings.Cut(text, "?")
	f := strings.TrimSpace(fillerLead.ReplaceAllString(foldText(q), ""))
	return howMuchToSay.MatchString(f) && !generalWho.MatchString(f)
}

var howMuchToSay = mustPattern(`^(?:how much|how many details|how much detail|what|do i|should i|shall i|do i have to|must i|how honest|how open)\b.*\b(?:say|tell|share|mention|explain|go into|include|put)\b(?: (?:her|him|them|in it|in the message|everything|all of it|it all|that|this))*$`)

var generalWho = mustPattern(`\b(?:someone|somebody|people|a person|anyone|anybody|in general|usually|normally|friends)\b`)

// contentLead opens what the message should say: "just that…", "only
// that…", "say that…", "mostly that…", and after no occasion ("nothing
// really, just that…").
var contentLead = mustPattern(`^(?:(?:nothing (?:specific|special|in particular|much|really|big|major)|no (?:real |particular )?(?:reason|occasion)|not really an occasion|none really|not much)[ ,.]+)?(?:(?:just|only|simply|maybe|probably|mostly|mainly|basically|really) )*(?:say |tell (?:her|him|them) |let (?:her|him|them) know )?that\b`)

// sayHelp answers how much to put in a message.
const sayHelp = "As much or as little as feels right — a line or two is plenty, and you never have to explain more than you want to. Tell me in a few words what you'd like it to say, or pick how it should feel. "

// detailDoubt asks whether to put one thing in, which the step itself
// settles: "should i mention the trip".
var detailDoubt = mustPattern(`^(?:should|can|could|shall) i (?:mention|say|bring up|include|add|put|tell (?:her|him|them) about)\b`)

// fillerLead is what may open a message before what it says: "wait",
// "hmm", "ok so", "actually".
var fillerLead = mustPattern(`^(?:(?:wait|hmm+|um+|uh|ok|okay|so|actually|oh|sorry|also|and|but|quick question|random question|btw)[ ,.]+)+`)

// noOneYet reports an answer to "who is it for?" that names nobody: "idk
// yet", "not sure", "no one in particular".
func noOneYet(folded string) bool {
	return noOneRe.MatchString(folded)
}

var noOneRe = mustPattern(`^(?:(?:um|hmm|honestly|tbh|ok|okay|oh|nah|no|just|please|pls|eh|meh) )*(?:idk|dunno|i don'?t know|i dont know|not sure|no idea|i'?m not sure|haven'?t decided|not decided|no one|nobody|noone|no one in particular|anyone|anybody|someone|somebody|doesn'?t matter|does not matter|doesnt matter|it doesn'?t matter|it doesnt matter|whoever|whatever|skip|skip it|skip that|pass|(?:i'?d )?rather not (?:say|tell|share)|(?:i )?(?:don'?t|dont|do not) (?:want|wanna|need) to (?:say|tell|share)|not telling|not saying|none of your business|just (?:write|draft|do) (?:it|one|something)|write (?:it|one) anyway|(?:you )?(?:choose|pick|decide)|leave (?:it|the name|that) (?:out|blank|empty)|no name|without (?:a )?name|(?:a )?generic(?: one)?|general|anonymous)(?: (?:yet|really|tbh|lol|for now|atm|right now|in particular|i guess|sorry|please|pls|thanks|anyway|for me|who))*$`)

// doubtAfterDetail splits "he loves fishing, is that weird to mention?"
// into the detail and a doubt about mentioning it; it returns the detail,
// or "" when text is not shaped like that.
func doubtAfterDetail(text string) string {
	loc := doubtRe.FindStringIndex(strings.ToLower(text))
	if loc == nil || loc[0] == 0 {
		return ""
	}
	detail := strings.TrimRight(strings.TrimSpace(text[:loc[0]]), ",;:-—–.")
	// "…, i'm not sure what to even say, is it ok to mention him?": the
	// doubt before the doubt goes too.
	detail = strings.TrimRight(strings.TrimSpace(unsureTail.ReplaceAllString(detail, "")), ",;:-—–.")
	if len(strings.Fields(detail)) < 2 {
		return ""
	}
	return detail
}

// unsureTail is a word of not knowing what to say, after a detail.
var unsureTail = mustPattern(`[,;.—–-]?\s*(?:and |but )?(?:i'?m|im|i am) (?:not sure|unsure|lost for words|at a loss)(?: (?:what|how) (?:to )?(?:even )?(?:say|write|put it|word it))?\s*$`)

var doubtRe = mustPattern(`[,;.—–-]?\s*(?:or )?(?:is (?:that|it|this)|would (?:that|it|this) be|will (?:that|it) be|could i|can i|should i)(?: (?:too|a bit|kinda|kind of|really))? ?(?:weird|odd|strange|ok|okay|fine|alright|too much|cringe|awkward|random|mention|say|bring (?:that|it) up|put (?:that|it) in)(?: to (?:mention|say|bring up|put in|add|talk about))?(?: it| that| him| her| them| this)?\s*\?*\s*$`)

// doubtAnswer settles the doubt that came with a detail, before the flow
// goes on.
const doubtAnswer = "Not weird at all — a small, specific detail is what makes a message feel like it's from you. I've put it in. "

// laterName reads a name given at a later step for someone named so far
// only by who they are: "its roisin", "her name's Ana", "he's called Tom".
func laterName(text string) string {
	m := laterNameRe.FindStringSubmatch(foldText(text))
	if m == nil {
		return ""
	}
	if m[1] != "" && !junkWords[m[2]] && !kinshipWords[m[2]] {
		// "her name is dr patel": a surname after a title is a name,
		// whether or not it is a given name too.
		return titleWord[m[1]] + " " + upFirst(m[2])
	}
	if !people.IsName(m[2]) || junkWords[m[2]] || kinshipWords[m[2]] || titleWord[m[2]] != "" {
		return ""
	}
	return upFirst(m[2])
}

// nameThenMore reads a name given in front of more ("his name is theo, i
// want to ask him out for a climb"): the name, and what follows it; both
// are "" when text does not open so.
func nameThenMore(text string) (string, string) {
	i := strings.IndexAny(text, ",;.")
	if i < 0 {
		return nameThenClause(text)
	}
	rest := strings.TrimSpace(strings.TrimLeft(text[i:], ",;. "))
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(rest, "and "), "so "))
	name := laterName(text[:i])
	if name == "" {
		// "her name is Zanele she graduated last week, the first…": the
		// stop comes after the sentence the name opens.
		return nameThenClause(text)
	}
	if len(strings.Fields(rest)) < 2 {
		return "", ""
	}
	return name, rest
}

// nameThenClause reads a name given with no stop before what follows it,
// when what follows opens a sentence of its own: "her name is Zanele she
// graduated last week", "he's called Bo and he's just moved".
func nameThenClause(text string) (string, string) {
	words := strings.Fields(text)
	for n := 2; n <= 5 && n < len(words)-1; n++ {
		if !clauseOpener[strings.ToLower(words[n])] {
			continue
		}
		if name := laterName(strings.Join(words[:n], " ")); name != "" {
			rest := words[n:]
			if w := strings.ToLower(rest[0]); w == "and" || w == "so" {
				rest = rest[1:]
			}
			if len(rest) >= 2 {
				return name, strings.Join(rest, " ")
			}
		}
	}
	return "", ""
}

// clauseOpener are words that start a sentence about someone after their
// name: a pronoun, or "and" before one.
var clauseOpener = wordset.Of(`she he they we i she's he's they're we're i'm shes hes theyre were im and so`)

var laterNameRe = mustPattern(`^(?:(?:oh|and|btw|ok|okay|sorry|also) )*(?:it'?s|its|her name'?s|her name is|his name'?s|his name is|their name'?s|their name is|she'?s called|he'?s called|they'?re called|name'?s|name is|called) (?:(dr|mr|mrs|ms|miss|prof|professor)\.? )?([a-z][a-z'-]+)(?: (?:btw|by the way|lol|sorry))?$`)

// titleWord is how a title typed before a later name is written.
var titleWord = map[string]string{"dr": "Dr", "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "prof": "Prof", "professor": "Professor"}

// stepChanges reads a change to the draft typed at a step before it is
// shown ("make it shorter", "no exclamation marks", "add a 🎉"). What to
// say or leave out is a detail, not a change, and "another one" means
// nothing yet; either gives nil.
func stepChanges(text string) []revise.Request {
	changes, _ := stepRequests(text)
	return changes
}

// stepRequests reads, with one parse, what text typed at a step before the
// first draft asks of the message: changes of how it reads (stepChanges),
// or parts to say or leave out (pendingParts, draft_pending.go); both nil
// when it asks nothing of the kind. The two never both hold.
func stepRequests(text string) (changes, parts []revise.Request) {
	f := foldText(text)
	if draftTone(f) != "" && len(strings.Fields(f)) <= 3 {
		// "warm", "more casual pls": the feel itself, read as one.
		return nil, nil
	}
	led := instructionLed.MatchString(f) && !noOccasionLead.MatchString(f)
	if len(strings.Fields(f)) > 5 && !led {
		// "he came to our christmas party and was so funny" tells
		// something for the draft; "funny" in it asks for nothing.
		return nil, nil
	}
	reqs := revise.ParseAll(text)
	sayOrDrop := false
	for _, r := range reqs {
		switch r.Kind {
		case revise.Another:
			return nil, nil
		case revise.Drop:
			if !leaveOut.MatchString(f) {
				// "no one has said anything since the wedding" tells
				// something; a part to leave out is asked with a verb.
				return nil, nil
			}
			sayOrDrop = true
		case revise.Say:
			sayOrDrop = true
		}
	}
	switch {
	case !sayOrDrop:
		return reqs, nil
	case led:
		return nil, reqs
	}
	return nil, nil
}

// instructionLed opens with what to do to the message: "make it…",
// "keep it short, he hates fuss", "no emojis", "can you add…".
var instructionLed = mustPattern(`^(?:(?:pls|please|plz|ok|okay|and|also|but|oh|so|just|maybe|can you|could you|can u|could u|i want|i'd like|id like|i need) )*(?:make|keep|add|no|less|more|be|sound|use|put|say|write|don'?t|dont|do not|without|not|too|bit|a bit|remove|drop|include|mention|end|start|open|sign|cut|shorten|lengthen|change|tone|nothing|way|slightly|much|lose|skip|avoid|leave)\b`)

// stepTones are the changes that say how the draft should sound, which
// the draft is written with rather than changed after.
var stepTones = map[revise.Kind]string{revise.Casual: ToneCasual, revise.Formal: ToneFormal,
	revise.Playful: TonePlayful, revise.Warmer: ToneWarm}

// takeStepChanges keeps changes typed at a step for the draft: a feel sets
// its tone, anything else is made on the text once it is written, as the
// review step would. The step counts as answered.
func (t *turn) takeStepChanges(changes []revise.Request, slot string) {
	ds := t.p.Flow.Draft
	d := &ds.Details
	rs := ds.revisionState()
	for _, r := range changes {
		switch r.Kind {
		case revise.Shorter:
			// Written short rather than cut after: the occasion's
			// words stay.
			d.Length = LengthShort
		case revise.Longer:
			d.Length = LengthLong
		default:
			if tone, ok := stepTones[r.Kind]; ok {
				d.Tone = tone
				continue
			}
			if r.Kind == revise.Say && carriedAsDetail(r.Detail, *d) {
				d.Said = append(d.Said, r.Detail)
				rs.Asked = append(rs.Asked, r.Detail)
				continue
			}
			if occ := pendingOccasion(r, *d); occ != "" {
				d.Occasion = occ
			}
			rs.Changes = appendChanges(rs.Changes, r)
		}
	}
	if !slices.Contains(d.Skipped, slot) {
		d.Skipped = append(d.Skipped, slot)
	}
	if slices.ContainsFunc(changes, func(r revise.Request) bool { return r.Kind == revise.Say }) {
		// Something to say was just told: what to mention is not
		// asked after it.
		d.Skipped = appendMissing(d.Skipped, slotMention)
	}
	if slot == slotTone && d.Tone == "" {
		d.Skipped = append(d.Skipped, slotTone)
	}
	t.draftNext(noted(changes))
}

// noted is the word said when changes asked at a step are kept for the
// draft: a part to leave out is left out, anything else the draft will
// have.
func noted(changes []revise.Request) string {
	if len(changes) == 0 {
		return ""
	}
	// A feel or a length typed in words is said back as the choice it is:
	// "make it less formal" is "Casual it is."
	if said := notedChoice(changes[0].Kind); said != "" &&
		!slices.ContainsFunc(changes, func(r revise.Request) bool { return notedChoice(r.Kind) != said }) {
		return said
	}
	for _, r := range changes {
		if r.Kind != revise.Drop {
			return "Noted — the draft will have that. "
		}
	}
	return "Noted — I'll leave that out. "
}

// notedChoice is what a step answered with a feel (one of stepTones) or a
// length says back; "" for any other change.
func notedChoice(k revise.Kind) string {
	switch k {
	case revise.Shorter:
		return "Short it is. "
	case revise.Longer:
		return "A longer one, then. "
	}
	if tone, ok := stepTones[k]; ok {
		return strings.ToUpper(tone[:1]) + tone[1:] + " it is. "
	}
	return ""
}

// addedDetail returns a detail typed after the draft was shown ("oh and
// she just got a puppy", "tariq started the oud", name being whom it is
// to), without its lead-in, or "" when text is
// something else: a change to make, a question, a yes or a no.
func addedDetail(text, name string) string {
	f := foldText(text)
	if f == "" || strings.Contains(text, "?") || looksLikeQuestion(text) || draftFeedback.MatchString(f) || askedReminder.MatchString(f) {
		// "also remind me to check on him on friday" asks for a
		// reminder, which is set; it is never a line of the draft.
		return ""
	}
	switch ParseIntent(text).Kind {
	case IntentDone, IntentYes, IntentNo, IntentSkip, IntentBack, IntentCancel, IntentPause, IntentThanks, IntentGreeting:
		return ""
	}
	rest := text
	lead := false
	if m := addedLead.FindStringIndex(strings.ToLower(text)); m != nil {
		rest, lead = strings.TrimSpace(text[m[1]:]), true
	}
	if len(strings.Fields(rest)) < 3 {
		return ""
	}
	first, _, _ := strings.Cut(foldText(name), " ")
	if aboutThem.MatchString(foldText(rest)) || first != "" && strings.HasPrefix(foldText(rest)+" ", first+" ") {
		// "she left a card for me" tells something; a change to the
		// draft speaks of it ("it's too stiff", "make it warmer").
		return rest
	}
	if len(revise.ParseAll(text)) > 0 {
		return ""
	}
	if lead {
		return rest
	}
	for _, x := range compose.Parse(rest, "", "") {
		if x.Kind != compose.Background && x.Kind != compose.Feeling {
			return rest
		}
	}
	return ""
}

// draftFeedback is feedback on the draft in words about the recipient:
// "she'd never say it like that", "he hates emojis", "they'll think it's
// cheesy". It goes to the review step, never into the draft.
var draftFeedback = mustPattern(`\b(?:emojis?|exclamation(?: marks?| points?)?|jokes?|wording|tone|draft|cheesy|cringe|cringey|too (?:long|short|formal|casual|much|soppy|stiff|cold|warm)|(?:think|thinks|find|finds|say|said|read|reads|like|likes|hate|hates|prefer|prefers|mind|minds|get|gets) (?:it|this|that)(?:'s)?(?: \S+)?)\b`)

// aboutThem opens a statement about the recipient or about both: "she
// just got a puppy", "we're meeting on saturday".
var aboutThem = mustPattern(`^(?:she|he|they|we|she's|he's|they're|we're|we've|we'll|she'll|he'll|they'll|she'd|he'd|her|his|their|our) `)

// stepOccasionWords read a short answer to "what's the occasion?" that the
// occasion rules leave alone: "it's a sorry", "bday", "he's sick".
var stepOccasionWords = []struct {
	re       pattern
	occasion string
}{
	{mustPattern(`\b(?:sorry|apolog\w*|my bad|make up|making up|mess(?:ed)? up|screwed up)\b`), OccasionApology},
	{mustPattern(`\b(?:thanks?|thank you|thankyou|ty|grateful|gratitude|appreciat\w*)\b`), OccasionThanks},
	{mustPattern(`\b(?:condolences?|sympathy|passed|died|funeral|loss|lost (?:his|her|their))\b`), OccasionCondolence},
	{mustPattern(`\b(?:birthday|bday|b-day|birthdya|turning \d+|turns \d+)\b`), OccasionBirthday},
	{mustPattern(`\b(?:congrats|congratulations|well done|good news|news|promotion|promoted|engaged|graduat\w*|new job|baby|won|passed (?:her|his|their) )\b`), OccasionWin},
	{mustPattern(`\b(?:follow(?:ing)? up|no (?:reply|answer)|hasn'?t (?:replied|answered)|didn'?t (?:reply|answer)|chase|nudge)\b`), OccasionFollowUp},
	{mustPattern(`\b(?:hard time|rough|struggling|sick|ill|unwell|hospital|surgery|stressed|going through|down|low|break ?up|divorce)\b`), OccasionHardTime},
	{mustPattern(`\b(?:ages|a while|long time|years|months|lost touch|catch up|catching up|reconnect\w*|miss (?:her|him|them|you))\b`), OccasionSilence},
	{mustPattern(`\b(?:reference|referee|job|linkedin|network\w*|internship|professional|work thing|mentor)\b`), OccasionProfessional},
	{mustPattern(`\b(?:just because|no reason|saying hi|say hi|thinking (?:of|about)|checking in|check in)\b`), OccasionThinking},
}

// occasionFromWords reads the occasion from a short answer at the
// occasion step; "" when none of its words says one.
func occasionFromWords(text string) string {
	f := foldText(text)
	for _, o := range stepOccasionWords {
		if o.re.MatchString(f) {
			return o.occasion
		}
	}
	return ""
}

// reminderAside sets a reminder asked for while a draft is under way
// ("also remind me to check on him on friday"), about the person the
// draft is for when it says "him" or "her", and keeps the draft to come
// back to.
func (t *turn) reminderAside() bool {
	ds := t.p.Flow.Draft
	if ds == nil || !askedReminder.MatchString(foldText(t.text)) {
		return false
	}
	text := t.text
	if who := ds.Details.Recipient; who != "" {
		text = himHer.ReplaceAllString(text, "${1}"+who+"${2}")
	}
	ds.BackAfter = true
	t.serve(t.ctx, Intent{Kind: IntentRemind, Arg: text})
	if f := t.p.Flow; f.Name != "" && f.Paused != nil && f.Paused.Draft == ds && len(t.replies) > 0 {
		// The reminder asks something first: say the draft comes after.
		last := &t.replies[len(t.replies)-1]
		last.Text += "\n\n(Then we'll go back to " + waitingLabel(*f.Paused) + ".)"
	}
	return true
}

// draftBack brings back a draft that a reminder asked for mid-draft was
// set up in front of, once the reminder is done, at the step it stood.
// It runs at the end of every turn and does nothing otherwise.
func (t *turn) draftBack() {
	f := t.p.Flow
	p := f.Paused
	if f.Name != "" || p == nil || p.Name != flowDraft || p.Draft == nil || !p.Draft.BackAfter || t.forget {
		return
	}
	note := "\n\nWhen you're ready, say “continue” and we'll go back to " + waitingLabel(*p) + "."
	if n := len(t.replies); n > 0 {
		t.replies[n-1].Text = strings.TrimSuffix(t.replies[n-1].Text, note)
	}
	back := *p
	back.Draft.BackAfter = false
	back.Paused, back.Aside, back.Updated, back.Care = nil, false, t.now, f.Care
	t.p.Flow = back
	lead := "Now, back to " + waitingLabel(back) + ". "
	if back.Step == stepReview {
		t.askAgain(lead)
		return
	}
	t.draftNext(lead)
}

// himHer is a pronoun for someone, with what stands either side of it.
var himHer = regexp.MustCompile(`(?i)(^|[^\pL'])(?:him|her|them)([^\pL']|$)`)

// askedReminder asks the companion for a reminder.
var askedReminder = mustPattern(`\b(?:remind me|set (?:a |me a |up a )?reminder|nudge me|ping me|give me a (?:nudge|reminder|shout)|(?:can|could|would|will) (?:you|u) remind|don'?t let me forget)\b`)

// addedLead opens a detail added after the draft: "oh and", "also",
// "forgot to say".
var addedLead = mustPattern(`^(?:(?:oh|ah|ooh|and|also|btw|plus|ps|p\.s\.|oh yeah|oh wait|wait|actually|one more thing|i forgot to (?:say|mention|add)|forgot to (?:say|mention|add))[,:.!-]*\s+)+(?:that\s+)?`)

// addDetail writes the draft again with a detail typed after it was
// shown; when the new version cannot place it, the detail is said in the
// draft as it stands instead.
func (t *turn) addDetail(detail string) {
	ds := t.p.Flow.Draft
	before := ds.currentDraft()
	ds.Details.Said = append(ds.Details.Said, detail)
	settleDetails(&ds.Details)
	text := ComposeDraft(ds.Details, ds.Variant)
	if rs := ds.Revised; rs != nil && len(rs.Changes) > 0 {
		text = replayChanges(text, rs.Changes, rs.context(ds.Details))
	}
	if fingerprint(text) == fingerprint(before) || !carries(text, detail) {
		ds.Details.Said = ds.Details.Said[:len(ds.Details.Said)-1]
		t.revise([]revise.Request{{Kind: revise.Say, Detail: detail}})
		return
	}
	t.showDraft("With that in:", "")
}

// carries reports whether text says something of detail: one of its
// content words at least.
func carries(text, detail string) bool {
	have := map[string]bool{}
	for _, w := range contentWords(text) {
		have[w] = true
	}
	for _, w := range contentWords(detail) {
		if have[w] {
			return true
		}
	}
	return false
}

// feelWords say how a message should sound; typed alone at a step they
// answer it and are never a name.
var feelWords = wordset.Of(`sincere sincerely honest honestly heartfelt genuine real serious gentle kind sweet soft
simple nice normal respectful loving caring calm light emotional thoughtful humble apologetic cheerful upbeat
friendly polite professional formal informal casual warm playful short long brief quick direct blunt chill
relaxed cute romantic soppy mushy flirty funny fun lighthearted light-hearted cheeky silly jokey breezy deep meaningful personal tender supportive sympathetic happy excited proud grateful
very really super just more bit a little please pls and but not too`)

// feelOnly reports an answer made only of words that say how it should
// sound ("sincere", "honest but kind").
func feelOnly(text string) bool {
	words := strings.Fields(foldText(text))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !feelWords[w] {
			return false
		}
	}
	return true
}

// goNow reports a message that says to write the draft now, whatever is
// still to be asked: "lets do it", "ok go", "sure, write it", "just show
// me". At a step it is never an answer to put in the draft.
func goNow(text string) bool {
	return goNowRe.MatchString(foldText(text))
}

var goNowRe = mustPattern(`^(?:(?:ok|okay|k|kk|sure|yes|yeah|yea|yep|yup|alright|right|great|cool|fine|good|perfect|nice|lovely|sounds good|that'?s all|thats all|that'?s it|thats it|nothing else|no that'?s all|just|and|so|then|please|pls|plz|now|go on|ready|i'?m ready|im ready|let'?s|lets) )*(?:do it|do this|go|go ahead|go for it|go on|write it|write one|write that|write the (?:message|draft|text|note)|draft it|draft one|show me|show me it|let'?s see|lets see|see it|let'?s see it|lets see it|hit me|send it over|give it a go|give it a try|try it|have a go|do your thing|over to you|write away|fire away|make it|let'?s go|lets go|let'?s do it|lets do it|let'?s do this|lets do this|let'?s write it|lets write it|let'?s have it|lets have it|(?:do|write|draft|make|start|try|see|show me) (?:the|a|that|this|my) (?:message|msg|draft|text|note|dm|card)|(?:back to|continue with|carry on with|go back to|on with) (?:the|that|my) (?:message|msg|draft|text|note))(?: (?:now|then|please|pls|plz|already|for me|thanks|thank you|ty|x|mate))*$`)

// dropsPart reports a request to take a named part out of the draft on
// screen ("actually drop yusuf", "leave out the bit about work"), which is a
// change to the draft, never a cancel: "drop it" and "forget all of it"
// name no part.
func dropsPart(text, folded string) bool {
	if !dropVerb.MatchString(folded) {
		return false
	}
	r, ok := revise.Parse(text)
	if !ok || r.Kind != revise.Drop {
		return false
	}
	for _, w := range strings.Fields(foldText(r.Detail)) {
		if !wholeWords[w] {
			return true
		}
	}
	return false
}

// wholeWords name the whole draft, or nothing, rather than a part of it.
var wholeWords = wordset.Of(`it this that everything all of the whole thing draft message one idea lol`)
