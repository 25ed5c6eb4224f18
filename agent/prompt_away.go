package agent

import "strings"

// A third reading of a message typed at an open question that is not an
// answer: the person steps away for a moment ("one sec", "hang on, phone",
// "ugh someone's at the door"). Unlike a leaving (prompt_leave.go) nothing
// is put aside: the question stays open and waits, and a word on coming
// back ("ok back", "sorry about that") asks it again.

// awayBriefly reports a short message that says the person is stepping
// away for a moment: a clause asks for a moment ("hold on", "give me a
// min", "brb") or tells what calls them away ("gotta get the door",
// "phone's ringing"), and what else it says is a few words at most.
func awayBriefly(text string) bool {
	if len(strings.Fields(text)) > 12 {
		return false
	}
	away, rest := false, 0
	for _, clause := range clauseBreak.Split(text, -1) {
		folded := foldText(clause)
		if folded == "" {
			continue
		}
		if reInterrupted.MatchString(folded) {
			away = true
			continue
		}
		if loc := reMomentAsked.FindStringIndex(folded); loc != nil {
			away = true
			if tail := strings.TrimSpace(folded[loc[1]:]); tail != "" && !reInterrupted.MatchString(tail) && !reAwayReason.MatchString(tail) {
				rest += len(strings.Fields(tail))
			}
			continue
		}
		if !reAwayReason.MatchString(folded) {
			rest += len(strings.Fields(folded))
		}
	}
	return away && rest <= 3
}

// awayLead may open a clause that asks for a moment or tells what calls
// the person away: "ugh", "sorry", "oh", "ok".
const awayLead = `^(?:(?:ok|okay|sorry|soz|sry|ugh|urgh|oh|oops|um|umm|hmm|ah|argh|shoot|damn|dammit|crap|oh no|omg|hey|wait|so|right|just|lol|haha)\s)*`

var (
	// reMomentAsked opens a clause asking for a moment: "hold on",
	// "one sec", "give me a minute", "brb", "back in two".
	reMomentAsked = mustPattern(awayLead + `(?:hold on|hang on|hold up|hold that thought|bear with me|brb|be right back|afk` +
		`|(?:(?:just |wait |hold on |hang on |give me |gimme |give me just |gimme just |need |i need |let me have )?(?:a|one|1|two|2|a few|a couple)|just a) (?:sec|secs|second|seconds|moment|moments|min|mins|minute|minutes|mo|tick|jiffy)` +
		`|sec|one moment please|back in (?:a )?(?:sec|second|moment|min|minute|mo|tick|jiffy|two|2|five|5)(?: mins?| minutes?)?` +
		`|(?:i'll|ill|i will|will) be right back)(?:\s|$)`)

	// reInterrupted is a whole clause telling what calls the person
	// away for a moment: someone at the door, a call coming in, a child
	// who needs them, something on the stove.
	reInterrupted = mustPattern(awayLead + `(?:(?:there's |theres |there is )?(?:someone|somebody|someone's|somebody's|someones|somebodys)(?: is)? (?:at|knocking at|ringing) the (?:door|doorbell|bell)` +
		`|(?:the )?(?:door|doorbell|door bell)(?: is|'s)? (?:ringing|rang|went|going|knocking)` +
		`|(?:(?:i |i've |ive )?(?:gotta|got to|have to|need to|must|gonna|going to|better)|let me|lemme|i'll|ill|i will|brb) (?:go )?` +
		`(?:get|answer|grab|take|check on|see to|deal with|sort out|feed|see who's at|see whos at) (?:the|a|my|this|that|our) (?:door|phone|call|baby|kids|kid|delivery|parcel|package|oven|dog|kettle|food|pizza|doorbell|toddler|stove|pan)` +
		`|(?:my |the |our )?(?:phone|phone's|doorbell|baby|baby's|babys|kid|kids|toddler|kettle|oven|timer|alarm|dog|pizza|delivery|parcel|package|food)` +
		`(?: is| are|'s|s)? (?:ringing|going off|crying|awake|up|boiling|beeping|burning|barking|here|at the door|arrived|just came|calling)` +
		`|(?:my )?(?:boss|mum|mom|dad|wife|husband|partner|bf|gf|flatmate|roommate)(?: is|'s|s)? (?:calling|calling me|at the door|on the phone|just walked in|needs me)` +
		`|(?:i'm |im |i am )?(?:getting|got|taking) (?:a|another|this) (?:call|phone call)|incoming call|call coming in)(?:\s(?:quick|quickly|real quick|sorry|lol|brb|now|sec|one sec|a sec))*$`)

	// reAwayReason is a bare word of why, said beside a moment asked
	// for ("hang on, phone"): never enough alone.
	reAwayReason = mustPattern(`^(?:(?:the|my|a|our) )?(?:door|doorbell|phone|call|phone call|baby|kids|kid|delivery|parcel|package|work|boss|oven|kettle|dog|dinner|food|pizza|toddler|someone|somebody)(?: lol| haha| sorry)?$`)
)

// reBackAfterAway is a word on coming back after stepping away: "ok
// back", "sorry about that", "i'm here", "where was i".
var reBackAfterAway = mustPattern(awayLead + backWord + `(?:\s(?:` + backWord + `|sorry|now|lol|haha|again|then|ok|okay))*$`)

// backWord is one way of saying one is back.
const backWord = `(?:(?:i'm|im|i am) back|back (?:now|again)|(?:i'm|im|i am) here(?: now| again)?|sorry about that|sorry for that|sorry for the wait|sorry bout that` +
	`|thanks for waiting)`

// waitAtPrompt answers a person stepping away for a moment: the question
// stays open, and nothing is kept as an answer.
func (t *turn) waitAtPrompt() {
	lines := []string{
		"Of course — take your time. The question will keep; answer whenever you're back.",
		"No rush at all — I'll be right here. Pick the question up whenever you're ready.",
		"Sure, go ahead. The question is still open for when you're back.",
	}
	t.say(lines[len(t.text)%len(lines)])
}
