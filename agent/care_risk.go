package agent

import (
	"fmt"
	"strings"

	"github.com/companion-dev/companion/agent/safety"
)

// The risk going on. After a crisis reply about the person themselves, a
// message that carries on with the warning sign (love or sorry to pass on,
// a goodbye, a wish to be gone, a means at hand, a time) is not small
// talk, even when on its own it would not be a crisis: it is answered for
// what it says, then the companion asks plainly whether the person is
// thinking of ending their life and is safe right now, with the emergency
// number and the helplines a tap away.
//
// Two readings find it: the safety rules, on the message with a bare "it"
// after a verb of doing read as the act the crisis was about ("i'm going
// to do it tonight"), and the words below, a lower bar than a fresh crisis
// that care mode can afford because it knows what came before.

// riskKind is what a message carrying on the risk says.
type riskKind string

const (
	riskNone     riskKind = ""
	riskFarewell riskKind = "farewell" // love, thanks or sorry to pass on, a goodbye, who looks after what
	riskGone     riskKind = "gone"     // a wish to be gone, for it to stop
	riskMeans    riskKind = "means"    // something to do it with, or a place, at hand
	riskTime     riskKind = "time"     // when
	riskSaid     riskKind = "said"     // the safety rules read it so
)

// riskRules are the words of each kind, on careNormalize's text.
var riskRules = []struct {
	kind riskKind
	re   pattern
}{
	{riskFarewell, mustPattern(`\b(?:want|need|wanted|would like|make sure|hope) (?:them|him|her|everyone|everybody|people|you|my (?:\w+ )?\w+(?: and (?:my )?\w+)?) (?:all )?(?:to )?know (?:that )?(?:i (?:love|loved|am sorry|was sorry|tried|cared|care)|how much i (?:love|loved|care|cared)|it is not (?:their|his|her|your) fault|it was not (?:their|his|her|your) fault|none of this is)`)},
	{riskFarewell, mustPattern(`\b(?:knows?|to know|to hear|hears?) (?:that )?(?:i (?:love|loved|am sorry|was sorry|tried|cared)|how much i (?:love|loved|care|cared))`)},
	{riskFarewell, mustPattern(`\b(?:tell|telling|let) (?:them|him|her|everyone|everybody|my (?:\w+ )?\w+) (?:know )?(?:that )?(?:i love|i loved|i am sorry|i was sorry|goodbye|bye|thank you|it is not (?:their|his|her) fault)`)},
	{riskFarewell, mustPattern(`\b(?:say|said|saying|send|sent|write|wrote|written|writing|leave|left|leaving) (?:my |a |the |some )?(?:goodbyes?|farewells?|goodbye (?:letters?|notes?|messages?|texts?|videos?))\b`)},
	{riskFarewell, mustPattern(`\b(?:last|final) (?:message|messages|letter|letters|note|notes|words|goodbye|text|texts)\b|\bsorry for everything\b|\bi love (?:you|them) all\b|\b(?:when|after|once) i am gone\b`)},
	{riskFarewell, mustPattern(`\b(?:someone|somebody|you|they|he|she|will|would|can|could) (?:\w+ ){0,2}(?:look after|take care of|feed|care for|have) my (?:cat|cats|dog|dogs|kids|children|pet|pets|son|daughter|plants|things|stuff)\b`)},
	{riskFarewell, mustPattern(`\bmy (?:cat|cats|dog|dogs|kids|children|pet|pets|son|daughter|plants) (?:will )?(?:needs?|deserves?) (?:someone|somebody|a (?:new )?home|a new owner|looking after)\b`)},
	{riskGone, mustPattern(`\b(?:want|wish|need|just want) (?:it|this|that|everything|all of (?:it|this)|the pain|the hurt|it all|all this|my life) to (?:stop|end|be over|go away)\b`)},
	{riskGone, mustPattern(`\b(?:want|wish|need|ready|going) (?:to |i could |i could just |i would |i )?(?:be gone|disappear|not be here|not exist|stop existing|sleep forever|sleep and (?:not|never) wake up|not wake up|never wake up|go to sleep and not wake up|end it|be done with (?:it|everything|life))\b`)},
	{riskGone, mustPattern(`\b(?:it|this|everything) will (?:all )?be over (?:soon|tonight|tomorrow)\b|\b(?:not|never) (?:be|going to be) (?:here|around) (?:much longer|for long|tomorrow|anymore|any more)\b|\b(?:tired of|done with) (?:living|being alive|existing|life)\b`)},
	{riskMeans, mustPattern(`\b(?:have|got|holding|hold|bought|saved|saving|stocked|collected|counted|found|hidden|hid|keeping|kept|ready|lined up|looking at|staring at|next to me|in my hand|right here|in front of me) (?:\w+ ){0,4}(?:pills|tablets|meds|medication|painkillers|paracetamol|rope|knife|knives|blade|blades|razor|razors|gun|pistol|rifle|bullets|cord|charcoal|poison)\b`)},
	{riskMeans, mustPattern(`\b(?:pills|tablets|meds|painkillers|rope|knife|blade|blades|razor|gun|poison|bottle) (?:is|are) (?:ready|here|right here|next to me|in my hand|in front of me|in my (?:bag|pocket|room|drawer))\b`)},
	{riskMeans, mustPattern(`\b(?:i am|standing|sitting|up) (?:on|at|by) (?:the|a) (?:bridge|roof|edge|ledge|tracks|railway|cliff|top floor|platform)\b`)},
	{riskTime, mustPattern(`^(?:(?:probably|maybe|soon|i think|it will be|it is going to be|it is|planning on|planned for|i will do it|going to do it|doing it|at) )*(?:tonight|today|tomorrow|this weekend|this week|soon|at midnight|at \d+\w*(?: (?:am|pm|oclock|o clock))?|in the morning|before morning|after (?:everyone|they|my \w+) (?:is |are |goes |go |has |have )?(?:asleep|to sleep|to bed|out|gone|left))(?: (?:probably|maybe|i think|i guess|i reckon|then))*$`)},
	{riskTime, mustPattern(`\b(?:do|doing) it (?:tonight|today|tomorrow|soon|this weekend|after|when|at|once)\b|\b(?:have|got) (?:it )?(?:all )?planned\b|\b(?:picked|chosen|set|decided on) (?:a |the )?(?:date|time|day|night)\b|\bi (?:have )?(?:already )?(?:decided|made up my mind)$|\bmy mind is made up\b`)},
}

// riskNegated is a negation in the few words before a cue: "i am not
// going to do it tonight" carries nothing on.
var riskNegated = mustPattern(`\b(?:not|never|no|nobody|no one)\b(?: \w+){0,2} ?$`)

// riskIt is a bare "it" after a verb of doing: the act the crisis reply was
// about, in a message that only points at it.
var riskIt = mustPattern(`\b(?:do|doing|did|go through with|going through with|finish|finishing) (?:it|this)\b`)

// riskEveryday is an everyday frame that takes the weight off the words
// above: a while away ("disappear for a week", "sleep until noon", "once
// i'm gone on holiday"), an ordinary use of a thing ("a rope for the
// climbing wall", "the tablets with food"), someone else's ending (a
// colleague retiring, a film, a flat, a relationship).
var riskEveryday = mustPattern(`\b(?:for (?:a|the|one|two|three|few|couple of) (?:\w+ )?(?:week|weeks|weekend|day|days|bit|while|month|months|hour|hours|night)|for a few|until (?:noon|lunch|midday|morning|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+\w*)|no alarms?|early tomorrow|on (?:holiday|vacation|a trip|my trip|the trip|leave)|for the (?:trip|holiday|flight|journey)|gone on|into (?:a|the|my) (?:book|film|game|show|mountains|woods|cabin)|to a (?:cabin|beach|island)|on (?:a )?beach|on social media|off social media|climbing|gym|camping|with food|after (?:dinner|lunch|breakfast|food)|take one|the surprise|party|wedding|birthday|colleague|colleagues|coworker|coworkers|retiring|retirement|last day at|new job|apartment|flat|house move|moving out|film|movie|book|series|episode|game|with my (?:boyfriend|girlfriend|partner|ex)|end it with|i said|i was drunk)\b`)

// careRiskKind reads text, sent in care mode after a crisis about the
// person themselves, for the risk going on; riskNone when it says nothing
// of it.
func careRiskKind(text string) riskKind {
	n := careNormalize(text)
	if riskEveryday.MatchString(n) {
		return riskNone
	}
	for _, r := range riskRules {
		loc := r.re.FindStringIndex(n)
		if loc == nil || riskNegated.MatchString(n[:loc[0]]) {
			continue
		}
		return r.kind
	}
	if riskIt.MatchString(n) && safety.Detect(riskIt.ReplaceAllString(n, "kill myself")).Crisis() {
		return riskSaid
	}
	return riskNone
}

// riskLeads answer what was said, by kind.
var riskLeads = map[riskKind]string{
	riskFarewell: "The people you love clearly matter so much to you, and it sounds like you're thinking about what you'd want them to know.",
	riskGone:     "It sounds like the pain feels like too much to carry right now.",
	riskMeans:    "Thank you for telling me that. If you can, put it somewhere out of reach for now: another room, or with someone else.",
	riskTime:     "Thank you for telling me. I'm taking it seriously, and I'm worried about you.",
	riskSaid:     "Thank you for telling me. I'm taking it seriously, and I'm worried about you.",
}

// careSaysRisk answers a message that carries the risk on.
func (t *turn) careSaysRisk(k riskKind) {
	c := t.p.Flow.Care
	c.Turns++
	c.Step, c.Draft, c.Offered = "", nil, ""
	text := riskLeads[k] + " I need to ask you plainly: are you thinking about ending your life? Are you safe right now?\n" +
		fmt.Sprintf("If you might act on it, please call %s now, or one of the helplines below — they can talk with you right away.", t.emergencyIn("en"))
	t.say(text, t.careHelplines())
}

// emergencyIn names the emergency number of the person's country, or the
// operator's note, or the plain words for it in lang when neither is known.
func (t *turn) emergencyIn(lang string) string {
	return safety.EmergencyFor(lang, t.country(), t.a.directory, t.a.safety.EmergencyNote)
}

// abuseLine names the domestic-abuse line of the person's country, with
// its number; "" when the directory knows none for it.
func (t *turn) abuseLine() string {
	for _, l := range t.a.directory.Lines(t.country(), safety.KindAbuse) {
		if l.Country != "" && strings.EqualFold(l.Country, t.country()) {
			return l.Name + " on " + l.Contact
		}
	}
	return ""
}

// riskGoesOn answers a crisis message about the person themselves, in the
// language of care mode, while care mode after one goes on: when it says what carries
// the risk on (a means, a time, a farewell), that is what is answered,
// with the plain question. It reports false, saying nothing, otherwise.
func (t *turn) riskGoesOn(r safety.Result) bool {
	c := t.p.Flow.Care
	if !t.careActive() || c.Situation != "self" || r.Situation != safety.Self || r.Lang != c.Lang {
		return false
	}
	if c.Lang != "en" {
		if t.careRiskInLang(c.Lang) {
			c.Last = t.now
			return true
		}
		return false
	}
	k := careRiskKind(t.text)
	if k == riskNone || k == riskSaid {
		return false
	}
	c.Last = t.now
	t.careSaysRisk(k)
	return true
}
