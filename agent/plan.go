package agent

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// plan shows the 7-day plan: an invitation, today's task, or the look back.
func (t *turn) plan() {
	days := t.a.guide.Plan()
	if len(days) == 0 {
		t.say("The 7-day plan isn't available right now.", menuChoices()...)
		return
	}
	pp := t.p.Plan
	if pp.Started.IsZero() {
		t.say("The 7-day plan is one small step a day for a week — reflecting, reaching out, and building the habit of staying in touch. Each day takes a few minutes.\n\nDay 1: **"+days[0].Title+"** — "+days[0].Task,
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
	start := t.p.Plan.Started.In(loc)
	now := t.now.In(loc)
	startDay := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, loc)
	calendar := int(now.Sub(startDay).Hours()/24) + 1
	first := 1
	for slices.Contains(t.p.Plan.Done, first) {
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
		if t.p.Plan.Started.IsZero() {
			t.p.Plan = PlanProgress{Started: t.now}
		}
		t.offerPlanNudges()
		t.plan()
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
		day := t.planToday(len(days))
		if !slices.Contains(t.p.Plan.Done, day) {
			t.p.Plan.Done = append(t.p.Plan.Done, day)
			slices.Sort(t.p.Plan.Done)
		}
		t.p.Flow = Flow{Name: flowPlan, Step: fmt.Sprint(day), Updated: t.now}
		t.say(fmt.Sprintf("Day %d done — that's real progress. %s", day, days[day-1].Reflection),
			Choice{ID: "plan:skipnote", Label: "Skip"})
	case "reflect":
		day := t.planToday(len(days))
		t.p.Flow = Flow{Name: flowPlan, Step: fmt.Sprint(day), Updated: t.now}
		t.say(days[day-1].Reflection, Choice{ID: "plan:skipnote", Label: "Skip"})
	default:
		t.plan()
	}
}

// planAnswer stores the person's reflection on a plan day.
func (t *turn) planAnswer(in Intent) {
	if strings.HasPrefix(t.choice, "plan:") && t.choice != "plan:skipnote" {
		t.p.Flow = Flow{Updated: t.now}
		t.planChoice()
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
