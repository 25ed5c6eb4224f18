package agent

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// Reminder ids that are not contacts; a contact's reminder id is its Contact.ID.
const (
	reminderPlan        = "plan"
	reminderPlanEvening = "plan-evening"
	reminderHabit       = "habit"
)

// Local hours of the nudges that have no time of their own.
const (
	defaultNudgeHour = 10
	eveningHour      = 20
	maxContacts      = 50
)

// NudgePolicy is when nudges may go out. Times are the person's local time.
type NudgePolicy struct {
	// QuietStart and QuietEnd are minutes after midnight; nothing is sent
	// from QuietStart until QuietEnd. Equal values mean no quiet hours.
	QuietStart, QuietEnd int
	// MaxPerDay caps the nudges a person gets in one local day; 0 means no cap.
	MaxPerDay int
	// StaleAfter drops a nudge that is more than this late (after downtime)
	// instead of sending it; 0 never drops.
	StaleAfter time.Duration
}

// NudgeRequest asks the agent to act on one due reminder.
type NudgeRequest struct {
	// Entry is the due-time index entry that came due.
	Entry DueEntry
	// Now is the scheduler's clock.
	Now time.Time
	// Policy says when nudges may go out.
	Policy NudgePolicy
	// Unreachable is set when the chat the nudge would go to blocked the
	// companion or was left: every nudge of the person stops.
	Unreachable bool
}

// NudgeResult says what became of a due reminder.
type NudgeResult struct {
	// Kind is the reminder's kind: "plan", "plan-evening", "habit",
	// "contact", "once" (a one-off about a contact) or "date" (a yearly date).
	Kind string
	// Sent is true when a nudge was put in the outbox.
	Sent bool
}

// Nudge acts on a due reminder like a turn: under the person's lock it loads
// them, decides (send, wait for quiet hours or the daily cap to pass, drop a
// stale one, or stop), and commits the reply, the person and the due-index
// changes in one transaction. The update id names the person, the reminder
// and its due time, so a reminder fires once however often it is offered.
// It returns ErrDuplicate when that reminder was already handled.
func (a *Agent) Nudge(ctx context.Context, r NudgeRequest) error {
	_, err := a.NudgeReport(ctx, r)
	return err
}

// NudgeReport is Nudge, also saying what became of the reminder.
func (a *Agent) NudgeReport(ctx context.Context, r NudgeRequest) (NudgeResult, error) {
	e := r.Entry
	if e.Person == "" || e.Reminder == "" {
		return NudgeResult{}, errors.New("nudge: entry without a person or reminder")
	}
	res := NudgeResult{Kind: reminderKind(e.Reminder)}
	mu := &a.locks[lockIndex(e.Person)]
	mu.Lock()
	defer mu.Unlock()

	p, err := a.store.LoadPerson(ctx, e.Person)
	if err != nil {
		return res, fmt.Errorf("nudge: load person: %w", err)
	}
	now := r.Now
	if now.IsZero() {
		now = a.clock.Now()
	}
	channel, chat := p.Profile.Channel, p.Profile.ChatID
	if c := findContactByID(p.Contacts, e.Reminder); c != nil && c.Channel != "" {
		channel, chat = c.Channel, c.ChatID
	}
	m := Message{ID: fmt.Sprintf("nudge:%s:%s:%d", e.Person, e.Reminder, e.At.Unix()),
		Channel: channel, ChatID: chat, Person: e.Person, Time: now}
	t := newTurn(a, m, p, now)
	outcome := t.nudge(e, r)
	t.syncReminders(false)
	out := t.commit()
	// The entry that came due goes in any case; the schedule decides what follows.
	out.Undue = appendEntry(out.Undue, e)
	if err := a.store.CommitTurn(ctx, out); err != nil {
		if errors.Is(err, ErrDuplicate) {
			return res, ErrDuplicate
		}
		return res, fmt.Errorf("nudge: commit: %w", err)
	}
	a.log.Debug("nudge", "outcome", outcome, "reminder_kind", res.Kind,
		"late", now.Sub(e.At).Round(time.Second), "replies", len(out.Replies))
	res.Sent = outcome == "sent"
	return res, nil
}

// nudge decides what a due reminder does and returns the outcome's name.
func (t *turn) nudge(e DueEntry, r NudgeRequest) string {
	sched := t.p.Profile.Schedule
	if at, ok := sched[e.Reminder]; !ok || !at.Equal(e.At) {
		return "outdated"
	}
	if r.Unreachable {
		t.p.Profile.Unreachable = true
		t.syncReminders(false)
		return "unreachable"
	}
	if t.m.Channel == "" {
		delete(sched, e.Reminder)
		return "nowhere"
	}
	pol := t.quietPolicy(r.Policy)
	if pol.StaleAfter > 0 && t.now.Sub(e.At) > pol.StaleAfter {
		t.advanceReminder(e.Reminder)
		return "stale"
	}
	if until, ok := t.careHold(); ok {
		sched[e.Reminder] = until
		return "care"
	}
	loc := t.location()
	local := t.now.In(loc)
	if until, held := quietUntil(local, t.quietHours(), pol, t.a.nudgeHour); held {
		// Inside the quiet time: moved to where it ends.
		sched[e.Reminder] = until
		return "quiet"
	}
	if pol.MaxPerDay > 0 && t.sentToday(local, loc) >= pol.MaxPerDay {
		wake := t.a.nudgeHour * 60
		if pol.QuietStart != pol.QuietEnd {
			wake = pol.QuietEnd
		}
		day := time.Date(local.Year(), local.Month(), local.Day()+1, 0, 0, 0, 0, loc)
		sched[e.Reminder] = time.Date(day.Year(), day.Month(), day.Day(), wake/60, wake%60, 0, 0, loc)
		return "capped"
	}
	if !t.sayNudge(e.Reminder, local) {
		delete(sched, e.Reminder)
		return "gone"
	}
	t.recordSent()
	t.advanceReminder(e.Reminder)
	if t.p.Flow.Name == "" {
		// A typed number or "yes" now answers the nudge, not an older offer.
		t.p.Flow.Choices = t.replies[len(t.replies)-1].Choices
		t.p.Flow.Offer = nil
	}
	return "sent"
}

// sayNudge queues the nudge's message; false when its subject is gone.
func (t *turn) sayNudge(id string, local time.Time) bool {
	switch id {
	case reminderPlan:
		days := t.a.guide.Plan()
		if len(days) == 0 || t.p.Plan.Started.IsZero() {
			return false
		}
		day := t.planToday(len(days))
		d := days[day-1]
		t.say(fmt.Sprintf("%s Day %d of %d of your plan: **%s**\n%s", greeting(local), day, len(days), d.Title, d.Task),
			Choice{ID: "plan:done", Label: "Mark it done"},
			Choice{ID: "menu:plan", Label: "Show the plan"},
			Choice{ID: "remind:stop:plan", Label: "Stop these"})
	case reminderPlanEvening:
		days := t.a.guide.Plan()
		if len(days) == 0 || t.p.Plan.Started.IsZero() {
			return false
		}
		d := days[t.planToday(len(days))-1]
		t.say("How did today's step go? "+d.Reflection,
			Choice{ID: "plan:reflect", Label: "Reflect on today"},
			Choice{ID: "remind:stop:plan-evening", Label: "Stop these"})
	case reminderHabit:
		if t.p.Profile.Habit == "evening" {
			t.say("Before the day ends: did you have one good interaction today — a real chat, a kind message, a moment of attention?",
				Choice{ID: "remind:good:habit", Label: "Yes, I did"},
				Choice{ID: "remind:notyet:habit", Label: "Not today"},
				Choice{ID: "remind:stop:habit", Label: "Stop these"})
			return true
		}
		t.say(greeting(local)+" Today's small step: send one supportive message to someone — a line is enough.",
			Choice{ID: "menu:draft", Label: "Help me write one"},
			Choice{ID: "remind:good:habit", Label: "Done"},
			Choice{ID: "remind:stop:habit", Label: "Stop these"})
	default:
		if _, sub, ok := strings.Cut(id, "/"); ok {
			return t.sayPlanNudge(id, sub, local)
		}
		c := findContactByID(t.p.Contacts, id)
		if c == nil || c.Cadence == "" {
			return false
		}
		text := "It's " + local.Weekday().String() + " — a good moment to check in with " + c.Name + "."
		if !c.LastContact.IsZero() {
			text += " (Your last check-in was " + ago(t.now.Sub(c.LastContact)) + ".)"
		}
		t.say(text,
			Choice{ID: "remind:draft:" + c.ID, Label: "Draft it for me"},
			Choice{ID: "remind:done:" + c.ID, Label: "Done"},
			Choice{ID: "remind:snooze:" + c.ID, Label: "Snooze 1 day"},
			Choice{ID: "remind:stop:" + c.ID, Label: "Stop these"})
	}
	return true
}

func greeting(local time.Time) string {
	switch h := local.Hour(); {
	case h < 12:
		return "Good morning!"
	case h < 18:
		return "Hello!"
	}
	return "Good evening!"
}

// ago says a past duration in rough words.
func ago(d time.Duration) string {
	days := int(d.Hours() / 24)
	switch {
	case days < 1:
		return "today"
	case days == 1:
		return "yesterday"
	case days < 14:
		return fmt.Sprintf("%d days ago", days)
	case days < 60:
		return fmt.Sprintf("%d weeks ago", days/7)
	}
	return fmt.Sprintf("%d months ago", days/30)
}

// inQuietHours reports whether local falls in the policy's quiet hours.
func inQuietHours(local time.Time, pol NudgePolicy) bool {
	if pol.QuietStart == pol.QuietEnd {
		return false
	}
	m := local.Hour()*60 + local.Minute()
	if pol.QuietStart < pol.QuietEnd {
		return m >= pol.QuietStart && m < pol.QuietEnd
	}
	return m >= pol.QuietStart || m < pol.QuietEnd
}

// nextClock returns the next time after local at minutes after midnight.
func nextClock(local time.Time, minutes int, loc *time.Location) time.Time {
	t := time.Date(local.Year(), local.Month(), local.Day(), minutes/60, minutes%60, 0, 0, loc)
	if !t.After(local) {
		t = time.Date(local.Year(), local.Month(), local.Day()+1, minutes/60, minutes%60, 0, 0, loc)
	}
	return t
}

// quietNote tells the person when a reminder's time falls in the quiet
// hours, since the nudge then waits until they end; empty otherwise. what
// names the message that waits ("each reminder", "it").
func (t *turn) quietNote(at time.Time, what string) string {
	q, loc := t.quietPolicy(t.a.quiet), t.location()
	local := at.In(loc)
	until, held := quietUntil(local, t.quietHours(), q, t.a.nudgeHour)
	if !held {
		return ""
	}
	when := until.Format("15:04")
	if y, m, d := until.Date(); d != local.Day() || m != local.Month() || y != local.Year() {
		when += " the next day"
		if until.Sub(local) > 36*time.Hour {
			when = until.Format("15:04 on Monday")
		}
	}
	return fmt.Sprintf("\n\nJust so you know: %s is inside my quiet hours (%s), when I send nothing, so %s will come at %s instead.",
		local.Format("15:04"), quietLabel(t.quietHours()), what, when)
}

// quietNoteNext is quietNote for the time the schedule gives reminder id
// next, so the note matches where the nudge is really put.
func (t *turn) quietNoteNext(id, what string) string {
	if at, ok := t.nextTime(id); ok {
		return t.quietNote(at, what)
	}
	return ""
}

// clockLabel writes minutes after midnight as "HH:MM".
func clockLabel(minutes int) string {
	return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60)
}

// sentToday counts the nudges sent on local's calendar day.
func (t *turn) sentToday(local time.Time, loc *time.Location) int {
	n := 0
	y, m, d := local.Date()
	for _, s := range t.p.Profile.NudgesSent {
		if sy, sm, sd := s.In(loc).Date(); sy == y && sm == m && sd == d {
			n++
		}
	}
	return n
}

// recordSent remembers a nudge for the daily cap, keeping two days' worth.
func (t *turn) recordSent() {
	kept := t.p.Profile.NudgesSent[:0:0]
	for _, s := range t.p.Profile.NudgesSent {
		if t.now.Sub(s) < 48*time.Hour {
			kept = append(kept, s)
		}
	}
	t.p.Profile.NudgesSent = append(kept, t.now)
}

// advanceReminder schedules a reminder's next time after now, or ends it.
func (t *turn) advanceReminder(id string) {
	sched := t.p.Profile.Schedule
	delete(sched, id)
	if next, ok := t.nextTime(id); ok {
		sched[id] = next
	}
}

// nextTime is when a reminder should next come, after now; false when it
// should not come at all.
func (t *turn) nextTime(id string) (time.Time, bool) {
	loc := t.location()
	switch id {
	case reminderPlan, reminderPlanEvening:
		start, _ := t.planClock()
		pp := t.p.Plan
		n := len(t.a.guide.Plan())
		if pp.Started.IsZero() || pp.NudgesOff || pp.NudgeHour == 0 || n == 0 || len(pp.Done) >= n {
			return time.Time{}, false
		}
		if id == reminderPlanEvening && !pp.Evening {
			return time.Time{}, false
		}
		hour := pp.NudgeHour
		if id == reminderPlanEvening {
			hour = eveningHour
		}
		from := t.now
		if !pp.ResumeAt.IsZero() {
			// Paused until a day: nothing before it, and the days held
			// back move the calendar's end on.
			from = pp.ResumeAt.Add(-time.Second)
			start = start.AddDate(0, 0, planPausedDays(pp.PausedAt, pp.ResumeAt, loc))
		}
		next := Cadence{Kind: CadenceDays, Every: 1, Hour: hour}.Next(from, loc)
		// The plan is a week; nudges stop a few days after its calendar end.
		if next.Sub(start) > time.Duration(n+3)*24*time.Hour {
			return time.Time{}, false
		}
		return next, true
	case reminderHabit:
		if h := t.p.Profile.Habit; h != "morning" && h != "evening" {
			return time.Time{}, false
		}
		hour, minute := t.habitClock()
		return Cadence{Kind: CadenceDays, Every: 1, Hour: hour, Minute: minute}.Next(t.now, loc), true
	}
	c := findContactByID(t.p.Contacts, id)
	if c == nil {
		return time.Time{}, false
	}
	from := t.now
	if c.Paused {
		if c.ResumeAt.IsZero() {
			return time.Time{}, false
		}
		from = latest(from, c.ResumeAt)
	}
	if _, sub, ok := strings.Cut(id, "/"); ok {
		return t.nextPlanned(c, sub, from, loc)
	}
	cad, ok := ParseCadence(c.Cadence, t.a.nudgeHour)
	if !ok {
		return time.Time{}, false
	}
	return cad.Next(from, loc), true
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// syncReminders brings the schedule in line with what the person asked
// for: every wanted reminder has a time, nothing else does. incoming is
// true for a turn the person started, which shows they can be reached.
func (t *turn) syncReminders(incoming bool) {
	pr := &t.p.Profile
	if incoming && pr.Unreachable && !t.m.Group {
		pr.Unreachable = false
	}
	if pr.ScheduleZone != pr.Timezone {
		pr.Schedule, pr.ScheduleZone = nil, pr.Timezone
	}
	wanted := map[string]bool{}
	if !pr.RemindersOff && !pr.Unreachable && pr.Channel != "" {
		for i := range t.p.Contacts {
			c := &t.p.Contacts[i]
			if c.Paused && !c.ResumeAt.IsZero() && !c.ResumeAt.After(t.now) {
				c.Paused, c.ResumeAt = false, time.Time{}
			}
			for _, id := range contactReminderIDs(c) {
				wanted[id] = true
			}
		}
		for _, id := range []string{reminderPlan, reminderPlanEvening, reminderHabit} {
			wanted[id] = true
		}
	}
	for id := range pr.Schedule {
		if !wanted[id] {
			delete(pr.Schedule, id)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(wanted)) {
		if _, ok := pr.Schedule[id]; ok {
			continue
		}
		if next, ok := t.nextTime(id); ok {
			if pr.Schedule == nil {
				pr.Schedule = map[string]time.Time{}
			}
			pr.Schedule[id] = next
		}
	}
	if len(pr.Schedule) == 0 {
		pr.Schedule = nil
	}
}

// dueEntries lists the index entries p's schedule stands for.
func dueEntries(p Person) []DueEntry {
	var out []DueEntry
	for _, id := range slices.Sorted(maps.Keys(p.Profile.Schedule)) {
		e := DueEntry{Person: p.ID, Reminder: id, At: p.Profile.Schedule[id],
			Channel: p.Profile.Channel, ChatID: p.Profile.ChatID}
		if c := findContactByID(p.Contacts, id); c != nil && c.Channel != "" {
			e.Channel, e.ChatID = c.Channel, c.ChatID
		}
		out = append(out, e)
	}
	return out
}

// diffEntries returns the entries of after missing from before (to add)
// and those of before missing from after (to remove).
func diffEntries(before, after []DueEntry) (add, remove []DueEntry) {
	has := func(list []DueEntry, e DueEntry) bool {
		return slices.ContainsFunc(list, func(x DueEntry) bool { return sameEntry(x, e) })
	}
	for _, e := range after {
		if !has(before, e) {
			add = append(add, e)
		}
	}
	for _, e := range before {
		if !has(after, e) {
			remove = append(remove, e)
		}
	}
	return add, remove
}

func sameEntry(a, b DueEntry) bool {
	return a.Person == b.Person && a.Reminder == b.Reminder && a.At.Equal(b.At) &&
		a.Channel == b.Channel && a.ChatID == b.ChatID
}

func appendEntry(list []DueEntry, e DueEntry) []DueEntry {
	if slices.ContainsFunc(list, func(x DueEntry) bool { return x.Person == e.Person && x.Reminder == e.Reminder && x.At.Equal(e.At) }) {
		return list
	}
	return append(list, e)
}

// reminderKind names a reminder for logs without naming anyone.
func reminderKind(id string) string {
	if _, sub, ok := strings.Cut(id, "/"); ok {
		if sub == planOnce {
			return "once"
		}
		return "date"
	}
	if strings.HasPrefix(id, "c") && id != "" {
		return "contact"
	}
	return id
}
