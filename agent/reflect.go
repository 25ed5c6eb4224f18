package agent

import (
	"fmt"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strings"
)

// startReflect begins a reflection journey, or asks which one.
func (t *turn) startReflect(arg string) {
	if arg == "" && t.choice == "" {
		// "i want to reflect on my week" names the journey it wants.
		if j, ok := t.journeyInText(t.text); ok {
			t.startJourney(j, "")
			return
		}
	}
	if paused := t.p.Flow.Paused; paused != nil && paused.Name == flowReflect && arg == "" {
		if paused.Held {
			// Put aside by a crisis reply: asked about, never assumed.
			t.offerResume()
			return
		}
		// Straight back to the question: an answer typed next is an
		// answer, not a reply to "shall we pick it up?".
		t.resumeReflect()
		return
	}
	j, ok := t.findJourney(arg)
	if !ok && arg == "" && t.choice == "" {
		// Asked for in words that name a journey by its idea ("who i've
		// been neglecting"): that one starts, no menu.
		j, ok = t.journeyInText(t.text)
	}
	if !ok {
		t.p.Flow = Flow{Name: flowReflect, Step: "choose", Updated: t.now, Paused: t.p.Flow.Paused}
		var choices []Choice
		for _, j := range t.a.guide.Journeys() {
			choices = append(choices, Choice{ID: "journey:" + j.ID, Label: j.Title})
		}
		t.say("Which would you like to think about?", choices...)
		return
	}
	lead := ""
	if t.choice == "" {
		// Typed, the choice may say more than which ("a rough week").
		lead = startLead(t.text, "")
	}
	t.startJourney(j, lead)
}

// findJourney matches a journey by id, title, or words of its title.
func (t *turn) findJourney(arg string) (Journey, bool) {
	arg = strings.ToLower(strings.TrimSpace(arg))
	if arg == "" {
		return Journey{}, false
	}
	for _, j := range t.a.guide.Journeys() {
		if arg == j.ID || arg == strings.ToLower(j.Title) {
			return j, true
		}
	}
	for _, j := range t.a.guide.Journeys() {
		// Whole words of the title ("my week"), never a piece of one:
		// "ok" is not in "look".
		if len(arg) >= 3 && strings.Contains(" "+foldText(j.Title)+" ", " "+foldText(arg)+" ") {
			return j, true
		}
	}
	return Journey{}, false
}

func (t *turn) journey() (Journey, bool) {
	if t.p.Flow.Reflect == nil {
		return Journey{}, false
	}
	return t.findJourney(t.p.Flow.Reflect.Journey)
}

// askQuestion asks the current question, after an optional lead-in.
func (t *turn) askQuestion(lead string, choices ...Choice) {
	j, ok := t.journey()
	if !ok {
		t.p.Flow = Flow{Updated: t.now}
		t.say("That reflection isn't available any more. Shall we pick another?", menuChoices()...)
		return
	}
	i := t.p.Flow.Reflect.Index
	t.say(fmt.Sprintf("%s(%d/%d) %s", lead, i+1, len(j.Questions), questionText(j, i, t.p.Flow.Reflect.Answers)), choices...)
}

// resumeReflect brings back a paused reflection at its question, with a
// way to start something else instead.
func (t *turn) resumeReflect() {
	paused := t.p.Flow.Paused
	t.p.Flow = *paused
	t.p.Flow.Paused, t.p.Flow.Held, t.p.Flow.Choices = nil, false, nil
	t.p.Flow.Updated = t.now
	switch {
	case t.p.Flow.Step == "next":
		// Put aside while the step was on offer: offer it again.
		next := t.lastStep()
		if choices := stepChoices(next); len(choices) > 0 {
			t.say("Welcome back. "+next.Text, append(choices, Choice{ID: "reflect:no", Label: "Not now"})...)
			return
		}
		t.p.Flow = Flow{Updated: t.now}
		t.startReflect("")
	case t.p.Flow.Reflect == nil:
		t.p.Flow = Flow{Updated: t.now}
		t.startReflect("")
	default:
		t.askQuestion("Welcome back, here's where we stopped. ", Choice{ID: "reflect:other", Label: "Start something else"})
	}
}

// reflectAnswer takes the person's answer to the current question.
func (t *turn) reflectAnswer(in Intent) {
	if t.p.Flow.Step == "choose" {
		t.startReflect(t.text)
		if t.p.Flow.Step == "choose" {
			t.replies = nil
			if t.chooseJourney() {
				return
			}
			var choices []Choice
			for _, j := range t.a.guide.Journeys() {
				choices = append(choices, Choice{ID: "journey:" + j.ID, Label: j.Title})
			}
			t.say("I didn't catch which one. Pick one of these (or say “cancel”):", choices...)
		}
		return
	}
	switch {
	case t.p.Flow.Step == "next":
		t.nextStepAnswer(in)
		return
	case t.choice == "reflect:other":
		t.p.Flow = Flow{Updated: t.now}
		t.startReflect("")
		return
	}
	j, ok := t.journey()
	if !ok {
		t.askQuestion("")
		return
	}
	r := t.p.Flow.Reflect
	if isResumeRequest(t.text) {
		t.askQuestion("Sure, here's where we are. ")
		return
	}
	if t.switchJourney() || t.topicAtFirst() {
		return
	}
	t.p.Flow.Updated = t.now
	switch in.Kind {
	case IntentSkip:
		r.Answers[r.Index] = ""
		t.nextQuestion(j, "No problem. ")
		return
	case IntentBack:
		if r.Index == 0 {
			t.askQuestion("This is the first question. ")
			return
		}
		r.Index--
		prev := ""
		if a := r.Answers[r.Index]; a != "" {
			prev = "Sure — last time you said: _" + truncateWords(a, 120) + "_. You can answer again.\n\n"
		} else {
			prev = "Sure, let's go back.\n\n"
		}
		t.askQuestion(prev)
		return
	case IntentPause:
		t.pause(fmt.Sprintf("Paused at question %d of %d. Say “continue” (or /reflect) whenever you want to pick it up.", r.Index+1, len(j.Questions)))
		return
	case IntentAsk:
		if newQuestion(t.text) {
			t.ask(t.text)
			t.say("When you're ready, we can carry on with the reflection — just answer the question above, or say “pause”.")
			return
		}
	}
	r.Answers[r.Index] = t.text
	fallback := ""
	if _, _, doubt := answerDoubt(t.text); !doubt {
		fallback = stepAck(r.Answers[:r.Index+1], r.Index)
	}
	if fallback != "" && stepAfterPoint(j.Questions[r.Index], t.text) {
		// "that i cant do calls after work. tell ines …": the limit or
		// the meaning named first, when it can be without an echo.
		if point := acknowledgeIn(j.Questions[r.Index], t.text, r.Answers[:r.Index], r.Index); !strings.Contains(point, "_") {
			fallback = point
		}
	}
	if fallback == "" {
		fallback = freshAck(r, func(v int) string {
			return acknowledgeIn(j.Questions[r.Index], t.text, r.Answers[:r.Index], v)
		})
		if plan := planAck(j, r.Answers[:r.Index+1], r.Index); plan != "" && strings.Contains(fallback, "_") {
			// "buy tickets for the gig she wanted": the step in the
			// companion's words rather than said back in italics.
			fallback = plan
		}
	}
	ack := t.a.hooks.acknowledge(t.ctx, j.Questions[r.Index], t.text, fallback)
	r.Said = append(r.Said, ack)
	if ack != "" {
		ack += "\n\n"
	}
	t.nextQuestion(j, ack)
}

// freshAck is the acknowledgement ack gives for the reflection's current
// question, moved on to another phrasing while it is one already said in
// this reflection ("Not knowing is an answer too" twice for two "idk"s).
func freshAck(r *ReflectState, ack func(v int) string) string {
	first := ack(r.Index)
	for v := r.Index; v < r.Index+6; v++ {
		line := first
		if v != r.Index {
			line = ack(v)
		}
		if !slices.Contains(r.Said, line) {
			return line
		}
	}
	return first
}

// nextQuestion moves on, or finishes the journey.
func (t *turn) nextQuestion(j Journey, lead string) {
	r := t.p.Flow.Reflect
	r.Index++
	if r.Index < len(j.Questions) {
		t.askQuestion(lead)
		return
	}
	t.finishReflect(j, lead)
}

func (t *turn) finishReflect(j Journey, lead string) {
	r := t.p.Flow.Reflect
	summary, next := SummarizeReflection(j, r.Answers)
	summary = t.a.hooks.summarize(t.ctx, j, r.Answers, summary)
	qs := make([]string, len(j.Questions))
	for i, q := range j.Questions {
		qs[i] = q.Text
	}
	t.p.Reflections = append(t.p.Reflections, Reflection{Journey: j.ID, Questions: qs, Answers: r.Answers, Summary: summary, At: t.now})
	if len(t.p.Reflections) > 50 {
		t.p.Reflections = t.p.Reflections[len(t.p.Reflections)-50:]
	}
	t.p.Flow = Flow{Updated: t.now}
	text := strings.TrimSpace(lead + summary)
	if next.Text != "" {
		text += "\n\n" + next.Text
	}
	if choices := stepChoices(next); len(choices) > 0 {
		// The flow stays open for the answer to the step; the step itself
		// is read again from the saved reflection.
		t.p.Flow = Flow{Name: flowReflect, Step: "next", Updated: t.now, Reflect: &ReflectState{Journey: j.ID}}
		t.say(text, append(choices, Choice{ID: "reflect:no", Label: "Not now"})...)
		return
	}
	t.say(text, Choice{ID: "menu:draft", Label: "Draft a message"}, Choice{ID: "menu:reflect", Label: "Reflect on something else"})
}

// stepChoices offers the next step as a reminder, when the person named a
// time, and as a draft, when it is with someone a message can go to.
func stepChoices(next NextStep) []Choice {
	var out []Choice
	if next.Remind != "" {
		out = append(out, Choice{ID: "reflect:remind", Label: "Remind me " + next.When})
	}
	if next.Recipient != "" {
		out = append(out, Choice{ID: "draftfor:" + clip(next.Recipient, 23), Label: "Draft a message to " + next.Recipient})
	}
	return out
}

// nextStepAnswer takes the answer to the step a reflection ended with.
func (t *turn) nextStepAnswer(in Intent) {
	next := t.lastStep()
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	yes := in.Kind == IntentYes && t.choice == ""
	switch {
	case t.choice == "reflect:remind" || (yes && next.Remind != ""):
		t.remind(ParseIntent(next.Remind))
	case yes && next.Recipient != "":
		t.startDraftFor(next.Recipient)
	case t.choice == "reflect:no" || in.Kind == IntentNo || in.Kind == IntentSkip:
		t.say("No problem. It's there whenever you want it.", menuChoices()...)
	default:
		// Anything else is a new message, not an answer to the offer.
		t.freeText(t.ctx, in)
	}
}

// lastStep reads the next step of the reflection just finished.
func (t *turn) lastStep() NextStep {
	n := len(t.p.Reflections)
	if n == 0 {
		return NextStep{}
	}
	last := t.p.Reflections[n-1]
	j, ok := t.findJourney(last.Journey)
	if !ok {
		return NextStep{}
	}
	_, next := SummarizeReflection(j, last.Answers)
	return next
}

// clip shortens s to at most n bytes at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// newQuestion reports whether a message typed at a reflection question is
// plainly a question of its own ("how do I deal with being ghosted?")
// rather than an answer that happens to hold a question mark ("I'm funny i
// guess? and loyal", "yes - … maybe twice a week?"): one sentence, ending
// with "?", opening like a question.
func newQuestion(text string) bool {
	text = strings.TrimSpace(text)
	if !strings.HasSuffix(text, "?") || strings.ContainsAny(strings.TrimRight(text, "?"), "?.!;\n") {
		return false
	}
	if _, _, doubt := answerDoubt(text); doubt {
		// "is it weird that i can't think of anyone?" answers the
		// question, with a doubt about it.
		return false
	}
	f := strings.Fields(foldText(text))
	if len(f) < 3 {
		return false
	}
	return questionOpeners[f[0]] || (f[0] == "any" && (f[1] == "tips" || f[1] == "advice" || f[1] == "ideas"))
}

// questionOpeners start a question that asks for something.
var questionOpeners = wordset.Of(`how what what's whats why where when which who is are can could should would do does did
will isn't aren't shouldn't`)

// looksLikeQuestion reports whether text reads as a question.
func looksLikeQuestion(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), "?")
}
