package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// Company in care mode: "i'm at my friend's place now", "my sister is here
// with me", "staying at mum's tonight". Someone is with the person, which
// is what the crisis reply hoped for: a friend is glad of it, and does not
// offer to write to someone who is in the room.

// reWithSomeone says where the person is, and with whom: at someone's
// place, with someone, or someone here with them.
var (
	reAtSomeones = mustPattern(`\b(?:i'?m|im|i am|i'?ll be|ill be|staying|sleeping|crashing|stayin|gonna stay|going to stay|i went|i'?ve gone|ive gone|i came|i got|i ran|i walked|i drove|we'?re|we are|now)\s+(?:over |round |back |safe )?(?:at|to|with|in)\s+((?:my |our )?[\p{L}'-]+(?: [\p{L}'-]+)?)`)
	reHereWithMe = mustPattern(`\b((?:my )?[\p{L}'-]+|she|he|they)\s+(?:is|'s|s|are|'re|re|came|come|has come|stayed|is staying|will stay)\s+(?:over |round |here |staying )?(?:here )?(?:with me|over|round)\b`)
	reNotOnMyOwn = mustPattern(`\b(?:not|no longer|not on my) (?:alone|own)\b`)
)

// placeNotCompany are places said after "at" that bring no one: "at home",
// "at work".
var placeNotCompany = map[string]bool{"home": true, "work": true, "school": true, "uni": true, "bed": true, "the": true,
	"a": true, "hospital": true, "car": true, "bus": true, "station": true, "park": true, "bridge": true}

// careCompany answers a message that says someone is with the person now.
// It reports false, saying nothing, when the message says no such thing.
func (t *turn) careCompany() bool {
	folded := foldText(t.text)
	who := ""
	if m := reAtSomeones.FindStringSubmatch(folded); m != nil {
		who = companyIn(m[1])
	}
	if who == "" {
		if m := reHereWithMe.FindStringSubmatch(folded); m != nil {
			who = companyIn(m[1])
			if who == "" && (m[1] == "she" || m[1] == "he" || m[1] == "they") {
				who = m[1]
			}
		}
	}
	if who == "" && !reNotOnMyOwn.MatchString(folded) {
		return false
	}
	c := t.p.Flow.Care
	c.Turns++
	c.Step, c.Draft, c.Offered, c.Mentioned = "", nil, "", nil
	lead := "I'm really glad you're not on your own right now."
	them := "them"
	switch who {
	case "she":
		them = "her"
	case "he":
		them = "him"
	case "", "they":
	default:
		lead = "I'm really glad you're with " + who + " right now."
		them = careObject(t.text, strings.TrimPrefix(who, "your "))
	}
	switch c.Situation {
	case "abuse":
		lead += " Being somewhere safer, with someone, matters."
		t.say(lead+" You don't have to decide anything tonight. If it helps, you could tell "+them+" a little of what happened — as much or as little as feels okay. I'm here too.", t.careHelplines())
	case "self":
		t.say(lead+" Could you tell "+them+" a little of how you're feeling? Even one honest sentence lets someone be there for you. I'm here too, and the helplines are one tap away.", t.careHelplines())
	default:
		t.say(lead+" That helps. I'm here too, whenever you want to talk.", t.careHelplines())
	}
	return true
}

// companyIn is who a phrase after "at" or "with" names, as the companion
// says it ("your friend", "Jess"); "" when it names a place or no one.
func companyIn(phrase string) string {
	f := strings.Fields(phrase)
	if len(f) == 0 || placeNotCompany[f[0]] || len(f) > 1 && f[0] == "my" && placeNotCompany[strings.TrimSuffix(f[1], "'s")] {
		return ""
	}
	p := people.Find(strings.ReplaceAll(phrase, "'s", ""))
	if !p.Found() || p.Group {
		return ""
	}
	if p.Name == "" && p.Said != "" {
		return "your " + p.Said
	}
	return p.Mention()
}
