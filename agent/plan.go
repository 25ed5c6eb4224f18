package agent

import (
	"fmt"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strconv"
	"strings"
	"time"
)

// plan shows the 7-day plan: an invitation, today's task, or the look back;
// a plan request in words ("/plan stop", "skip to day 3") is acted on first.
func (t *turn) plan() {
	if t.choice == "" && t.planWords(t.text) {
		return
	}
	if t.choice == "" && t.p.Plan.Started.IsZero() && rePlanBegin.MatchString(foldText(t.text)) {
		// "start the 7 day plan", "sign me up for the challenge": asked
		// for in so many words, it starts (the first reply says what it
		// is), rather than being offered.
		t.startPlan(msgPlanWhat + "\n\n")
		return
	}
	t.showPlan()
}

// rePlanBegin asks to begin the plan, not to hear about it.
var rePlanBegin = mustPattern(`\b(?:start|begin|commence|kick off|sign me up for|sign up for|enrol me in|put me on|let'?s do|lets do|i'?ll do|i wanna do|i want to do|i'?d like to do|i want to start|i'?d like to start)\b.{0,20}\b(?:plan|challenge|program|programme|7 ?days?|seven days?)\b`)

// showPlan shows the plan as it stands.
func (t *turn) showPlan() {
	days := t.a.guide.Plan()
	if len(days) == 0 {
		t.say("The 7-day plan isn't available right now.", menuChoices()...)
		return
	}
	pp := t.p.Plan
	if pp.Started.IsZero() {
		t.say(msgPlanWhat+"\n\nDay 1: **"+days[0].Title+"** — "+days[0].Task,
			Choice{ID: "plan:start", Label: "Start today"}, Choice{ID: "plan:week", Label: "Show the whole week"}, Choice{ID: "plan:later", Label: "Not now"})
		return
	}
	if len(pp.Done) >= len(days) {
		t.planLookBack(days)
		return
	}
	day := t.planToday(len(days))
	d := days[day-1]
	status := fmt.Sprintf("Day %d of %d", day, len(days))
	if len(pp.Done) > 0 {
		status += fmt.Sprintf(" — %d done so far", len(pp.Done))
	}
	if until := t.planPausedUntil(); !until.IsZero() {
		status += " — paused until " + until.In(t.location()).Format("Monday 2 January")
	}
	choices := []Choice{{ID: "plan:done", Label: "Mark it done"}, {ID: "plan:week", Label: "Show the whole week"}}
	if slices.Contains(pp.Done, day) {
		status += " (today's is done — well done!)"
		choices = []Choice{{ID: "plan:reflect", Label: "Reflect on today"}, {ID: "plan:week", Label: "Show the whole week"}}
	}
	t.say(status+"\n\n**"+d.Title+"**\n"+d.Task, choices...)
}

// planToday is the plan day the person is on: the first day not yet done,
// but never ahead of the calendar.
func (t *turn) planToday(n int) int {
	loc := t.location()
	started, upTo := t.planClock()
	start := started.In(loc)
	now := upTo.In(loc)
	startDay := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, loc)
	calendar := int(now.Sub(startDay).Hours()/24) + 1
	first := 1
	for slices.Contains(t.p.Plan.Done, first) || slices.Contains(t.p.Plan.Skipped, first) {
		first++
	}
	day := min(first, calendar)
	if day < 1 {
		day = 1
	}
	return min(day, n)
}

// location is the person's timezone, UTC when unknown.
func (t *turn) location() *time.Location {
	if loc, err := time.LoadLocation(t.p.Profile.Timezone); err == nil && t.p.Profile.Timezone != "" {
		return loc
	}
	return time.UTC
}

// planChoice handles a plan button.
func (t *turn) planChoice() {
	days := t.a.guide.Plan()
	switch strings.TrimPrefix(t.choice, "plan:") {
	case "start":
		t.startPlan("")
	case "later":
		t.say("No problem — say /plan whenever you'd like to start.", menuChoices()...)
	case "week":
		var b strings.Builder
		b.WriteString("The week at a glance:\n")
		for _, d := range days {
			mark := ""
			if slices.Contains(t.p.Plan.Done, d.Day) {
				mark = " ✓"
			}
			fmt.Fprintf(&b, "- **Day %d: %s**%s — %s\n", d.Day, d.Title, mark, d.Task)
		}
		t.say(strings.TrimSpace(b.String()), Choice{ID: "menu:plan", Label: "Back to today"})
	case "done":
		if t.p.Plan.Started.IsZero() {
			t.plan()
			return
		}
		t.planMarkDone(t.planToday(len(days)), days)
	case "reflect":
		day := t.planToday(len(days))
		t.p.Flow = Flow{Name: flowPlan, Step: fmt.Sprint(day), Updated: t.now}
		t.say(days[day-1].Reflection, Choice{ID: "plan:skipnote", Label: "Skip"})
	default:
		if n, err := strconv.Atoi(strings.TrimPrefix(t.choice, "plan:goto:")); err == nil {
			t.planSkipTo(n, days)
			return
		}
		t.showPlan()
	}
}

// msgPlanWhat says what the plan is.
const msgPlanWhat = "The 7-day plan is one small step a day for a week — reflecting, reaching out, and building the habit of staying in touch. Each day takes a few minutes."

// startPlan starts the plan today (a plan already started goes on), lead
// before today's step.
func (t *turn) startPlan(lead string) {
	if t.p.Plan.Started.IsZero() {
		t.p.Plan = PlanProgress{Started: t.now}
	}
	// One question per reply: today's step goes with the question about
	// daily messages, and its buttons come once that is answered.
	if !t.offerPlanNudges(lead + t.todayStep(t.a.guide.Plan()) + "\n\n") {
		t.showPlan()
	}
}

// planMarkDone marks a plan day done and asks what the person noticed.
func (t *turn) planMarkDone(day int, days []PlanDay) {
	if !slices.Contains(t.p.Plan.Done, day) {
		t.p.Plan.Done = append(t.p.Plan.Done, day)
		slices.Sort(t.p.Plan.Done)
	}
	t.p.Flow = Flow{Name: flowPlan, Step: fmt.Sprint(day), Updated: t.now}
	t.say(fmt.Sprintf("Day %d done — that's real progress. %s", day, days[day-1].Reflection),
		Choice{ID: "plan:skipnote", Label: "Skip"})
}

// todayStep is today's step of a started plan, as text.
func (t *turn) todayStep(days []PlanDay) string {
	if len(days) == 0 {
		return ""
	}
	day := t.planToday(len(days))
	return fmt.Sprintf("Day %d of %d\n\n**%s**\n%s", day, len(days), days[day-1].Title, days[day-1].Task)
}

// planAnswer stores the person's reflection on a plan day.
func (t *turn) planAnswer(in Intent) {
	if strings.HasPrefix(t.choice, "plan:") && t.choice != "plan:skipnote" {
		t.p.Flow = Flow{Updated: t.now}
		t.planChoice()
		return
	}
	if id := labelInWords(t.text, planWordChoices); id != "" {
		// "show me the whole week" typed at the day's question is the
		// plan's own command, not what the person noticed.
		t.p.Flow = Flow{Updated: t.now}
		t.choice = id
		t.planChoice()
		return
	}
	if t.planWords(t.text) {
		return
	}
	var day int
	fmt.Sscan(t.p.Flow.Step, &day)
	t.p.Flow = Flow{Updated: t.now}
	days := t.a.guide.Plan()
	if t.choice == "plan:skipnote" || in.Kind == IntentSkip || in.Kind == IntentNo {
		t.say("That's fine. See you tomorrow for the next step.", Choice{ID: "menu:plan", Label: "Show the plan"})
		return
	}
	if t.p.Plan.Notes == nil {
		t.p.Plan.Notes = map[int]string{}
	}
	t.p.Plan.Notes[day] = t.text
	if len(t.p.Plan.Done) >= len(days) {
		t.planLookBack(days)
		return
	}
	t.say("Thank you for writing that down — noticing is half of it. Tomorrow's step will be waiting.", Choice{ID: "menu:plan", Label: "Show the plan"})
}

// planWordChoices are the plan's commands that may be typed at the day's
// question in words of their own.
var planWordChoices = []Choice{{ID: "plan:week", Label: "Show the whole week"}, {ID: "plan:done", Label: "Mark it done"}}

// planLookBack closes the week with what the person did and said.
func (t *turn) planLookBack(days []PlanDay) {
	var b strings.Builder
	fmt.Fprintf(&b, "You finished all %d days — that's a real habit in the making. A look back:\n", len(days))
	for _, d := range days {
		line := "- **" + d.Title + "**"
		if note := t.p.Plan.Notes[d.Day]; note != "" {
			line += ": _" + truncateWords(note, 100) + "_"
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\nWhat would you like to keep doing?")
	t.say(b.String(), Choice{ID: "menu:draft", Label: "Write to someone"}, Choice{ID: "journey:week", Label: "Reflect on the week"})
}

// offerPlanNudges says, once, when each plan day's step will come (10:00
// local unless the person picks or types another time, or none). A time
// typed next is the answer, unless another conversation is running.
func (t *turn) offerPlanNudges(before string) bool {
	pp := t.p.Plan
	if pp.Started.IsZero() || pp.NudgeHour != 0 || pp.NudgesOff {
		return false
	}
	t.p.Plan.NudgeHour = t.a.nudgeHour
	if t.p.Flow.Name == "" {
		t.p.Flow = Flow{Name: flowRemind, Step: stepPlanTime, Updated: t.now, Paused: t.p.Flow.Paused}
	}
	t.say(before+fmt.Sprintf("I'll send you each day's step at %02d:00 (your time: %s). If another time suits you better, type it (“8am”, “7pm”) or pick one below; or choose not to get them.",
		t.a.nudgeHour, zoneLabel(t.p.Profile.Timezone))+t.quietNoteNext(reminderPlan, "each message"),
		planTimeChoices()...)
	return true
}

// planTimeChoices are the times offered for the plan's daily message.
func planTimeChoices() []Choice {
	return []Choice{
		{ID: "remind:planat:9", Label: "09:00"},
		{ID: "remind:planat:18", Label: "18:00"},
		{ID: "remind:planat:0", Label: "No daily messages"},
	}
}

// planTimeAnswer reads a time typed after the offer of the plan's daily
// message. The plan keeps whole hours, so minutes go back to the start of
// their hour, and the reply says so. Text that is not a time leaves the
// question and is answered like any other message.
func (t *turn) planTimeAnswer(in Intent) {
	if in.Kind == IntentNo || reNoDaily.MatchString(foldText(t.text)) {
		t.planAt(0, "")
		return
	}
	if in.Kind == IntentDone || markedDone(foldText(t.text)) {
		// Today's step is done; the daily time offered stays as it was.
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.choice = "plan:done"
		t.planChoice()
		return
	}
	if !timeReply(t.text) {
		if questionShaped(t.text, foldText(t.text)) && t.p.Flow.Paused == nil {
			// A question asked while the time is being set: answered,
			// and “continue” comes back to the time.
			t.serve(t.ctx, in)
			return
		}
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.freeText(t.ctx, in)
		return
	}
	h, m, ok := t.typedClock("")
	if !ok {
		return
	}
	if h == 0 {
		t.say("Midnight is the one hour I can't use for the plan's messages — any hour from 01:00 to 23:00 works. Which would suit you?",
			planTimeChoices()...)
		return
	}
	note := ""
	if m != 0 {
		note = fmt.Sprintf("The plan's messages go out on the hour, so %s becomes %02d:00.", clockLabel(h*60+m), h)
	}
	t.planAt(h, note)
}

// setPlanHour sets (or, with "0", declines) the daily plan message from a button.
func (t *turn) setPlanHour(arg string) {
	h, err := strconv.Atoi(arg)
	if err != nil || h < 0 || h > 23 {
		t.say(msgStale, menuChoices()...)
		return
	}
	t.planAt(h, "")
}

// planAt sets the daily plan message to hour h, or declines it when h is
// 0; note, when not empty, goes with the confirmation.
func (t *turn) planAt(h int, note string) {
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	delete(t.p.Profile.Schedule, reminderPlan)
	if h == 0 {
		t.p.Plan.NudgesOff = true
		t.say("No daily messages, then — the plan is here whenever you say /plan.", menuChoices()...)
		return
	}
	t.p.Plan.NudgeHour, t.p.Plan.NudgesOff = h, false
	if t.p.Profile.Timezone == "" {
		if note != "" {
			t.say(note)
		}
		t.askTimezoneFirst(reminderPlan)
		return
	}
	t.confirmPlanNudges(note)
}

// confirmPlanNudges says when the daily plan message comes, with note
// (when not empty) after the time.
func (t *turn) confirmPlanNudges(note string) {
	if note != "" {
		note = " " + note
	}
	t.say(fmt.Sprintf("Each day at %02d:00 (your time: %s) I'll send you the day's step.", t.p.Plan.NudgeHour, zoneLabel(t.p.Profile.Timezone))+
		note+t.quietNoteNext(reminderPlan, "each message"),
		Choice{ID: "remind:planeve", Label: "Add an evening reflection"},
		Choice{ID: "menu:plan", Label: "Show the plan"})
}

// clockFillers are the words that may come with a time typed as an answer
// ("how about 7:30 instead?", "8pm please").
var clockFillers = wordset.Of(`a about actually an around at be better by can could do each every day daily
how i i'd id in instead is it let's lets make maybe me message messages o'clock oclock ok okay please
prefer rather say send step that the them then time would works yes you`)

// timeReply reports whether text is a time of day typed as an answer and
// nothing else: "11pm", "7:30 am", "at 25:00", "how about 6 instead?" are;
// "I joined a club at 8pm" is not.
func timeReply(text string) bool {
	s := "at " + strings.TrimPrefix(strings.ToLower(text), "at ")
	rest := reDayPart.ReplaceAllString(reClock.ReplaceAllString(s, " "), " ")
	if rest == s {
		return false
	}
	for _, w := range strings.Fields(foldText(rest)) {
		if !clockFillers[w] {
			return false
		}
	}
	return true
}
