package agent

import (
	"fmt"
	"strings"
	"time"
)

// The plan paused until a day and started over, said in words: "pause the
// plan for a week", "hold the plan till monday", "no plan messages until
// the 3rd" stop the daily messages and hold the plan's days still until
// then, when both come back on their own; "restart the plan", "start the
// plan over", "from day 1 again" begin it afresh.

// rePlanRestart asks for the plan from its first day again.
var rePlanRestart = mustPattern(`\b(?:restart|re-start|reset|redo|start (?:\w+ ){0,3}(?:over|afresh|anew|fresh)|(?:start|begin|do|go through|run) (?:\w+ ){0,4}(?:from (?:scratch|the (?:beginning|start|top)|day (?:1|one))|all over)|(?:over|again) from (?:scratch|the (?:beginning|start|top)|day (?:1|one))|(?:back|go back) to (?:day (?:1|one)|the (?:beginning|start))|from (?:scratch|square one)|fresh start|clean slate)\b`)

// reStartAgain is "start the plan again": a restart when nothing is
// paused, picking it up again when something is.
var reStartAgain = mustPattern(`\b(?:start|begin|do) (?:\w+ ){0,3}again\b`)

// reUntilWord is "till", "til", "'til" and a misspelt "untill", read as
// "until" for the end of a pause (pauseEnd).
var reUntilWord = mustPattern(`(?:^|\s)(?:'til|'till|till|til|untill|up until|up till)\s`)

// reSpanOff is a length of time taken off: "take a week off the plan",
// "two days' break from the challenge", read as "for a week".
var reSpanOff = mustPattern(`\b(a|an|one|\d{1,2}|two|three|four|couple of|few) (days?|weeks?|months?)(?:'|s)? (?:off|break|rest|breather)\b`)

// planPauseEnd is when a pause asked for in folded ends, at the start of
// that day in the person's zone; zero when no end was said.
func (t *turn) planPauseEnd(folded string) time.Time {
	end := t.pauseEnd(reSpanOff.ReplaceAllString(folded, " for $1 $2 "))
	if end.IsZero() {
		return end
	}
	loc := t.location()
	l := end.In(loc)
	day := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, loc)
	if !day.After(t.now) {
		day = day.AddDate(0, 0, 1)
	}
	return day
}

// planPausedDays is how many days a pause from paused to resume holds the
// plan back: the days between them, the day it was paused on counting as
// lived.
func planPausedDays(paused, resume time.Time, loc *time.Location) int {
	if paused.IsZero() || !resume.After(paused) {
		return 0
	}
	p, r := paused.In(loc), resume.In(loc)
	from := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, loc)
	to := time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, loc)
	return max(0, int(to.Sub(from).Hours()/24+0.5)-1)
}

// planClock folds a pause that is over into the plan's start, moved on by
// the days it held the plan back, and reports the plan's start and the
// moment its days are counted up to: now, or the moment a pause still
// running began.
func (t *turn) planClock() (start, upTo time.Time) {
	pp := &t.p.Plan
	if !pp.ResumeAt.IsZero() && !pp.ResumeAt.After(t.now) {
		t.endPlanPause(pp.ResumeAt)
	}
	if !pp.ResumeAt.IsZero() {
		// The day after the pause began is the one it comes back to.
		return pp.Started, pp.PausedAt.AddDate(0, 0, 1)
	}
	return pp.Started, t.now
}

// endPlanPause ends a pause with an end at the moment at: the plan's
// start moves on by the days it was held back.
func (t *turn) endPlanPause(at time.Time) {
	pp := &t.p.Plan
	if n := planPausedDays(pp.PausedAt, at, t.location()); n > 0 {
		pp.Started = pp.Started.AddDate(0, 0, n)
	}
	pp.PausedAt, pp.ResumeAt = time.Time{}, time.Time{}
}

// planPausedUntil is the day a running pause ends; zero when none runs.
func (t *turn) planPausedUntil() time.Time {
	t.planClock()
	return t.p.Plan.ResumeAt
}

// planPauseUntil pauses the plan until resume: no daily messages, no
// days passing, both back on that day by themselves.
func (t *turn) planPauseUntil(resume time.Time) {
	pp := &t.p.Plan
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	if pp.Started.IsZero() {
		t.say("The 7-day plan isn't running, so there's nothing to pause. Say /plan if you'd ever like to look at it.", menuChoices()...)
		return
	}
	t.planClock()
	if pp.ResumeAt.IsZero() {
		pp.PausedAt = t.now
	}
	pp.ResumeAt = resume
	delete(t.p.Profile.Schedule, reminderPlan)
	delete(t.p.Profile.Schedule, reminderPlanEvening)
	day := resume.In(t.location()).Format("Monday 2 January")
	done := fmt.Sprintf("%d of %d days done", len(pp.Done), len(t.a.guide.Plan()))
	back := "That day it picks up where you left off"
	if !pp.NudgesOff && pp.NudgeHour != 0 {
		back += fmt.Sprintf(", with the daily message at %02d:00", pp.NudgeHour)
	}
	t.say("The plan is paused until "+day+": nothing from it till then, and no plan days go by. "+back+" ("+done+"). Say “resume the plan” to come back sooner.", menuChoices()...)
}

// planResumeNow ends a pause, with or without an end, now.
func (t *turn) planResumeNow() {
	pp := &t.p.Plan
	if !pp.ResumeAt.IsZero() {
		t.endPlanPause(t.now)
	}
	pp.NudgesOff = false
	if pp.NudgeHour == 0 {
		pp.NudgeHour = t.a.nudgeHour
	}
	delete(t.p.Profile.Schedule, reminderPlan)
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.confirmPlanNudges("The plan is back on.")
}

// planRestart begins the plan again from day 1 today; when days were
// already done or passed, it asks first (unless confirmed), since the days
// marked done start afresh. The daily message keeps the hour chosen; what was written about
// earlier days stays until a day's new note replaces it.
func (t *turn) planRestart(confirmed bool) {
	pp := &t.p.Plan
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	days := t.a.guide.Plan()
	if pp.Started.IsZero() || len(days) == 0 {
		t.showPlan()
		return
	}
	if today := t.planToday(len(days)); !confirmed && (today > 1 || len(pp.Done) > 0) {
		done := "no days marked done yet"
		if n := len(pp.Done); n > 0 {
			done = fmt.Sprintf("%d of %d days done", n, len(days))
		}
		t.p.Flow.Offer = &Offer{Kind: "restart"}
		t.say(fmt.Sprintf("You're on day %d, with %s. Start over from day 1? The days marked done would start afresh; what you noted along the way stays.", today, done),
			Choice{ID: "offer:yes", Label: "Start over"}, Choice{ID: "offer:no", Label: "Keep my progress"})
		return
	}
	*pp = PlanProgress{Started: t.now, Notes: pp.Notes, NudgeHour: pp.NudgeHour, NudgesOff: pp.NudgesOff, Evening: pp.Evening}
	delete(t.p.Profile.Schedule, reminderPlan)
	delete(t.p.Profile.Schedule, reminderPlanEvening)
	d := days[0]
	note := ""
	if !pp.NudgesOff && pp.NudgeHour != 0 {
		note = fmt.Sprintf(" The daily message comes at %02d:00 as before.", pp.NudgeHour)
	}
	t.say(fmt.Sprintf("Starting the plan over — today is day 1 of %d again.%s\n\n**%s**\n%s", len(days), note, d.Title, strings.TrimSpace(d.Task)),
		Choice{ID: "plan:done", Label: "Mark it done"}, Choice{ID: "plan:week", Label: "Show the whole week"})
}
