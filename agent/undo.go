package agent

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"time"
)

// A change to reminders or the plan can be taken back by the very next
// message: "undo", "wait no, keep them on", "oops wrong one, put her back".
// Before each message the companion notes how the person's reminders and
// plan stand; when the message changes them, that note is kept (Profile.
// Undo) until the next message, which may put it back.

// undoFor is how long a change stays open to "undo": long enough for a
// second thought, short enough that "undo" a day later is not read as
// taking back something long settled.
const undoFor = 30 * time.Minute

// Undo is how the person's reminders and plan stood before the latest
// message changed them.
type Undo struct {
	At           time.Time            `json:"at"`
	Contacts     []Contact            `json:"contacts,omitempty"`
	Plan         PlanProgress         `json:"plan,omitzero"`
	RemindersOff bool                 `json:"reminders_off,omitempty"`
	Habit        string               `json:"habit,omitempty"`
	HabitTime    string               `json:"habit_time,omitempty"`
	Schedule     map[string]time.Time `json:"schedule,omitempty"`
}

// undoState notes how the person's reminders and plan stand now, as a copy
// that later changes cannot reach.
func (t *turn) undoState() Undo {
	u := Undo{At: t.now, RemindersOff: t.p.Profile.RemindersOff, Habit: t.p.Profile.Habit, HabitTime: t.p.Profile.HabitTime}
	deepCopy(&u.Contacts, t.p.Contacts)
	deepCopy(&u.Plan, t.p.Plan)
	deepCopy(&u.Schedule, t.p.Profile.Schedule)
	return u
}

// deepCopy copies src into dst through its JSON form, which is the form the
// store keeps it in.
func deepCopy[T any](dst *T, src T) {
	b, err := json.Marshal(src)
	if err == nil {
		_ = json.Unmarshal(b, dst)
	}
}

// sameSettings reports whether two notes agree on everything the person
// set; when a contact was last spoken of, and the times worked out from the
// settings, are no change of theirs.
func sameSettings(a, b Undo) bool {
	strip := func(u Undo) Undo {
		u.At, u.Schedule = time.Time{}, nil
		u.Contacts = slices.Clone(u.Contacts)
		for i := range u.Contacts {
			u.Contacts[i].Touched = time.Time{}
		}
		if len(u.Contacts) == 0 {
			u.Contacts = nil
		}
		return u
	}
	return reflect.DeepEqual(strip(a), strip(b))
}

// keepUndo keeps before as what the next message may put back, when this
// message changed the person's reminders or plan and was no undo itself.
func (t *turn) keepUndo(before Undo) {
	t.p.Profile.Undo = nil
	if t.undone || t.forget || t.m.Group {
		return
	}
	if !sameSettings(before, t.undoState()) {
		t.p.Profile.Undo = &before
	}
}

// undoClause takes back what was just done in so many words; reUndo is
// a message made of such clauses, with the openers and fillers around a
// second thought ("oops wrong one, put him back pls").
const undoClause = `(?:undo(?: (?:that|it|this))?|revert(?: (?:that|it))?|reverse (?:that|it)|take (?:that|it) back|` +
	`(?:change|set|turn) (?:it|that|them|those|him|her) (?:all )?back|` +
	`put (?:it|that|them|those|him|her|everything) back(?: (?:how|the way|as) (?:it|they) (?:was|were))?|` +
	`(?:i )?(?:did ?n'?t|didnt|did not) mean (?:that|it|to(?: do that)?)|(?:that was|it was) (?:a )?mistake|` +
	`by (?:mistake|accident)|(?:the )?wrong (?:button|one|person|name|day|date|time|hour)|mis ?click(?:ed)?|pressed the wrong (?:one|button)|` +
	`(?:keep|leave) (?:them|those|him|her|everything|the reminders?)(?: (?:on|going|be|as (?:it|they) (?:was|were)))?|` +
	`(?:keep|leave) it (?:on|going|as it was|the way it was)|` +
	`don'?t (?:do that|stop them|turn them off|delete (?:him|her|them)|remove (?:him|her|them)))`

const undoFiller = `(?:oh|oops|whoops|wait|hang on|hold on|sorry|actually|no|nope|nah|ugh|argh|hmm+|um+|ok|okay|please|pls|thanks|thx|my bad|lol)`

var reUndo = mustPattern(`^(?:` + undoFiller + `[ ,.!]+)*` + undoClause + `(?:[ ,.!]+(?:` + undoClause + `|` + undoFiller + `))*[ .!]*$`)

// undoAsked reports whether text takes back what was just done.
func undoAsked(text string) bool {
	folded := strings.ToLower(strings.TrimSpace(text))
	folded = strings.NewReplacer("’", "'", "‘", "'").Replace(folded)
	return len(strings.Fields(folded)) <= 12 && reUndo.MatchString(folded)
}

// undoLast puts the person's reminders and plan back as they were before the
// change the last message made, when this message takes it back.
func (t *turn) undoLast() bool {
	prev := t.p.Profile.Undo
	if prev == nil || t.p.Flow.Name != "" || t.m.Group || t.now.Sub(prev.At) > undoFor || !undoAsked(t.text) {
		return false
	}
	now := t.undoState()
	t.p.Contacts = prev.Contacts
	t.p.Plan = prev.Plan
	t.p.Profile.RemindersOff = prev.RemindersOff
	t.p.Profile.Habit, t.p.Profile.HabitTime = prev.Habit, prev.HabitTime
	t.p.Profile.Schedule = prev.Schedule
	lines := undoneLines(now, *prev)
	if len(lines) == 0 {
		lines = []string{"Everything is as it was."}
	}
	t.say("Done — I've put that back. "+strings.Join(lines, " "), menuChoices()...)
	t.undone = true
	return true
}

// undoneLines says what putting back changed, from how things stood (now)
// to how they stand again (back).
func undoneLines(now, back Undo) []string {
	var out []string
	switch {
	case now.RemindersOff && !back.RemindersOff:
		out = append(out, "Reminders are on again.")
	case !now.RemindersOff && back.RemindersOff:
		out = append(out, "Reminders are off again, as they were.")
	}
	byID := func(cs []Contact, id string) *Contact {
		for i := range cs {
			if cs[i].ID == id {
				return &cs[i]
			}
		}
		return nil
	}
	for _, c := range back.Contacts {
		was := byID(now.Contacts, c.ID)
		name := contactLabel(c)
		switch {
		case was == nil:
			out = append(out, name+" is back on your list.")
		case !sameSettings(Undo{Contacts: []Contact{*was}}, Undo{Contacts: []Contact{c}}):
			out = append(out, name+" is back to "+contactSummary(c)+".")
		}
	}
	for _, c := range now.Contacts {
		if byID(back.Contacts, c.ID) == nil {
			out = append(out, contactLabel(c)+" is off your list again.")
		}
	}
	if !reflect.DeepEqual(now.Plan, back.Plan) {
		if back.Plan.Started.IsZero() {
			out = append(out, "The 7-day plan is off again.")
		} else {
			out = append(out, "Your 7-day plan is back where it was.")
		}
	}
	if now.Habit != back.Habit || now.HabitTime != back.HabitTime {
		if back.Habit == "" {
			out = append(out, "The daily prompt is off again.")
		} else {
			out = append(out, "Your daily "+back.Habit+" prompt is back as it was.")
		}
	}
	return out
}

// contactLabel names a contact in a sentence.
func contactLabel(c Contact) string {
	if c.Name != "" {
		return c.Name
	}
	if len(c.Dates) > 0 {
		return upFirst(possessive("") + " " + c.Dates[0].What)
	}
	return "That reminder"
}

// contactSummary says how a contact's reminders stand, in a few words.
func contactSummary(c Contact) string {
	var parts []string
	if c.Cadence != "" {
		parts = append(parts, c.Cadence)
	}
	for _, d := range c.Dates {
		parts = append(parts, d.What+" on "+dateLabel(d))
	}
	if c.Paused {
		parts = append(parts, "paused")
	}
	if len(parts) == 0 {
		return "no regular reminder"
	}
	return strings.Join(parts, ", ")
}
