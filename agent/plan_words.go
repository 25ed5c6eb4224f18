package agent

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The plan in words: stop or pause it, pick it up again, skip ahead to a
// day, see a day's step, or turn its daily messages off.
var (
	rePlanWord   = mustPattern(`\b(?:(?:the|my|this|your|ur|that) (?:7 ?day |seven ?day |daily |weekly |week |connection |morning |friendship |social |day )?(?:plan|challenge|program|programme|tasks?|week thing|daily stuff)|^(?:please )?(?:stop|end|quit|exit|pause|cancel|kill|halt|leave|mute|freeze) (?:plan|challenge)|(?:plan|challenge) (?:stuff|texts?)|plan off|(?:7|seven) ?days?|daily (?:step|steps|task|tasks|message|messages|nudge|nudges|prompt|prompts|reminder|reminders|stuff|challenge)|(?:plan|challenge) (?:tasks?|messages?|steps?)|(?:today's|todays) task)\b`)
	rePlanItself = mustPattern(`\b(?:plan|7 ?day|seven ?day|challenge|program|programme)\b`)
	rePlanStop   = mustPattern(`\b(?:stop|quit|quitting|end|cancel|leave|leaving|drop|give up|abandon|exit|finish with|done with|opt out of|unsubscribe|don't want|dont want|do not want|don't wanna|dont wanna|no more|no longer want|not interested in|not doing|turn off|switch off|get rid of|halt|kill|disable|want out|take me off|off)\b`)
	rePlanPause  = mustPattern(`\b(?:pause|hold|break from|a break|a rest|a breather|freeze|mute|for a bit|for now)\b`)
	rePlanResume = mustPattern(`\b(?:resume|unpause|pick (?:it |the plan )?(?:back )?up|back on|turn (?:\w+ )?(?:back )?on|start (?:\w+ )?again)\b`)
	rePlanDay    = mustPattern(`\b(?:skip|jump|go|move|fast forward|get|straight)(?: ahead| on| forward)? to day ([1-7])\b|\b(?:do|start|try) day ([1-7])\b|\bday ([1-7]) (?:now|today|already|early)\b`)
	rePlanShow   = mustPattern(`\b(?:what's|whats|what is|show me|show|see|tell me|what about|what does|whats on|what's on) (?:day ([1-7])|tomorrow|tomorrow's|tomorrows|the next (?:day|step)|next step)\b`)
	rePlanWeek   = mustPattern(`\b(?:(?:the )?whole (?:week|plan|thing)|(?:all|each|every one) of the (?:days|steps)|all (?:the |seven |7 )?(?:days|steps)|the full (?:plan|week)|(?:rest|remainder) of the (?:plan|week|days)|week at a glance|whole 7 days|all 7 days|(?:show|see|view|list|give|send|tell)(?: me| us)? (?:the|this|my|our|all the|all|each of the|the seven|the 7) ?(?:week|weeks? steps|7 days|seven days|days|steps)(?: of the plan)?(?: again)?(?: please| pls| plz)?$)`)
	rePlanMissed = mustPattern(`\b(?:missed|skipped|forgot|didn'?t do|didnt do|did not do|haven'?t done|havent done) (?:a|one|two|three|\d+|yesterday's|yesterdays|the last|a couple of|a few)? ?(?:days?|steps?|tasks?|of the plan)\b|\b(?:can|could|may) (?:i|we) (?:skip|miss|pass on|sit out|take|have) (?:today|tomorrow|this one|today'?s|todays|tomorrow'?s|tomorrows|a day|the day|one day|a day off|tomorrow off|today off)\b|\bskip (?:today|tomorrow|tmrw|a day|one day)\b|\b(?:ok|okay|alright|fine) if (?:i|we) (?:skip|miss|take a day off)\b|\b(?:a|the) day off\b|\bfell behind\b|\bfallen behind\b`)
	// rePlanDoneDay says a day's step was done, by its number.
	rePlanDoneDay = mustPattern(`\b(?:did|done|finished|completed|ticked off|checked off|managed|knocked out|got through) (?:with )?(?:the )?day ([1-7])\b|\bday ([1-7])(?:'s| s)?(?: step| task| one| thing)? (?:is |was |s |'s )?(?:done|finished|complete|completed|sorted|ticked off|checked off)\b`)
	// rePlanWhere asks where the plan stands.
	rePlanWhere = mustPattern(`\b(?:what|which|wat|wot) day (?:am i|are we|r we|am i at|im|i'?m|of the plan am i|of the plan are we) ?(?:on|at|up to|in)?\b|\bwhere (?:am i|are we|im|i'?m) (?:at |up to )?(?:in|with) (?:the|my|this) (?:plan|challenge|week)\b|\bhow (?:many|much) (?:days? |steps? )?(?:(?:are|is) )?(?:left|to go|remaining)\b|\bhow far (?:am i|along am i|have i got|have i gotten|i am|along i am)\b`)
	// rePlanTodayAsk asks what today's step is: "what do i do today",
	// "whats today's task", "what am i meant to be doing today".
	rePlanTodayAsk = mustPattern(`\b(?:what|wat|wot)(?:'s| is|s)? (?:do|should|shall|am|must|can) i (?:supposed to |meant to |meant to be |supposed to be |gonna |going to )?(?:do|doing|be doing)(?: for)? today\b|\b(?:today'?s|todays|the daily|this days?) (?:step|task|thing|challenge)\b|\b(?:what'?s|whats|what is) (?:the |my )?(?:step|task|thing|plan) (?:for )?today\b|\bwhat(?:'s| is|s) (?:on )?for today\b`)
	// rePlanKept keeps the plan itself while its messages stop: "stop the
	// daily messages but keep the plan", "keep doing the plan, just no
	// texts".
	rePlanKept = mustPattern(`\b(?:keep|keeping|continue|continuing|carry on with|stay on|still do|still doing|still want|not stop|don'?t stop|leave|still be on) (?:to )?(?:do |doing |with |keep |going with )?(?:the |my |this )?(?:plan|challenge|program|programme|7 ?day)\b|\b(?:plan|challenge) (?:itself )?(?:can |should )?(?:stay|keep going|go on|running)\b|\b(?:just|only) (?:the )?(?:daily )?(?:messages?|nudges?|texts?|pings?|reminders?)\b`)
	// reDidIt is a bare "done": "done!", "did it", "all done ✅".
	reDidIt   = mustPattern(`^(?:(?:ok|okay|yes|yep|yay|woo+|right|so|and|just)[ ,!]*)*(?:done|did it|i did it|done it|i've done it|ive done it|finished|all done|i'?m done|completed|sorted|did that|done that|did the (?:step|task|thing)|done (?:today'?s|todays|the)(?: one| step| task)?)[\s!.\p{So}\p{Sk}\x{fe0f}]*$`)
	reNoDaily = mustPattern(`^(?:(?:no|none|nope|nah)(?: thanks| thank you)?|(?:no|none|without|zero) (?:more )?(?:daily )?(?:messages?|nudges?|reminders?|prompts?)(?: please| thanks| thank you)?|(?:don't|dont|do not) (?:send|message|nudge|remind)(?: me)?.*|not? (?:daily|every day).*)$`)
)

// rePlanMsg names the plan's daily message, and reMoveTo asks for it at
// another time.
var (
	rePlanMsg   = mustPattern(`\b(?:daily (?:step|steps|task|tasks|message|messages|nudge|nudges|prompt|prompts|reminder|reminders)|(?:plan|challenge)(?:'s|s)? (?:step|steps|tasks?|messages?|nudges?|reminders?|texts?)|(?:the|my) plan)\b`)
	reMoveTo    = mustPattern(`\b(?:send|move|change|switch|make|put|set|shift|come|arrive|get|have|want|prefer|rather)\b.*\b(?:at|to|in the|around|for|by)\b|\binstead\b`)
	rePartOfDay = mustPattern(`\b(?:in the |each |every |first thing in the )?(morning|mornings|lunchtime|lunch|afternoon|afternoons|evening|evenings|night|nights)\b`)
)

// dayPartHour is the hour a part of the day stands for.
var dayPartHour = map[string]int{"morning": 9, "mornings": 9, "lunchtime": 12, "lunch": 12, "afternoon": 14, "afternoons": 14,
	"evening": 19, "evenings": 19, "night": 21, "nights": 21}

// planHourAsked reads a request to have the plan's daily message at
// another hour: a clock ("at 7pm") or a part of the day ("in the
// evening"). Minutes go to the start of their hour; midnight is no hour.
func planHourAsked(text string) (int, bool) {
	folded := foldText(text)
	if !rePlanMsg.MatchString(folded) || !reMoveTo.MatchString(folded) || rePlanStop.MatchString(folded) {
		return 0, false
	}
	if h, _, ok := ParseClock(text); ok {
		return h, h > 0
	}
	if m := rePartOfDay.FindStringSubmatch(folded); m != nil {
		return dayPartHour[m[1]], true
	}
	return 0, false
}

// planWords acts on a message about the plan said in words; false when
// the message is not one.
func (t *turn) planWords(text string) bool {
	folded := foldText(text)
	pp := &t.p.Plan
	days := t.a.guide.Plan()
	if folded == "" || len(days) == 0 {
		return false
	}
	started := !pp.Started.IsZero()
	if started && rePlanRestart.MatchString(folded) && (rePlanWord.MatchString(folded) || rePlanItself.MatchString(folded)) {
		// "restart the plan", "start the plan over from day 1".
		t.planRestart(false)
		return true
	}
	if m := rePlanDoneDay.FindStringSubmatch(folded); m != nil && started {
		// "i did day 2 already", "day 3 is done": that day is marked,
		// whichever day the calendar is on.
		n, _ := strconv.Atoi(m[1] + m[2])
		t.planMarkDone(min(n, len(days)), days)
		return true
	}
	if rePlanWhere.MatchString(folded) && (started || rePlanWord.MatchString(folded) || rePlanItself.MatchString(folded)) {
		// "what day am i on", "how many days are left": where the
		// plan stands.
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.showPlan()
		return true
	}
	if m := rePlanDay.FindStringSubmatch(folded); m != nil {
		n, _ := strconv.Atoi(m[1] + m[2] + m[3])
		t.planSkipTo(n, days)
		return true
	}
	if h, ok := planHourAsked(text); ok && started {
		// "send the daily step at 7pm instead", "can the plan messages
		// come in the evening": the hour moves, whatever was asked
		// before.
		t.planAt(h, "")
		return true
	}
	if rePlanWeek.MatchString(folded) && (started || rePlanWord.MatchString(folded) || rePlanItself.MatchString(folded)) {
		// "show me the whole week", "what's on the rest of the plan".
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.choice = "plan:week"
		t.planChoice()
		return true
	}
	if started && rePlanMissed.MatchString(folded) {
		// "i missed a day, is that bad", "can i skip today": no streak
		// is broken; today's step is there whenever they are.
		n := t.planToday(len(days))
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		if reTomorrow.MatchString(folded) && n < len(days) {
			t.say(fmt.Sprintf("Of course — take tomorrow off. The plan isn't a streak, so nothing is lost: Day %d, %s, waits until you're back.", n+1, days[n].Title),
				Choice{ID: "menu:plan", Label: "Show the plan"})
			return true
		}
		t.say(fmt.Sprintf("That's completely fine — the plan isn't a streak, and nothing is lost. Day %d, %s, is there whenever you're ready; skip it or come back to it tomorrow, as suits you.", n, days[n-1].Title),
			Choice{ID: "menu:plan", Label: "Show today's step"})
		return true
	}
	if t.planTodayAsked() || t.planDidIt() {
		return true
	}
	intro := slices.ContainsFunc(t.offered, func(c Choice) bool { return c.ID == "plan:start" })
	if m := rePlanShow.FindStringSubmatch(folded); m != nil && (started || m[1] != "" || intro) && (rePlanWord.MatchString(folded) || started || intro) {
		n := t.planToday(len(days)) + 1
		if m[1] != "" {
			n, _ = strconv.Atoi(m[1])
		}
		t.planShowDay(min(n, len(days)), days)
		return true
	}
	daily := strings.Contains(folded, "daily") || strings.Contains(folded, "every day")
	if !rePlanWord.MatchString(folded) && !(started && daily && reNoDaily.MatchString(folded)) {
		return false
	}
	switch {
	case rePlanResume.MatchString(folded), reStartAgain.MatchString(folded):
		paused := pp.NudgesOff || !t.planPausedUntil().IsZero()
		if started && !paused && reStartAgain.MatchString(folded) {
			// "start the plan again", with nothing paused: from day 1.
			t.planRestart(false)
			return true
		}
		if !started || !paused {
			return false
		}
		t.planResumeNow()
	case rePlanStop.MatchString(folded), rePlanPause.MatchString(folded), reNoDaily.MatchString(folded):
		if end := t.planPauseEnd(folded); started && !end.IsZero() {
			// "pause the plan for a week", "no plan messages till
			// monday": until then, and it says when it resumes.
			t.planPauseUntil(end)
			return true
		}
		t.planStop(rePlanPause.MatchString(folded), daily && (!rePlanItself.MatchString(folded) || rePlanKept.MatchString(folded)))
	default:
		return false
	}
	return true
}

// planStop stops (or pauses) the plan's daily messages. Progress is kept,
// so nothing is lost and no confirmation is needed; onlyMessages is true
// when the person asked only for the messages to stop.
func (t *turn) planStop(pause, onlyMessages bool) {
	pp := &t.p.Plan
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	if pp.Started.IsZero() {
		t.say("The 7-day plan isn't running, so there's nothing to stop. Say /plan if you'd ever like to look at it.", menuChoices()...)
		return
	}
	pp.NudgesOff, pp.Evening = true, false
	delete(t.p.Profile.Schedule, reminderPlan)
	delete(t.p.Profile.Schedule, reminderPlanEvening)
	done := fmt.Sprintf("%d of %d days done", len(pp.Done), len(t.a.guide.Plan()))
	switch {
	case onlyMessages:
		t.say("Okay — no more daily plan messages. The plan itself is still here ("+done+"): say /plan whenever you want today's step.", menuChoices()...)
	case pause:
		t.say("The plan is paused — no daily messages until you say “resume the plan”. Your progress is kept ("+done+").", menuChoices()...)
	default:
		t.say("Okay — I've stopped the plan and its daily messages. Your progress is kept ("+done+"), so /plan picks it up again if you ever want to.", menuChoices()...)
	}
}

// planSkipTo moves the plan on to day n: earlier days not done are
// skipped, and the calendar no longer holds day n back.
func (t *turn) planSkipTo(n int, days []PlanDay) {
	pp := &t.p.Plan
	n = max(1, min(n, len(days)))
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	if pp.Started.IsZero() {
		*pp = PlanProgress{Started: t.now}
	}
	for d := 1; d < n; d++ {
		if !slices.Contains(pp.Done, d) && !slices.Contains(pp.Skipped, d) {
			pp.Skipped = append(pp.Skipped, d)
		}
	}
	slices.Sort(pp.Skipped)
	// Day n must not be ahead of the calendar: start the plan earlier.
	if _, upTo := t.planClock(); upTo.AddDate(0, 0, -(n - 1)).Before(pp.Started) {
		pp.Started = upTo.AddDate(0, 0, -(n - 1))
	}
	t.showPlan()
}

// planShowDay shows one day's step without moving the plan.
func (t *turn) planShowDay(n int, days []PlanDay) {
	d := days[n-1]
	t.say(fmt.Sprintf("Day %d of %d: **%s**\n%s", n, len(days), d.Title, d.Task),
		Choice{ID: "plan:goto:" + strconv.Itoa(n), Label: fmt.Sprintf("Do day %d now", n)},
		Choice{ID: "menu:plan", Label: "Back to today"})
}

// planDidIt asks whether a bare "done!" with nothing going on was today's
// plan step, with the button that marks it; false when no plan step is
// waiting or the words are not a bare "done".
func (t *turn) planDidIt() bool {
	days, running := t.planRunning()
	if !running || !reDidIt.MatchString(foldText(t.text)) {
		return false
	}
	day := t.planToday(len(days))
	if slices.Contains(t.p.Plan.Done, day) {
		return false
	}
	t.say(fmt.Sprintf("Nice! Was that today's plan step — Day %d, %s?", day, days[day-1].Title),
		Choice{ID: "plan:done", Label: fmt.Sprintf("Yes, mark day %d done", day)}, Choice{ID: "menu:plan", Label: "Show today's step"})
	return true
}

// planTodayAsked shows today's step when a running plan is asked about in
// words ("what do i do today", "whats todays task"), whatever else the
// question reads as; false otherwise.
func (t *turn) planTodayAsked() bool {
	if _, running := t.planRunning(); !running || !rePlanTodayAsk.MatchString(foldText(t.text)) {
		return false
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.showPlan()
	return true
}

// planRunning returns the plan's days and whether the person has started
// it and has days of it still to do.
func (t *turn) planRunning() ([]PlanDay, bool) {
	days := t.a.guide.Plan()
	return days, !t.p.Plan.Started.IsZero() && len(days) > 0 && len(t.p.Plan.Done) < len(days)
}
