package agent

import (
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
)

// A name given after the fact. "my sister's bday is 3rd feb", then "her
// name is Ama": the person just noted by who they are now has a name, and
// keeps who they are beside it. Relation words people use as names ("Mum",
// "Nan") are kept as they are: only someone noted as "your sister" is
// renamed.

// reNameAfter gives the name of someone just spoken of: "her name is ama",
// "he's called tomasz", "their name's jo btw".
var reNameAfter = mustPattern(`^(?:(?:oh|and|btw|ok|okay|sorry|also|fyi|ah)[ ,]+)*(?:her name'?s|her name is|his name'?s|his name is|their name'?s|their name is|she'?s called|shes called|he'?s called|hes called|they'?re called|theyre called|she goes by|he goes by|they go by) ([a-z][a-z'-]+)(?: [a-z][a-z'-]+)?(?:[ ,]+(?:btw|by the way|lol|sorry|fyi))?[ .!]*$`)

// nameForRecent names the contact just spoken of, when it was noted only
// by who they are; false when the text gives no such name or there is no
// one to give it to.
func (t *turn) nameForRecent() bool {
	folded := foldText(t.text)
	m := reNameAfter.FindStringSubmatch(folded)
	if m == nil {
		return false
	}
	c := t.recentFor(folded)
	if c == nil || !strings.HasPrefix(c.Name, "your ") || t.now.Sub(c.Touched) > 2*time.Hour {
		return false
	}
	name := people.Find(m[1]).Name
	if name == "" || people.Relation(strings.ToLower(name)) != "" {
		name = capitalize(m[1])
	}
	if other := findContactByName(t.p.Contacts, name); other != nil && other.ID != c.ID {
		t.say("You already have a "+name+" on your list — is that the same person? If so, say “forget "+strings.TrimPrefix(c.Name, "your ")+"” and I'll keep just "+name+".", menuChoices()...)
		return true
	}
	was := c.Name
	if c.Relationship == "" {
		c.Relationship = strings.TrimPrefix(was, "your ")
	}
	c.Name, c.Touched = name, t.now
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	note := ""
	if len(c.Dates) > 0 {
		d := c.Dates[len(c.Dates)-1]
		note = " " + possessive(name) + " " + d.What + " stays on " + dateLabel(d) + "."
	}
	t.say("Got it — "+name+", "+was+"."+note, menuChoices()...)
	return true
}
