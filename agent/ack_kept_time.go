package agent

import (
	"regexp"
	"strings"
)

// A limit is often a time kept ("weekends are mine", "evenings are for
// family") beside a time left open ("weekdays text whenever"). The open
// time alone would read as no limit at all; the kept one is the point.

// reKeptTime is a stretch of time the person keeps for themselves.
var reKeptTime = regexp.MustCompile(`\b((?:my )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day |weekend |weeknight )?(?:weekends?|evenings?|nights?|mornings?|sundays?|saturdays?|days off|lunch ?breaks?|holidays?)|after (?:work|dinner|\d{1,2} ?(?:pm)?|eight|nine|ten))\b,? (?:are|is) (?:all |just |strictly )?(?:mine|for me|my time|me time|off|off limits|offline|sacred|protected|family time|for (?:my )?family|for the kids|phone free|phone-free|quiet)\b`)

// reWantedTime is a stretch of time the person wants quiet in, said as a
// want rather than a rule: "weekends i want silence", "i need my evenings
// off from everyone", "i want sundays to myself".
var reWantedTime = regexp.MustCompile(`\b((?:my )?(?:weekends?|evenings?|nights?|mornings?|sundays?|saturdays?|days off|holidays?))\b,? (?:i )?(?:really |just |kind of |kinda )?(?:want|need|like|prefer|keep|crave)(?: (?:some|total|complete|real|proper|a bit of))? (?:silence|quiet|peace|space|to myself|(?:to be )?left alone|alone time|time alone|me time|off|offline|no phone|phone free)\b|\b(?:want|need|like|keep|prefer) ((?:my )?(?:weekends?|evenings?|nights?|sundays?|saturdays?|days off)) (?:off|free|to myself|quiet|alone|offline)\b`)

// keptTimeIn is the stretch of time folded keeps for the person, as it
// says it ("weekends"), or "".
func keptTimeIn(folded string) string {
	if m := reKeptTime.FindStringSubmatch(folded); m != nil {
		return m[1]
	}
	if m := reWantedTime.FindStringSubmatch(folded); m != nil {
		return m[1] + m[2]
	}
	return ""
}

// reLeftOpenTime is a stretch of time the person is glad to be reached in.
var reLeftOpenTime = regexp.MustCompile(`\b((?:weekdays?|weekends?|the week|daytimes?|during the day|work hours|mornings?|afternoons?|evenings?|lunchtimes?)(?: (?:after|before) \d{1,2}(?: ?[ap]m)?)?)\b,? (?:(?:people |anyone |you )?(?:can )?(?:text|call|message|ping|reach)(?: me)?|(?:are|is|i'm|im|i am) (?:totally |usually |mostly |always )?(?:fine|free|open|fair game|ok|okay|good|around|about|reachable)|whenever|any ?time|any time is fine)\b`)

// reBusyTime is a stretch of work or study during which the person cannot
// look at their phone: "during my shifts at the hospital i cant look at my
// phone", "at work i never check it".
var reBusyTime = regexp.MustCompile(`\b(?:during|at|on|in) (?:my |the )?((?:work |night |day |hospital |long )?shifts?|work(?:ing)? hours|work|lectures|classes|meetings)\b[^.!?]{0,40}?\b(?:can't|cant|cannot|don't|dont|never|won't|wont) (?:\w+ ){0,2}(?:look at|check|use|answer|touch|pick up|be on|reply)\b`)

// reLateLimit is a late hour the person wants no calls or messages after:
// "calls after 9pm are too much", "nothing after 10".
var reLateLimit = regexp.MustCompile(`\b(?:calls?|texts?|messages?|nothing|no calls|no texts|no messages|anything)(?: \w+)? after (\d{1,2}(?: ?[ap]m)?|eight|nine|ten|eleven|midnight)\b`)

// keptTimeAck names the time an answer to a question about limits keeps
// for the person, and the time it leaves open when it says one; "" when
// it keeps none.
func keptTimeAck(q Question, answer string, v int) string {
	if !limitQuestion(q.Text) {
		return ""
	}
	folded := foldText(answer)
	k := keptTimeIn(folded)
	if k == "" {
		return busyTimeAck(folded, v)
	}
	kept := reDayName.ReplaceAllStringFunc(strings.Replace(k, "my ", "your ", 1), upFirst)
	if late := reLateLimit.FindStringSubmatch(folded); late != nil && !strings.Contains(k, "after") {
		// "calls after 9pm are too much, and i need sundays to myself":
		// two limits, both named.
		return upFirst(strings.NewReplacer("{k}", kept, "{t}", late[1]).Replace(pickAck([]string{
			"{k} kept free, and nothing late after {t}: two clear limits, and fair ones.",
			"Nothing after {t}, and {k} to yourself: both fair limits, and easy for people to work with.",
		}, v)))
	}
	if o := reLeftOpenTime.FindStringSubmatch(folded); o != nil && o[1] != k && !strings.Contains(k, o[1]) && !strings.Contains(o[1], k) {
		return upFirst(strings.NewReplacer("{k}", kept, "{o}", o[1]).Replace(pickAck([]string{
			"{k} kept free and {o} open: that's a clear limit, and an easy one for people to work with.",
			"Keeping {k} free while {o} stay open is a fair, simple limit.",
		}, v)))
	}
	return upFirst(strings.ReplaceAll(pickAck([]string{
		"Keeping {k} free is a clear, fair limit.",
		"{k} kept free: a limit worth saying out loud.",
	}, v), "{k}", kept))
}

// keepsTime reports whether answer keeps a stretch of time for the person:
// whatever else it leaves open, it draws a limit.
func keepsTime(answer string) bool {
	return keptTimeIn(foldText(answer)) != ""
}

// busyTimeAck names a stretch of work the person cannot be reached in,
// beside the time they are glad to be reached when the answer says one;
// "" when it tells of none.
func busyTimeAck(folded string, v int) string {
	b := reBusyTime.FindStringSubmatch(folded)
	if b == nil {
		return ""
	}
	busy := "your " + b[1]
	if b[1] == "work" {
		busy = "your working hours"
	}
	if o := reLeftOpenTime.FindStringSubmatch(folded); o != nil {
		return upFirst(strings.NewReplacer("{k}", busy, "{o}", o[1]).Replace(pickAck([]string{
			"No phone during {k}, and {o} open: a clear limit, and easy for people to plan around.",
			"Reachable {o}, not during {k} — a fair, simple line to share.",
		}, v)))
	}
	return upFirst(strings.ReplaceAll(pickAck([]string{
		"Being out of reach during {k} is a clear limit, and worth telling people so they don't wait.",
		"During {k} you're out of reach by necessity; saying so saves people wondering.",
	}, v), "{k}", busy))
}
