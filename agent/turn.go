package agent

import (
	"context"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent/safety"
	"github.com/companion-dev/companion/agent/understand"
)

// turn is the work of handling one message: the person's state as it will be
// saved, and the replies as they will be queued.
type turn struct {
	ctx  context.Context // for model calls
	a    *Agent
	m    Message
	p    Person
	now  time.Time
	text string // the message text, cleaned
	// typed is the message text cleaned of control characters and runs
	// of space only, before slips of the keyboard are put right: the
	// safety rules read it as well as text, so that no correction can
	// hide a crisis.
	typed   string
	choice  string // the picked choice id, if any
	replies []Reply
	forget  bool
	// heardDisclosure is who the person is, told to someone close and
	// answered as the brave step it is; the learned concern check leaves
	// it be.
	heardDisclosure bool
	due0            []DueEntry // the due-index entries as loaded
	first           bool       // the companion has not heard from the person before
	// seenBefore is when the person's message before this one came.
	seenBefore time.Time
	stored     *Person // in a group, the person as loaded; p is then a public view
	// asideDue is set when the flow paused last turn still has its prompt
	// as the last one asked (Flow.Aside): an answer to it resumes it.
	asideDue bool
	// offered are the numbered choices the last reply showed.
	offered []Choice
	// told is what the messages before this one told, asking for
	// nothing (Profile.Told as loaded).
	told *Told
	// undone is set once this message put back what the last one
	// changed (undo.go).
	undone bool
}

// newTurn starts the work on m for p at now (the message's time, or the
// clock's when the platform gave none).
func newTurn(a *Agent, m Message, p Person, now time.Time) *turn {
	if p.ID == "" {
		p.ID = m.Person
	}
	t := &turn{a: a, m: m, p: p, now: now, due0: dueEntries(p)}
	if m.Group {
		t.enterGroup()
	}
	return t
}

// say queues a reply.
func (t *turn) say(text string, choices ...Choice) {
	t.replies = append(t.replies, Reply{Text: text, Choices: choices})
}

// sayDraft queues a copy-ready draft.
func (t *turn) sayDraft(text string, choices ...Choice) {
	t.replies = append(t.replies, Reply{Text: text, Choices: choices, Draft: true})
}

// commit turns the outcome into what the store saves.
func (t *turn) commit() Turn {
	if t.m.Group {
		return t.groupCommit()
	}
	out := Turn{UpdateID: t.m.ID}
	if t.forget {
		out.Forget = t.p.ID
	} else {
		p := t.p
		out.Person = &p
	}
	for _, r := range t.replies {
		out.Replies = append(out.Replies, Outgoing{Channel: t.m.Channel, ChatID: t.m.ChatID, Person: t.m.Person, Reply: r})
	}
	if t.forget {
		out.Undue = t.due0
	} else {
		out.Due, out.Undue = diffEntries(t.due0, dueEntries(t.p))
	}
	return out
}

// run decides what to say.
func (t *turn) run(ctx context.Context) {
	t.ctx = ctx
	t.touchProfile()
	t.careTick()
	t.dropExpired()
	t.told = t.p.Profile.Told
	before := t.undoState()
	if p := t.p.Flow.Paused; p != nil {
		t.asideDue, p.Aside = p.Aside, false
	}
	prevChoices, prevNumbered := t.p.Flow.Choices, t.p.Flow.Numbered
	t.offered = prevChoices
	if prevNumbered > 0 && prevNumbered < len(prevChoices) {
		t.offered = prevChoices[:prevNumbered]
	}
	t.p.Flow.Choices, t.p.Flow.Numbered = nil, 0
	defer func() {
		// Remember the choices just offered, so a typed number can pick one.
		t.p.Flow.Choices, t.p.Flow.Numbered = oneChoiceSet(t.replies, t.p.Flow.Name)
		if len(t.replies) == 0 {
			t.say(msgFallback)
		}
		if !t.forget {
			t.syncReminders(true)
		}
		t.draftBack()
		t.noteTalkedAbout()
		t.noteTold(t.told)
		t.keepUndo(before)
	}()

	if !t.clean() {
		return
	}
	t.choice = resolveChoice(t.m.Choice, t.text, prevChoices, prevNumbered)

	// Safety comes before everything else, in any flow, on the words as
	// typed and as put right.
	r := safety.Detect(t.text)
	if !r.Crisis() && t.typed != t.text {
		if typed := safety.Detect(t.typed); typed.Crisis() {
			r = typed
		}
	}
	if r.Young {
		t.p.Profile.Young = true
	}
	if r.Crisis() {
		r.Young = r.Young || t.p.Profile.Young
		t.crisis(r)
		return
	}
	if t.text != "" && DetectHarm(t.text) {
		t.say(msgHarm, menuChoices()...)
		return
	}
	// What a correction in passing took back ("my cousin rafa... wait
	// no, his sister lucía") is no part of what is read from here on.
	t.text = saidInstead(t.text)
	if t.concernAnswered() {
		return
	}
	defer t.concernAsk()
	if t.choice != "" && (t.careChoice() || t.handleChoice(ctx)) {
		return
	}
	t.handleText(ctx)
}

// touchProfile keeps the bookkeeping every turn needs.
func (t *turn) touchProfile() {
	if t.p.Profile.Created.IsZero() {
		t.p.Profile.Created = t.now
		t.first = true
	}
	t.seenBefore = t.p.Profile.LastSeen
	t.p.Profile.LastSeen = t.now
	if !t.m.Group {
		t.p.Profile.Channel = t.m.Channel
		t.p.Profile.ChatID = t.m.ChatID
	}
}

// clean validates the incoming text; it answers and returns false when the
// message cannot be used.
func (t *turn) clean() bool {
	if t.m.NonText != "" && strings.TrimSpace(t.m.Text) == "" && t.m.Choice == "" {
		t.say(nonTextReply(t.m.NonText))
		return false
	}
	if len(t.m.Text) > t.a.maxLen {
		t.say(msgTooLong)
		return false
	}
	text := t.m.Text
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "")
	}
	text = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, text)
	t.typed = strings.Join(strings.Fields(text), " ")
	t.text = dropInterjection(fixTypedSlips(t.typed))
	if t.text == "" && t.m.Choice == "" {
		t.say(msgEmpty, menuChoices()...)
		return false
	}
	return true
}

// resolveChoice finds the choice a message picks: a pressed button, a typed
// number among the first numbered of offered (all when numbered is 0), or
// a label typed out.
func resolveChoice(pressed, text string, offered []Choice, numbered int) string {
	if pressed != "" {
		return pressed
	}
	if len(offered) == 0 || text == "" {
		return ""
	}
	if numbered <= 0 || numbered > len(offered) {
		numbered = len(offered)
	}
	s := strings.TrimRight(strings.TrimSpace(text), ".)")
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= numbered {
		return offered[n-1].ID
	}
	for _, c := range offered {
		if strings.EqualFold(strings.TrimSpace(text), c.Label) {
			return c.ID
		}
	}
	if reTodayStep.MatchString(foldText(text)) {
		// "what do i have to do today" under "Start today": today's step
		// is what is asked for.
		for _, c := range offered {
			if c.ID == "plan:start" {
				return c.ID
			}
		}
	}
	// "done" typed under a "Mark it done" button means the button.
	if markedDone(foldText(text)) {
		for _, c := range offered {
			if strings.HasSuffix(c.ID, ":done") {
				return c.ID
			}
		}
	}
	if reThatOne.MatchString(foldText(text)) {
		// "that one", "read it": the one section offered to read.
		id := ""
		for _, c := range offered {
			if strings.HasPrefix(c.ID, "section:") {
				if id != "" {
					return ""
				}
				id = c.ID
			}
		}
		if id != "" {
			return id
		}
	}
	return labelInWords(text, offered)
}

// reTodayStep asks for today's step of the plan: "what do i have to do
// today", "whats the first step", "ok what's today's task".
var reTodayStep = mustPattern(`\b(?:what(?:'?s| is| are| do i (?:have|need|get) to do| should i do| am i (?:doing|supposed to do)| do we do)(?: the| my)? (?:(?:task|step|thing|one|challenge|plan) )?(?:for )?today|(?:first|today'?s|todays) (?:step|task|challenge|thing|one)|what do i do first|where do i start|how do i start)\b`)

// reThatOne points at the reading offered: "that one", "read it".
var reThatOne = mustPattern(`^(?:(?:ok|okay|yes|yeah|sure|go on)\s+)?(?:that one|this one|read it|read that|show me that|that section|the section|open it|the link)(?:\s+(?:please|pls|thanks))?$`)

// labelInWords finds the one choice whose label a short message says in
// other words: "show me the whole week" for "Show the whole week", "ok
// start it" or "whats today" for "Start today", "casual please" for
// "Casual". Every word of the message that carries meaning must be in
// the label, and the message must name the label's first such word or
// half of them; a message that could be two labels, or says anything the
// labels do not ("skip today", "call sam"), picks none and is read as
// text.
func labelInWords(text string, offered []Choice) string {
	words := strings.Fields(foldText(text))
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	said := meaningWords(words)
	if len(said) == 0 {
		return ""
	}
	found := ""
	for _, c := range offered {
		label := meaningWords(strings.Fields(foldText(c.Label)))
		if len(label) == 0 {
			continue
		}
		in, first := 0, false
		for _, w := range said {
			if slices.Contains(label, w) {
				in++
				first = first || w == label[0]
			}
		}
		if in < len(said) || !first && 2*in < len(label) {
			continue
		}
		if found != "" {
			return ""
		}
		found = c.ID
	}
	return found
}

// meaningWords are words without the fillers and function words a typed
// choice wraps its label in.
func meaningWords(words []string) []string {
	var out []string
	for _, w := range words {
		if !choiceFiller[w] {
			out = append(out, w)
		}
	}
	return out
}

// choiceFiller are the words around a label typed out that say nothing
// of which label is meant.
var choiceFiller = wordset.Of(`a an the it this that me my i i'd id i'll ill i'm im to on of for please pls plz ok okay k so just
lets let's let us can could would you u we do what what's whats is be go ahead now then ya yeah yep sure and also`)

// takeOffer presses the one button of the choices just shown that takes
// up what was offered ("Start today") when, with no flow waiting, the
// person says yes in words ("yes", "yeah go on", "sure thing").
func (t *turn) takeOffer(ctx context.Context, in Intent) bool {
	if in.Kind != IntentYes && in.Kind != IntentResume && !saidYes(t.text) {
		return false
	}
	id := goAhead(t.offered)
	if id == "" {
		return false
	}
	t.choice = id
	return t.handleChoice(ctx)
}

// saidYes reports a short message the classifier surely reads as a yes.
func saidYes(text string) bool {
	if len(strings.Fields(text)) > 4 {
		return false
	}
	r := classify(text)
	return r.Sure() && r.Label == understand.Yes
}

// goAheadWords open the label of a choice that takes up what was
// offered. "OK" is left out: it acknowledges, and the flow that showed it
// reads a yes its own way (a name checked, a feeling heard).
var goAheadWords = map[string]bool{"yes": true, "start": true}

// goAhead is the one choice of offered that accepts what was offered, or
// "" when there is none or more than one.
func goAhead(offered []Choice) string {
	id := ""
	for _, c := range offered {
		if strings.HasPrefix(c.ID, "crisis:") {
			return ""
		}
		if w := strings.Fields(foldText(c.Label)); len(w) > 0 && goAheadWords[w[0]] {
			if id != "" {
				return ""
			}
			id = c.ID
		}
	}
	return id
}

// markedDone reports words that press a "Mark it done" button: "done",
// "finished it", "ok i did that", "knocked out day one", "done with it".
// Words about the plan itself ("i'm done with this plan") are not: that
// is leaving it.
func markedDone(folded string) bool {
	return reMarkedDone.MatchString(folded) && !rePlanItself.MatchString(folded)
}

// reMarkedDone is a folded message that says a step was done.
var reMarkedDone = mustPattern(`^(?:(?:ok|okay|k|yes|yeah|yep|yup|so|right|alright|well|and|omg|lol|hey|yay|woo|boom) )*(?:(?:i'?m|im|i am|i'?ve|ive|i have|i|we|we'?ve|weve|it'?s|its|that'?s|thats|all) )?(?:(?:just|already|finally|all|totally|fully|actually|officially) )?(?:(?:ticked|checked|crossed|knocked) (?:it|that|this|that one|this one|today'?s(?: one| step| task)?) off|(?:done|finished|completed|complete|did|knocked out|ticked off|managed|sorted|smashed|nailed|crushed)(?: (?:with )?(?:it|that|this|today|today'?s(?: one| step| task)?|the (?:step|task|thing|one)|day (?:one|two|three|four|five|six|seven|[1-7])|(?:this|that|today'?s|todays) one))?)(?: (?:already|now|today|too|lol|haha|yay|thanks|thx|ty|x|then|for today))*$`)

// handleText routes free text and commands.
func (t *turn) handleText(ctx context.Context) {
	in := ParseIntent(t.text)
	if t.m.Group && t.groupAnswered(in) {
		return
	}
	if t.careText(in) {
		return
	}
	if !in.Command {
		// "yeah. anyway how's your day": the new subject is answered;
		// "someone set this up for me": welcomed (care_turnaround.go).
		said := t.text
		if t.turnaround() {
			return
		}
		t.helloSetAside()
		if t.text != said {
			in = ParseIntent(t.text)
		}
	}
	if !in.Command && t.zoneTold() {
		// "my timezone is CET", before a word of it reads as a command.
		return
	}
	if !in.Command && t.moveTold() {
		// "i just moved to perth": heard, and the timezone follows.
		return
	}
	if !in.Command && in.Kind != IntentSettings && t.nameInPassing() {
		// "my name doesn't matter, but call me J".
		return
	}
	if !in.Command && in.Kind != IntentSettings && t.toneTold() {
		// "i want drafts more formal" (settings_tone.go).
		return
	}
	if !in.Command && t.quietTold() {
		// "don't message me after 10pm" (settings_quiet.go).
		return
	}
	if t.undoLast() {
		// "wait no, keep them on" right after reminders went off.
		return
	}
	if !in.Command && (t.p.Flow.Name == "" || t.p.Flow.Name == flowRemind) && t.redate(t.text) {
		// "oops her birthday is actually the 4th" (remind_redate.go).
		return
	}
	if !in.Command && t.p.Flow.Name == "" && t.remindContinued(t.text) {
		// "and next friday to call nana" (remind_continued.go).
		t.remindTold(Intent{Kind: IntentRemind, Arg: t.text})
		return
	}
	if in.Command || globalIntent(in.Kind) {
		t.command(ctx, in)
		return
	}
	if t.p.Flow.Name != "" && !t.m.Group {
		t.atPrompt(ctx, in)
		return
	}
	if t.resumeByAnswer(ctx, in) {
		return
	}
	t.askedWhileWaiting()
	t.freeText(ctx, in)
}

// oneChoiceSet keeps one set of numbered choices in a turn's replies: the
// set that belongs to the flow left waiting for an answer (flow), else the
// first set offered. The other replies' choices come off their buttons;
// they are returned after the kept set, with how many of the returned
// choices are numbered (0: all), so that their words still pick them.
func oneChoiceSet(replies []Reply, flow string) ([]Choice, int) {
	keep := -1
	for i, r := range replies {
		if len(r.Choices) == 0 {
			continue
		}
		if keep < 0 || flow != "" && choiceFlow(r.Choices[0].ID) == flow && choiceFlow(replies[keep].Choices[0].ID) != flow {
			keep = i
		}
	}
	if keep < 0 {
		return nil, 0
	}
	all := replies[keep].Choices
	for i := range replies {
		if i == keep || len(replies[i].Choices) == 0 {
			continue
		}
		all = append(all[:len(all):len(all)], replies[i].Choices...)
		replies[i].Choices = nil
	}
	if len(all) == len(replies[keep].Choices) {
		return all, 0
	}
	return all, len(replies[keep].Choices)
}

// choiceFlow names the flow a choice answers, from its id, or "".
func choiceFlow(id string) string {
	kind, _, _ := strings.Cut(id, ":")
	switch kind {
	case "occ", "tone", "rev", "draft", "slot":
		return flowDraft
	case "journey", "reflect":
		return flowReflect
	case "plan":
		return flowPlan
	case "remind":
		return flowRemind
	case "settings":
		return flowSettings
	case "forget":
		return flowForget
	}
	return ""
}

// globalIntent reports intents that leave whatever flow is running.
func globalIntent(kind string) bool {
	switch kind {
	case IntentCancel, IntentStart, IntentHelp, IntentExport, IntentForget, IntentPrivacy, IntentSettings:
		return true
	}
	return false
}

// command handles a /command or a global intent.
func (t *turn) command(ctx context.Context, in Intent) {
	switch in.Kind {
	case IntentStart:
		t.startInFlow()
	case IntentHelp:
		t.helpInFlow()
	case IntentCancel:
		t.stopOrCancel(in)
	case IntentPrivacy:
		t.say(msgPrivacy)
	case IntentExport:
		if !in.Command && !reExportWord.MatchString(foldText(t.text)) {
			// "what do you know about me" is answered in words, with
			// the data one tap away.
			t.keptInWords()
			return
		}
		t.export(ctx)
	case IntentForget:
		if c, _ := droppedContact(t.p.Contacts, t.text); !in.Command && c != nil && t.dropContact(t.text) {
			// "forget kofi": one person on the list off it, nothing
			// else; "delete my data" is what it says.
			return
		}
		if !in.Command && asksIfForgotten(foldText(t.text)) {
			t.sayKeptUntilErased()
			return
		}
		t.askForget()
	case IntentSettings:
		t.settings(in.Arg)
	case IntentReflect:
		t.startReflect(in.Arg)
	case IntentDraft:
		t.startDraft(in.Arg, true)
	case IntentAsk:
		if t.planTodayAsked() {
			return
		}
		t.ask(in.Arg)
	case IntentPlan:
		t.plan()
	case IntentRemind, IntentContacts:
		t.remindTold(in)
	default:
		if !t.didYouMean() {
			t.unknownCommand()
		}
	}
}

// continueFlow hands a message to the running flow.
func (t *turn) continueFlow(ctx context.Context, in Intent) {
	switch t.p.Flow.Name {
	case flowReflect:
		t.reflectAnswer(in)
	case flowDraft:
		t.draftAnswer(in)
	case flowPlan:
		t.planAnswer(in)
	case flowSettings:
		t.settingsAnswer(in)
	case flowForget:
		t.forgetAnswer(in)
	case flowRemind:
		t.remindAnswer(in)
	default:
		t.p.Flow = Flow{Paused: t.p.Flow.Paused}
		t.freeText(ctx, in)
	}
}

// freeText handles a message outside any flow.
func (t *turn) freeText(ctx context.Context, in Intent) {
	if t.availabilityAsked() {
		// "are you around tomorrow?": it is, at any hour (availability.go).
		return
	}
	if t.p.Flow.Name == "" && t.choice == "" && t.birthdaySaid() {
		// "my sister's birthday is coming up": when is it?
		return
	}
	if t.p.Flow.Name == "" && t.choice == "" && (t.clockAsked() || t.remarkToMe(in) || t.letGoReply()) {
		// "what day is it", "you're useless", "you're my only friend":
		// the clock, or a remark about the companion (listen_atme.go).
		return
	}
	if t.styleTakesOffer() || t.styleTakesTold() || t.contentTakesOffer() || t.draftAfterAnswer() || t.idleDraftWord() {
		// "funny but sorry" under "want help writing to Tamsin?"; "ok
		// can you write a follow up" under a guide answer.
		return
	}
	if t.cameToMind() || t.gladMore() || t.shouldSayReply() || t.planTodayAsked() || t.adviceWhileListening() || t.doubtWhileListening() || t.ventedWhileListening() || t.toldThenAsked() || t.chatBack() || t.gripeMore() {
		// More of a glad moment, whether to reach out to someone just
		// talked about, or what to do about what was just told: heard
		// before any offer reads a yes. "What do i do today" with the
		// plan running is today's step.
		return
	}
	if t.p.Flow.Offer != nil && (in.Kind == IntentYes || in.Kind == IntentNo) {
		t.answerOffer(in.Kind == IntentYes)
		return
	}
	if t.takesSectionOffer() {
		return
	}
	if t.p.Flow.Name == "" && t.takeOffer(ctx, in) {
		return
	}
	if t.p.Flow.Name == "" && t.choice == "" && t.heardFirst() {
		// "turned 30 and nobody texted", "4 texts and nothing": a hurt,
		// whatever news or chat the words also read as (heard_first.go).
		return
	}
	if t.triesSomething() || t.draftRoute(in) {
		// "maybe i'll try the board game night": a step, heard gladly,
		// before the listening and drafting routes read it.
		return
	}
	switch in.Kind {
	case IntentDraft:
		t.ask(t.text) // a question that reads like a request to write (see route.go)
	case IntentReflect:
		t.startReflect("")
	case IntentPlan:
		t.plan()
	case IntentRemind, IntentContacts:
		t.remindTold(in)
	case IntentFeeling:
		t.feeling()
	case IntentGreeting:
		t.greet()
	case IntentThanks:
		if hasAnyWord(foldText(t.text), partingWords) {
			t.say(t.goodbyeText(foldText(t.text)))
			return
		}
		t.say(msgThanks)
	case IntentResume:
		if t.p.Flow.Paused == nil {
			t.say("There's nothing paused right now. What would you like to do?", menuChoices()...)
			return
		}
		t.resume()
	case IntentPause:
		if t.p.Flow.Paused == nil && !t.m.Group && !t.careActive() {
			t.stepAway()
			return
		}
		t.idleControl()
	case IntentYes, IntentNo, IntentSkip, IntentBack, IntentDone:
		t.idleControl()
	default:
		if !t.nameForRecent() && !t.resumeRequest() && !t.talkRequest() && !t.reflectRequest() && !t.noteContact() && !t.cadenceRequest() && !t.startByClassifier() && !t.listAsked() && !t.privacyAsked(ctx) && !t.reminderTimeQuestion() && !t.timeForMe() && !t.humanAsked() && !t.offScope() && !t.dayStatement() {
			t.ask(t.text)
		}
	}
}
