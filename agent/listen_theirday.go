package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// Someone else's day that nobody marked ("my brother graduated and not one
// person from his course messaged him", "it was my gran's 90th and no one
// rang her") is about them, not a hurt of the speaker's own: the reply is
// a kind thought for them and an offer to write to them now, since a late
// message still counts. It is never wished a happy birthday as though the
// day were the speaker's.

// reTheirDayOf is a day of someone else's: "my dads birthday", "her
// graduation", "maya's retirement".
var reTheirDayOf = mustPattern(`\b(?:my ((?:[a-z]+ )?[a-z-]+)|his|her|their|([a-z]+)s) (?:[a-z0-9]+ )?(?:birthday|bday|b day|graduation|anniversary|retirement|big day|first day|promotion|leaving do|wedding|results|[1-9][0-9]*(?:st|nd|rd|th))\b`)

// reTheirDayDone is someone else reaching a day: "my sister turned 40",
// "she graduated", "jo retired", "my brother finished his phd".
var reTheirDayDone = mustPattern(`\b(?:my ((?:[a-z]+ )?[a-z-]+)|he|she|they|([a-z]+)) (?:just |finally |officially )?(?:turned (?:[1-9][0-9]+|eighteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)|graduated|retired|(?:finished|passed|got|handed in|submitted) (?:his|her|their) (?:[a-z]+ )?(?:phd|degree|exams?|finals|thesis|dissertation|results|driving test|test|course|training|masters|apprenticeship))\b`)

// reMarkedThem is nobody marking it for someone else: "nobody texted
// her", "no one even called him".
var reMarkedThem = mustPattern(`\b(?:texted|messaged|called|rang|wished|asked|congratulated|visited|remembered|noticed|sent|told|phoned) (?:her|him|them)\b`)

// ownDayWords stand after "my" for the speaker's own day: "my own
// birthday", "my 30th", "my big day".
var ownDayWords = map[string]bool{"own": true, "big": true, "first": true, "last": true, "actual": true, "special": true,
	"whole": true, "exam": true, "graduation": true, "leaving": true, "wedding": true, "name": true}

// theirDayOwner is whom a day nobody marked belongs to, when it is
// someone else's ("your sister", "Maya", "them"); "" when the day is the
// speaker's, or no day or nobody marking it is told.
func theirDayOwner(text string) string {
	f := strings.ReplaceAll(foldText(text), "'", "")
	if asksSomething(text) || !reNobodyMarked.MatchString(f) || reDayAhead.MatchString(f) {
		return ""
	}
	m := reTheirDayOf.FindStringSubmatch(f)
	if m == nil {
		m = reTheirDayDone.FindStringSubmatch(f)
	}
	if m == nil {
		return ""
	}
	if rel := m[1]; rel != "" {
		last := lastWordOf(rel)
		if ownDayWords[last] || ownDayWords[firstWordOf(rel)] {
			return ""
		}
		p := people.Find("my " + rel)
		if (!p.Found() || p.Group) && strings.HasSuffix(rel, "s") {
			p = people.Find("my " + strings.TrimSuffix(rel, "s"))
		}
		if !p.Found() || p.Group {
			return ""
		}
		return p.Mention()
	}
	if name := m[2]; name != "" {
		p := people.Find(text)
		if p.Name == "" || !strings.EqualFold(firstWordOf(p.Name), strings.TrimSuffix(name, "s")) && !strings.EqualFold(firstWordOf(p.Name), name) {
			return ""
		}
		return p.Name
	}
	// "her graduation", "she turned 60": who she is, when the message
	// says, else them.
	if p := people.Find(text); p.Found() && !p.Group {
		return p.Mention()
	}
	if reMarkedThem.MatchString(f) {
		return "them"
	}
	return ""
}

// lastWordOf is the last word of s.
func lastWordOf(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[len(f)-1]
	}
	return s
}

// firstWordOf is the first word of s.
func firstWordOf(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

// theirDayReply is a kind thought for who, whose day nobody marked, and
// the offer to write to them.
func theirDayReply(text, who string) string {
	obj := objectFor(who)
	if who == "them" {
		return pick(text, []string{
			"That's a shame — a day like that deserves to be marked. It isn't too late: a message from you, even a late one, could mean a lot to them. Want help writing it?",
			"Oh, that's sad for them; nobody should have a day like that go by unmarked. A few warm words from you now would still count. Shall we write something?",
		})
	}
	return pick(text, []string{
		"That's a shame for " + who + " — a day like that deserves to be marked. It isn't too late: a message from you, even a late one, could mean a lot to " + obj + ". Want help writing it?",
		"Oh, that's sad for " + who + "; nobody should have a day like that go by unmarked. A few warm words from you now would still count. Shall we write something to " + obj + "?",
	})
}

// theirDayUnmarked answers someone else's day nobody marked, reporting
// false, saying nothing, for any other message.
func (t *turn) theirDayUnmarked() bool {
	who := theirDayOwner(t.text)
	if who == "" {
		return false
	}
	label := "Write to them"
	if who != "them" {
		label = clip("Write to "+who, 40)
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Listening: true}
	if who != "them" {
		t.p.Flow.Offer.Recipient = who
	}
	t.say(theirDayReply(t.text, who), Choice{ID: "offer:yes", Label: label}, Choice{ID: "offer:no", Label: "Not now"})
	return true
}
