package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A confidant is the one person (or few) an answer says sees how the
// person really is, while everyone else is kept at arm's length: "my
// therapist is the only one who knows", "honest with my wife, with
// everyone else i just say busy". The acknowledgement names who that is,
// in the companion's words, instead of a general line about holding back.

// reOnlyOneKnows names who alone knows: "my therapist is the only one who
// knows", "only my sister knows".
var reOnlyOneKnows = mustPattern(`\b((?:my |our )?[a-z]+(?: [a-z]+)?) (?:is|are) the only (?:one|ones|person|people) (?:who|that|i) (?:really )?(?:knows?|sees?|tell|talk to|open up to|am honest with|gets? it)\b|\bonly ((?:my |our )?[a-z]+(?: [a-z]+)?) (?:really )?(?:knows?|sees? it)\b`)

// reOpenWithOne names the one the person is open with, beside everyone
// else: "very honest with my wife, with everyone else i just say busy".
var reOpenWithOne = mustPattern(`\b(?:honest|open|real|myself|upfront) with ((?:my |our )?[a-z]+(?: [a-z]+)?)\b.*\b(?:everyone else|everybody else|anyone else|no one else|nobody else|other people|others|the rest)\b`)

// confidantAck answers an answer naming the one person who sees the real
// picture; "" when it names none the companion can say back.
func confidantAck(answer string, names []string, v int) string {
	folded := foldText(answer)
	var who string
	only := false
	if m := reOnlyOneKnows.FindStringSubmatch(folded); m != nil {
		who, only = m[1]+m[2], true
	} else if m := reOpenWithOne.FindStringSubmatch(folded); m != nil {
		who = m[1]
	}
	if who == "" {
		return ""
	}
	var ref string
	if ms := listen.Mentions(who, names); len(ms) == 1 {
		ref = ms[0].Ref
	} else if rest, ok := strings.CutPrefix(who, "my "); ok && len(ms) == 0 && !strings.Contains(rest, " ") {
		// "my therapist", "my gp": someone by what they are to the
		// person.
		ref = "your " + rest
	} else {
		return ""
	}
	if only {
		return fitAck(strings.ReplaceAll(pickAck([]string{
			"So {w} is the only one who sees how things really are. Having one person is a real start, and it doesn't have to stay at one.",
			"Only {w} knows how it really is for you — keeping it from everyone else takes a lot of energy.",
		}, v), "{w}", ref))
	}
	return fitAck(strings.ReplaceAll(pickAck([]string{
		"Open with {w}, more guarded with everyone else: lots of people keep the real version for one person, and that one person matters.",
		"So {w} gets the real picture and everyone else the short version — having that one person counts for a lot.",
	}, v), "{w}", ref))
}
