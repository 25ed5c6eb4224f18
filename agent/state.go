package agent

import "time"

// Person is everything the companion keeps about one person. The store saves
// each top-level section under its own key; ExportPerson returns all of it and
// ForgetPerson erases all of it.
type Person struct {
	ID          PersonID     `json:"id"`
	Profile     Profile      `json:"profile"`
	Flow        Flow         `json:"flow,omitzero"`
	Reflections []Reflection `json:"reflections,omitempty"`
	Drafts      []SavedDraft `json:"drafts,omitempty"`
	Plan        PlanProgress `json:"plan,omitzero"`
	Contacts    []Contact    `json:"contacts,omitempty"`
}

// Profile holds a person's settings and the facts the companion needs to be
// polite (their name) and punctual (their timezone).
type Profile struct {
	// Name is what the person asked to be called; empty means use the platform name.
	Name string `json:"name,omitempty"`
	// Timezone is an IANA name such as "Europe/Berlin"; empty means UTC.
	Timezone string `json:"timezone,omitempty"`
	// Birthday is the person's own birthday, when they said it: a fact
	// about them, never a reminder to them.
	Birthday *YearlyDate `json:"birthday,omitempty"`
	// TZAsked is set once the companion has asked for the timezone: it
	// is not asked again before every reminder (UTC until told).
	TZAsked bool `json:"tz_asked,omitempty"`
	// UTCNoted is when the companion last said that times are UTC until
	// told otherwise: said once a day at most, not under every reminder.
	UTCNoted time.Time `json:"utc_noted,omitzero"`
	// Tone is the preferred tone for drafts ("warm", "casual", ...); empty means ask.
	Tone string `json:"tone,omitempty"`
	// Quiet is the quiet hours the person set in words; nil means the
	// operator's hours hold.
	Quiet *QuietHours `json:"quiet,omitempty"`
	// Young is set once the person has said they are a child or a
	// teenager ("im 14"), in any message: a crisis reply later adds the
	// line for young people even when that message does not say it again.
	Young bool `json:"young,omitempty"`
	// Concern is the gentle question asked about a message that sounded
	// heavy; see concern.go.
	Concern *ConcernCheck `json:"concern,omitempty"`
	// Created is when the companion first heard from the person.
	Created time.Time `json:"created,omitzero"`
	// LastSeen is the time of the person's latest message.
	LastSeen time.Time `json:"last_seen,omitzero"`
	// Channel and ChatID are where the person last talked privately, for nudges.
	Channel string `json:"channel,omitempty"`
	ChatID  string `json:"chat_id,omitempty"`
	// Schedule holds the next time of each of the person's reminders, by
	// reminder id ("c1" for a contact, "plan", "plan-evening", "habit").
	// The store's due-time index mirrors it.
	Schedule map[string]time.Time `json:"schedule,omitempty"`
	// RemindersOff stops every nudge until the person turns them on again.
	RemindersOff bool `json:"reminders_off,omitempty"`
	// Unreachable is set when the chat for nudges blocked the companion or
	// was left; the person's next message clears it.
	Unreachable bool `json:"unreachable,omitempty"`
	// Habit is the opt-in daily habit nudge: "morning", "evening" or empty.
	Habit string `json:"habit,omitempty"`
	// HabitTime is the local time ("HH:MM") the person chose for the daily
	// habit nudge; empty means the usual time for the habit (the nudge
	// hour in the morning, 20:00 in the evening).
	HabitTime string `json:"habit_time,omitempty"`
	// ScheduleZone is the timezone Schedule was worked out in; a new
	// timezone works it out again.
	ScheduleZone string `json:"schedule_zone,omitempty"`
	// NudgesSent holds when the latest nudges went out, for the daily cap.
	NudgesSent []time.Time `json:"nudges_sent,omitempty"`
	// Talked is the person the latest message about someone named, so
	// that "write him a birthday message" or "change her to fridays" can
	// tell who is meant; see talked.go.
	Talked *Talked `json:"talked,omitempty"`
	// Told is what the latest messages told that asked for nothing, so
	// that a request for a message right after starts from it; see
	// draft_told.go.
	Told *Told `json:"told,omitempty"`
	// Undo is how reminders and the plan stood before the latest message
	// changed them, so that the next one can put them back; see undo.go.
	Undo *Undo `json:"undo,omitempty"`
}

// Flow is where a person is in a multi-step conversation. The zero value means
// no flow is running.
type Flow struct {
	// Name is the running flow: "reflect", "draft", "plan", "forget", "settings"; empty when idle.
	Name string `json:"name,omitempty"`
	// Step names the step within the flow.
	Step string `json:"step,omitempty"`
	// Reflect is the state of a reflection walkthrough.
	Reflect *ReflectState `json:"reflect,omitempty"`
	// Draft is the state of a drafting conversation.
	Draft *DraftState `json:"draft,omitempty"`
	// Offer remembers what the last reply offered, so that "yes" or a pressed
	// choice outside a flow can be understood.
	Offer *Offer `json:"offer,omitempty"`
	// Choices are the options offered by the last reply, so that a typed
	// number ("2") or a reaction can pick one.
	Choices []Choice `json:"choices,omitempty"`
	// Numbered is how many of Choices, from the first, were shown with
	// numbers; the rest came with a later message of the same turn, had
	// their buttons taken off (one set of numbered choices per reply) and
	// can still be picked by their words. Zero means all of them.
	Numbered int `json:"numbered,omitempty"`
	// Asked counts the times the prompt on screen was asked again because
	// a message did not answer it; see prompt_turn.go.
	Asked int `json:"asked,omitempty"`
	// Paused holds the flow that a crisis reply or an interruption put on hold.
	Paused *Flow `json:"paused,omitempty"`
	// Aside is set on a flow paused for one question or request, or
	// offered back: its prompt is still the last one asked, so the next
	// message, when it reads as an answer to it, resumes it.
	Aside bool `json:"aside,omitempty"`
	// Held is set on a paused flow that a crisis reply put aside: it comes
	// back only when the person asks for it, and is never offered unasked.
	Held bool `json:"held,omitempty"`
	// Care is set for a while after a crisis reply, when the companion stays
	// with the person instead of offering flows; see care.go.
	Care *CareState `json:"care,omitempty"`
	// Until, on a paused flow, is when it is let go of unless picked up
	// again; zero keeps it until something else replaces it.
	Until time.Time `json:"until,omitzero"`
	// Updated is when the flow last moved.
	Updated time.Time `json:"updated,omitzero"`
}

// CareState is the quieter conversation after a crisis reply: short, warm
// replies, helplines one tap away, and help writing to someone the person
// trusts.
type CareState struct {
	// Situation is what the crisis reply was about: "self", "abuse",
	// "other" (someone else is in danger) or "medical".
	Situation string `json:"situation,omitempty"`
	// Lang is the language of the crisis reply ("en", "es", ...), so that
	// the helplines offered in care mode come in it too.
	Lang string `json:"lang,omitempty"`
	// Since is when the crisis reply was given; Last is the person's latest
	// message in care mode. A long quiet after Last ends care mode.
	Since time.Time `json:"since,omitzero"`
	Last  time.Time `json:"last,omitzero"`
	// Step is "who" while asking whom to write to, "draft" while a draft is
	// on screen; empty otherwise.
	Step string `json:"step,omitempty"`
	// Offered is what the last care reply offered ("write"), so that a plain
	// "yes" can take it up.
	Offered string `json:"offered,omitempty"`
	// Asked is set when the last care reply put its offer as a question
	// ("Would it help if we wrote the first message together?"): only then
	// does a bare "ok" take it up.
	Asked bool `json:"asked,omitempty"`
	// Declined is set once the person said they do not want to reach anyone,
	// so the offer is not pressed again.
	Declined bool `json:"declined,omitempty"`
	// Turns counts care replies, to vary the wording.
	Turns int `json:"turns,omitempty"`
	// Draft is the message asking for support, while one is being written.
	Draft *CareDraft `json:"draft,omitempty"`
	// Mentioned is someone the person named as close ("i have a cousin,
	// jana, who i used to be close with"), whom a yes to writing is for.
	Mentioned *CareDraft `json:"mentioned,omitempty"`
	// AtRisk is the one the person is worried about, after a crisis
	// reply about someone else ("my friend says she wants to die"): the
	// message care mode helps write is to them.
	AtRisk *CareDraft `json:"at_risk,omitempty"`
}

// CareDraft is a short message to someone the person trusts, asking for
// support.
type CareDraft struct {
	// Name greets the recipient ("Sam", "Mum"); empty greets no one by name.
	Name string `json:"name,omitempty"`
	// Relationship is who they are to the person ("brother"), when said.
	Relationship string `json:"relationship,omitempty"`
	// Softer and Shorter are the revisions asked for; Variant picks the wording.
	Softer  bool `json:"softer,omitempty"`
	Shorter bool `json:"shorter,omitempty"`
	Variant int  `json:"variant,omitempty"`
	// Reach is set for a message to someone the person is worried about:
	// it offers support and asks them plainly, rather than asking for it.
	Reach bool `json:"reach,omitempty"`
}

// Offer is a follow-up the companion proposed outside a flow.
type Offer struct {
	// Kind is what "yes" would start: "draft", "reflect", "remind", "section",
	// "talk" (listen to what is going on), "yearly" (keep a birthday or an
	// anniversary every year), "cadence" (a reminder for a rhythm told) or
	// "restart" (the plan from day 1, progress made cleared).
	Kind string `json:"kind"`
	// Recipient, when the offer is a draft or a reminder for someone.
	Recipient string `json:"recipient,omitempty"`
	// Section is a guide section id, for "more on this".
	Section string `json:"section,omitempty"`
	// Request is the question a draft offer came from ("what should I
	// say to my friend whose dad is ill?"): the draft starts from it, so
	// whom it is for and why are not asked again.
	Request string `json:"request,omitempty"`
	// Yearly is the date a "yearly" offer would keep every year, worked
	// out when it was told ("on saturday"), so a later yes keeps that day.
	Yearly *YearlyDate `json:"yearly,omitempty"`
	// Listening marks an offer made with a listening reply: what the
	// person says next that nothing else claims is heard as more of it.
	Listening bool `json:"listening,omitempty"`
	// Felt is the kind of low feeling a listening offer heard ("lonely",
	// "conflict"), so that "what should I do?" next is answered for it.
	Felt string `json:"felt,omitempty"`
	// Asked is the question a "section" offer answered, so that a short
	// follow-up ("what about family?") is read as that question again.
	Asked string `json:"asked,omitempty"`
	// Advised keys the small answers already given while listening, so
	// that a second practical ask gets a different one.
	Advised []string `json:"advised,omitempty"`
	// Heard counts the replies to more of what was told, so that they
	// vary rather than repeat.
	Heard int `json:"heard,omitempty"`
	// Line is the opening line of the last listening reply, never said
	// twice running.
	Line string `json:"line,omitempty"`
	// Gripe marks an offer made in reply to a complaint: more of the
	// complaint, said next, is heard as such.
	Gripe bool `json:"gripe,omitempty"`
}

// ReflectState is a reflection walkthrough in progress.
type ReflectState struct {
	Journey string   `json:"journey"`
	Index   int      `json:"index"`
	Answers []string `json:"answers"`
	// Said keeps the acknowledgements given so far, so that no line is
	// said twice in one reflection.
	Said []string `json:"said,omitempty"`
}

// DraftState is a drafting conversation in progress.
type DraftState struct {
	Details DraftDetails `json:"details"`
	// Variant selects among the templates; "another one" moves it on.
	Variant int `json:"variant"`
	// History keeps the drafts shown so far, newest last (at most a few).
	History []string `json:"history,omitempty"`
	// Revised is what the review step remembers; see draft_revise.go.
	Revised *RevisionState `json:"revised,omitempty"`
	// Skips counts the steps the person skipped; after two the draft is
	// written without asking more.
	Skips int `json:"skips,omitempty"`
	// Reasked holds the steps asked a second time; a third time the flow
	// goes on without the answer rather than loop.
	Reasked []string `json:"reasked,omitempty"`
	// Repeats counts the times running the same step was asked again,
	// whatever the reason: a third time it is passed over instead.
	Repeats int `json:"repeats,omitempty"`
	// BackAfter is set while a reminder asked for mid-draft is set up in
	// front of it: once that is done, the draft comes back by itself.
	BackAfter bool `json:"back_after,omitempty"`
	// Sorry is set once the companion has said it is sorry for a death
	// told while drafting, so it is said once, not at every step.
	Sorry bool `json:"sorry,omitempty"`
	// AskedAbout is the situation of a question asked at a step before
	// the occasion was known ("just had a miscarriage"); see
	// draft_asked.go.
	AskedAbout string `json:"asked_about,omitempty"`
}

// Reflection is a finished (or stopped) reflection walkthrough.
type Reflection struct {
	Journey   string    `json:"journey"`
	Questions []string  `json:"questions"`
	Answers   []string  `json:"answers"`
	Summary   string    `json:"summary"`
	At        time.Time `json:"at"`
}

// SavedDraft is a message draft the person finished with "done".
type SavedDraft struct {
	Recipient string    `json:"recipient"`
	Text      string    `json:"text"`
	At        time.Time `json:"at"`
}

// PlanProgress is the person's way through the 7-day plan.
type PlanProgress struct {
	// Started is zero when the plan has not been started.
	Started time.Time `json:"started,omitzero"`
	// Done lists the plan days (1-7) marked done.
	Done []int `json:"done,omitempty"`
	// Notes holds the person's reflection per day, keyed by day number.
	Notes map[int]string `json:"notes,omitempty"`
	// NudgeHour is the local hour for the daily nudge (0 = no nudges chosen yet).
	NudgeHour int `json:"nudge_hour,omitempty"`
	// NudgesOff is set when the person declined daily plan nudges.
	NudgesOff bool `json:"nudges_off,omitempty"`
	// Evening asks for an evening reflection prompt as well.
	Evening bool `json:"evening,omitempty"`
	// Skipped lists the plan days the person chose to skip.
	Skipped []int `json:"skipped,omitempty"`
	// PausedAt and ResumeAt hold a pause with an end ("pause the plan for
	// a week"): no daily messages and no plan days pass between them
	// (plan_pause.go).
	PausedAt time.Time `json:"paused_at,omitzero"`
	ResumeAt time.Time `json:"resume_at,omitzero"`
}

// Contact is someone the person wants to stay in touch with.
type Contact struct {
	// ID names the contact's reminder ("c1"); it never changes.
	ID           string `json:"id,omitempty"`
	Name         string `json:"name"`
	Relationship string `json:"relationship,omitempty"`
	// Cadence is how often to check in, e.g. "every Sunday", "every 2 weeks".
	Cadence     string    `json:"cadence,omitempty"`
	LastContact time.Time `json:"last_contact,omitzero"`
	Notes       string    `json:"notes,omitempty"`
	// Channel and ChatID, when set, are where this contact's nudges go
	// instead of the person's private chat.
	Channel string `json:"channel,omitempty"`
	ChatID  string `json:"chat_id,omitempty"`
	// ContactPlans holds the one-off and yearly reminders and the pause.
	ContactPlans
}
