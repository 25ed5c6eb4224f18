package agent

import (
	"time"

	"github.com/companion-dev/companion/agent/people"
)

// People say "her", "him" or "them" about whoever they spoke of last:
// "my grandpa turns 80 on saturday" and then "write him a birthday
// message", or "change her to fridays" after setting a reminder for Ana.
// Every turn that names someone surely keeps them as Profile.Talked, and
// talkedAbout is the one place that reads it back, for reminders and
// drafting alike.

// Talked is someone the person spoke of, as the people finder read them.
type Talked struct {
	Name     string    `json:"name,omitempty"`
	Relation string    `json:"relation,omitempty"`
	Said     string    `json:"said,omitempty"`
	Group    bool      `json:"group,omitempty"`
	At       time.Time `json:"at"`
}

// talkedFor is how long someone spoken of stays the one "her" or "him"
// means.
const talkedFor = 24 * time.Hour

// person gives the finder's reading back.
func (k Talked) person() people.Person {
	return people.Person{Name: k.Name, Relation: k.Relation, Said: k.Said, Group: k.Group, Confidence: 1}
}

// noteTalkedAbout keeps the person this turn's message names, when the
// finder is sure of them. It runs once a turn has been answered, so that
// a message's own pronouns still mean whoever came before it.
func (t *turn) noteTalkedAbout() {
	if t.text == "" || t.forget || t.m.Group {
		return
	}
	p := people.Find(t.text)
	if !p.Sure() {
		return
	}
	t.p.Profile.Talked = &Talked{Name: p.Name, Relation: p.Relation, Said: p.Said, Group: p.Group, At: t.now}
}

// talkedAbout is who the person spoke of last, within a day: the one a
// message named, or the contact a reminder was set or changed for,
// whichever came later. c is their contact when they have one. ok is
// false when nobody was spoken of lately.
func (t *turn) talkedAbout() (p people.Person, c *Contact, ok bool) {
	var touched *Contact
	for i := range t.p.Contacts {
		k := &t.p.Contacts[i]
		if k.Name == "" || t.now.Sub(k.Touched) > talkedFor {
			continue
		}
		if touched == nil || !k.Touched.Before(touched.Touched) {
			touched = k
		}
	}
	k := t.p.Profile.Talked
	if k != nil && t.now.Sub(k.At) <= talkedFor && (touched == nil || k.At.After(touched.Touched)) {
		p = k.person()
		return p, findContact(t.p.Contacts, p), true
	}
	if touched == nil {
		return people.Person{}, nil, false
	}
	p = people.Find(touched.Name)
	if !p.Found() {
		p = people.Person{Name: touched.Name}
	}
	return p, touched, true
}

// recentContact is the contact the person spoke of last, within a day;
// nil when that was someone who is not on their list.
func (t *turn) recentContact() *Contact {
	_, c, _ := t.talkedAbout()
	return c
}

// backPronoun is a pronoun that stands for someone spoken of before:
// "write him a birthday message", "text her", "what should i send them",
// "something for his retirement".
var backPronoun = mustPattern(`\b(?:him|her|them|he|she|they|his|their|hers|theirs)\b`)

// oneOfThem is a pronoun for one person.
var oneOfThem = mustPattern(`\b(?:him|her|he|she|his|hers)\b`)

// pointsBack reports a message that means someone only by a pronoun: it
// names nobody and describes nobody new ("someone whose dad died", "a
// friend, she just lost her job" are someone else).
func pointsBack(text string) bool {
	f := foldText(text)
	return backPronoun.MatchString(f) && !people.Find(text).Found() && !someoneWith.MatchString(f)
}

// talkedRecipient fills who a draft is for from the person spoken of
// last, when text means them only by a pronoun. It reports whether it
// did.
func (t *turn) talkedRecipient(d *DraftDetails, text string) bool {
	if d.Recipient != "" || d.Relationship != "" || !pointsBack(text) && !writeIt.MatchString(foldText(text)) {
		// "ok help me write it" after a question about texting obi
		// again is to obi too.
		return false
	}
	p, _, ok := t.talkedAbout()
	if !ok || p.Group && oneOfThem.MatchString(foldText(text)) {
		// "apologise to him" after a story told about the group chat
		// is to one of them, not to the group: who is asked.
		return false
	}
	switch {
	case p.Group:
		d.Relationship = "group"
	default:
		d.Recipient = p.Address()
		d.Relationship = p.Said
		if d.Relationship == "" {
			d.Relationship = p.Relation
		}
	}
	return d.Recipient != "" || d.Relationship != ""
}
