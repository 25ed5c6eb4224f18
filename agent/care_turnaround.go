package agent

import "strings"

// After a low moment people often turn the conversation: they wave it
// off ("whatever. forget it"), change the subject ("yeah. anyway how's
// your day"), or, new here, ask how any of it works. Each is followed the
// way a friend would, never read for its words as news or a feeling.

// reFedUp is a take-back said with a sigh: "whatever", "ugh forget it",
// "fine, never mind". It gets a softer answer than a plain "never mind".
var reFedUp = mustPattern(`\b(?:whatever|ugh+|fine|honestly|just forget|forget it|doesn'?t matter|dont matter|don'?t care|pointless)\b`)

// fedUpReply is the answer to a frustrated take-back.
const fedUpReply = "That's okay — we can leave it there. Sorry if I missed the mark; it's fine to be fed up. " +
	"I'm here if you want to come back to it, or to talk about something else."

// rePivot turns the subject after a short aside: "yeah i guess. anyway
// did you watch anything good", "ok. moving on, how's your day". Group 1
// is what comes before, group 2 the new subject.
var rePivot = mustPattern(`^(.{0,40}?)(?:^|[.!?,;:]+ ?|\s)(?:anyway|anyways|anyhoo|anyhow|moving on|on another note|on a different note|changing the subject|change of subject|enough about me|but enough of that|enough of that)\b[ ,.!:;-]*(.+)$`)

// pivotText is the new subject of a message that changes it after a short
// aside, in its own words; "" when the message does not.
func pivotText(text string) string {
	m := rePivot.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return ""
	}
	if len(strings.Fields(m[1])) > 6 || len(strings.Fields(m[2])) < 2 {
		return ""
	}
	return strings.TrimSpace(m[2])
}

// reHowItWorks says the person does not know what the companion is or
// how to use it: "i dont really know how it works", "my grandson set this
// up for me", "what is this thing".
var reHowItWorks = mustPattern(`\b(?:(?:don'?t|do not|dont|didn'?t|not sure|no idea|never) (?:really |quite |exactly )?(?:know|understand|get|sure) (?:how (?:this|you|any of this|this thing|this app) (?:works?|goes)|how it works?(?: (?:yet|really|tbh|honestly|at all|lol))*$|how to (?:use|work) (?:this|you)|what (?:this|you) (?:is|does|do|are|can do))|(?:not sure|no idea|unsure) (?:what|how) (?:this|you) (?:is|does|do|works?|can do)|(?:set|signed|put|installed|downloaded|added) (?:this|it|you|me) (?:up )?(?:for|on) (?:me|my (?:phone|tablet|computer|ipad))|(?:new|first time) (?:to|at|with) (?:this|these|apps|chat ?bots|bots)|what is this (?:thing|app)|how do i use (?:this|you|it))\b`)

// turnaround follows a message that waves off, changes the subject or
// asks how things work; false for any other.
func (t *turn) turnaround() bool {
	if t.p.Flow.Name != "" || t.m.Group || t.choice != "" {
		return false
	}
	folded := foldText(t.text)
	if t.lowReproached(folded) {
		// "sorry for being dramatic" after a low moment (care_sorry.go).
		return true
	}
	if reHowItWorks.MatchString(folded) && len(strings.Fields(folded)) <= 30 {
		t.say("Welcome — I'm glad you're here, and there's nothing to learn: you just type to me as you would to a person, "+
			"and tap a button when I offer some. "+strings.TrimPrefix(msgWelcome, "Hi! "), menuChoices()...)
		return true
	}
	if reAskedWatched.MatchString(foldText(pivotOr(t.text))) {
		// "did you watch anything good lately": small talk, answered lightly.
		t.say("I don't get to watch or read anything myself — no screen time for me, sadly! But I'd love a tip: " +
			"seen or read anything good lately?")
		return true
	}
	if next := pivotText(t.text); next != "" {
		// The new subject is answered on its own, as if said alone.
		t.text = next
		return false
	}
	return false
}

// pivotOr is the new subject of text when it changes one, else text.
func pivotOr(text string) string {
	if next := pivotText(text); next != "" {
		return next
	}
	return text
}

// reAskedWatched asks whether the companion has watched, read or heard
// anything good: "did you watch anything good lately", "seen any good
// films", "read anything fun recently?".
var reAskedWatched = mustPattern(`^(?:(?:so|ok|okay|hey|and|lol|also|btw)\s+)*(?:(?:did|have|do) (?:you|u|ya) )?(?:watch|watched|see|seen|read|hear|heard|listen to|listened to|binge|binged|play|played)(?:ed)? (?:anything|something|any|a good)\b(?: \w+){0,4}\??$`)
