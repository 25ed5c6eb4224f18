package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
)

// ContactPlans are a contact's reminders besides the regular check-in: a
// one-off reminder, yearly dates, and a pause.
type ContactPlans struct {
	// Once is when a one-off reminder comes ("in 3 days", "next Friday");
	// zero when there is none. It is cleared once it has come.
	Once time.Time `json:"once,omitzero"`
	// OnceFor is what the one-off is for, in the person's words turned to
	// them ("ask Kofi how the interview went"); empty when it is only to
	// be in touch.
	OnceFor string `json:"once_for,omitempty"`
	// Dates are the yearly dates to remember (a birthday, an anniversary),
	// each nudged a few days ahead and on the day.
	Dates []YearlyDate `json:"dates,omitempty"`
	// Paused holds every reminder about the contact until the person
	// resumes them, or until ResumeAt when that is set.
	Paused   bool      `json:"paused,omitempty"`
	ResumeAt time.Time `json:"resume_at,omitzero"`
	// Touched is when the person last spoke of the contact, so that "her
	// birthday is on 14 March" can tell whose.
	Touched time.Time `json:"touched,omitzero"`
}

// YearlyDate is a date that comes back every year.
type YearlyDate struct {
	// What it is: "birthday", "anniversary", or another word the person used.
	What  string     `json:"what"`
	Month time.Month `json:"month"`
	Day   int        `json:"day"`
	// Ahead is how many days before the date its first nudge comes; 0
	// means the usual yearlyAhead.
	Ahead int `json:"ahead,omitempty"`
}

// aheadDays is how many days before d its first nudge comes.
func (d YearlyDate) aheadDays() int {
	if d.Ahead > 0 {
		return d.Ahead
	}
	return yearlyAhead
}

// reminderPerson finds who a reminder request is about.
func reminderPerson(text string) people.Person {
	return people.Find(ownerOfDate(text))
}

// reDateOwner is a word before a date of theirs that may be a possessive
// typed without its apostrophe: "my sisters birthday", "my brothers 30th".
var reDateOwner = mustPattern(`(?i)\b([a-z]+)s( (?:birthday|bday|b-day|anniversary|name day|\d{1,3}(?:st|nd|rd|th))\b)`)

// ownerOfDate puts back the apostrophe of a relationship word that owns a
// date ("my sisters birthday" reads "my sister's birthday"), so that whose
// it is can be found; "my parents anniversary" stays as it is.
func ownerOfDate(text string) string {
	return reDateOwner.ReplaceAllStringFunc(text, func(m string) string {
		sub := reDateOwner.FindStringSubmatch(m)
		stem := sub[1]
		if r := people.Relation(stem + "s"); r != "" && r != "group" || people.Relation(stem) == "" {
			return m
		}
		return stem + "'s" + sub[2]
	})
}

// reminderRecipient finds who a reminder is about, as the contact's name
// and relationship: "check in with Mum" gives "Mum"; "text my sister Ana"
// gives "Ana", "sister"; "my old boss" gives "your old boss", "old boss".
func reminderRecipient(text string) (name, rel string) {
	p := reminderPerson(text)
	return contactName(p), contactRelation(p)
}

// contactName is the name a contact is listed under: the person's name or
// the family word that greets them ("Mum"), else how the companion speaks
// of them ("your old boss").
func contactName(p people.Person) string {
	if a := p.Address(); a != "" {
		return a
	}
	return p.Mention()
}

// contactRelation is the relationship kept with a contact, when it says
// more than the name does.
func contactRelation(p people.Person) string {
	if p.Name == "" || p.Group {
		return ""
	}
	return p.Said
}

// findContactByName finds the contact a name, a family word or a phrase
// means: "Ana", "mum", "my sister", "stop reminding me about Leo".
func findContactByName(cs []Contact, name string) *Contact {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	for i := range cs {
		if cs[i].Name != "" && strings.EqualFold(cs[i].Name, name) {
			return &cs[i]
		}
	}
	return findContact(cs, people.Find(name))
}

// contactSaid is the one contact with reminders whose name is said in
// text as a word of its own, however the sentence around it is built
// ("cancel the grandpa one", "the reminder for ana can go"): the people
// the person keeps in touch with are known, so their names need no
// grammar to be found. Two or none said give nil.
func contactSaid(cs []Contact, text string) *Contact {
	said := wordset.Of(foldText(text))
	var found *Contact
	for i := range cs {
		c := &cs[i]
		name := strings.Fields(foldText(c.Name))
		if len(name) == 0 || len(contactReminderIDs(c)) == 0 {
			continue
		}
		hit := false
		for _, w := range name {
			hit = hit || said[w] && !choiceFiller[w] && len(w) > 1
		}
		if !hit {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}

// findContact finds the contact p stands for: by name, by the word that
// greets them, or by the relationship when no name was said.
func findContact(cs []Contact, p people.Person) *Contact {
	if !p.Found() {
		return nil
	}
	keys := []string{p.Name, p.Address(), p.Mention()}
	for _, k := range keys {
		if k == "" {
			continue
		}
		for i := range cs {
			if cs[i].Name != "" && strings.EqualFold(cs[i].Name, k) {
				return &cs[i]
			}
		}
	}
	if p.Name != "" {
		// "okafor" for "Mrs Okafor", "Ana" for "Ana Lima".
		for i := range cs {
			for _, w := range strings.Fields(cs[i].Name) {
				if strings.EqualFold(w, p.Name) {
					return &cs[i]
				}
			}
		}
		return nil
	}
	for i := range cs {
		if r := cs[i].Relationship; r != "" && (strings.EqualFold(r, p.Said) || people.Relation(lastWord(r)) == p.Relation) {
			return &cs[i]
		}
		if people.Relation(cs[i].Name) == p.Relation && p.Relation != "" {
			return &cs[i]
		}
	}
	return nil
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// unsureNote is the line that checks an unsure name in the same reply.
func unsureNote(p people.Person) string {
	if p.Sure() || p.Name == "" {
		return ""
	}
	return "\n\n" + p.Confirm() + " If not, just tell me the name."
}

// addToLast appends s to the text of the last reply queued.
func (t *turn) addToLast(s string) {
	if s == "" || len(t.replies) == 0 {
		return
	}
	t.replies[len(t.replies)-1].Text += s
}

// nameCheckAnswer reads the answer to "Zeb — did I get that right?": yes
// keeps the name, a name puts it right, "no" asks for it once; anything
// else is not an answer and is served as usual.
func (t *turn) nameCheckAnswer(in Intent, id string) {
	c := findContactByID(t.p.Contacts, id)
	idle := Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	folded := foldText(t.text)
	rest, corrected := cutNo(folded)
	switch {
	case c == nil:
		t.p.Flow = idle
		t.freeText(t.ctx, in)
	case in.Kind == IntentYes || in.Kind == IntentDone:
		t.p.Flow = idle
		t.say("Great — "+c.Name+" it is.", menuChoices()...)
	case in.Kind == IntentNo && !corrected:
		t.p.Flow.Step = stepRemindName + "2:" + id
		t.say("Sorry about that — what's their name?")
	default:
		name, ok := people.SelfName(rest)
		if !ok || len(strings.Fields(name)) > 3 || (!corrected && !strings.HasPrefix(t.p.Flow.Step, stepRemindName+"2") && len(strings.Fields(t.text)) > 3) {
			t.p.Flow = idle
			t.freeText(t.ctx, in)
			return
		}
		t.p.Flow = idle
		old := c.Name
		c.Name = name
		t.say("Thanks — I've put "+name+" instead of "+old+".", menuChoices()...)
	}
}

// cutNo takes a leading "no" off a correction ("no, it's Zeb"), reporting
// whether there was one.
func cutNo(folded string) (string, bool) {
	for _, p := range []string{"no its ", "no it's ", "nope its ", "nope it's ", "no ", "nope ", "not quite ", "actually "} {
		if rest, ok := strings.CutPrefix(folded, p); ok && rest != "" {
			return rest, true
		}
	}
	return folded, false
}
