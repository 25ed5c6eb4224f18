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
var reOpenWithOne = mustPattern(`\b(?:honest|open|real|myself|upfront) (?:with|w) ((?:my |our )?[a-z]+(?: [a-z]+)?)\b.*\b(?:everyone else|everybody else|anyone else|no one else|nobody else|other people|others|the rest)\b`)

// reToldOne is something hard told to one person, an opening up the
// person marks as rare: "i told my friend jo about the divorce, which was
// huge for me", "i finally opened up to my brother about money". Group 1
// is who was told.
var reToldOne = mustPattern(`\bi (?:finally |actually |eventually |even )?(?:told|opened up to|confided in|talked to) ((?:my |our )?[a-z]+(?: [a-z]+)?) (?:about|that|how)\b`)

// reToldRare marks telling someone as out of the ordinary for the person.
var reToldRare = mustPattern(`\b(?:huge|big|a first|first time|never do|dont usually|don't usually|usually (?:say|just|keep|pretend)|normally (?:say|just|keep|pretend)|scary|terrifying|hard for me|brave)\b`)

// reSaysFine is the habit of saying all is well: "i usually say im fine".
var reSaysFine = mustPattern(`\b(?:usually|normally|always|tend to|just) (?:say|said|pretend|act like|tell (?:everyone|people)) (?:i'?m|im|i am|it'?s|its|everything'?s|everything is) (?:fine|ok|okay|good|all good|alright)\b`)

// toldHeavy reports whether what was told is a loss or a heavy feeling
// ("i told my friends about the miscarriage"), which is answered first.
func toldHeavy(answer string, names []string) bool {
	if listen.Lost(answer, names) != "" || reWeightier.MatchString(foldText(answer)) || reDeathSaid.MatchString(foldText(answer)) {
		return true
	}
	f := listen.Feel(answer)
	return f.Sure() && (f.Label == "grief" || f.Label == "illness" || f.Label == "breakup")
}

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
	told := false
	if who == "" {
		if m := reToldOne.FindStringSubmatch(folded); m != nil && reToldRare.MatchString(folded) && !toldHeavy(answer, names) {
			who, told = m[1], true
		}
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
	if told {
		pool := []string{
			"Opening up to {w} like that was a real step, and it lets them be there for you.",
			"Telling {w} was a big move for you, and it gives them the chance to show up. That's worth noticing.",
		}
		if reSaysFine.MatchString(folded) {
			pool = []string{
				"Opening up to {w} like that was a real step, when your habit is to say you're fine. It lets them be there for you.",
				"Telling {w} was a big move when you usually say you're fine, and it gives them the chance to show up.",
			}
		}
		return fitAck(strings.ReplaceAll(pickAck(pool, v), "{w}", ref))
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
