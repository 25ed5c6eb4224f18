package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/people"
)

// Care for someone else at risk. After a crisis reply about someone else
// ("my friend just told me she doesn't want to be here anymore"), the
// person's next wish is usually what to say to them. The message care
// mode helps write then goes to that person: it says the writer is there,
// asks plainly whether they are safe, and offers a call or company. It
// never asks the worried person's friend for support, as the message for
// one's own crisis does.

// atRiskIn is the one a crisis message about someone else names, as the
// recipient of a message to them; nil when it names no one.
func atRiskIn(text string) *CareDraft {
	p := people.Find(text)
	if !p.Found() || p.Group {
		return &CareDraft{Reach: true}
	}
	return &CareDraft{Name: p.Name, Relationship: orElse(p.Said, p.Relation), Reach: true}
}

// careReach answers, after a crisis reply about someone else, a wish to
// write to them or to know what to say: a message to them. It reports
// false, saying nothing, for anything else.
func (t *turn) careReach(kind careKind, in Intent) bool {
	c := t.p.Flow.Care
	n := careNormalize(t.text)
	asks := kind == careWrite || kind == careYes && c.Offered == "write" || reWhatToSay.MatchString(foldText(t.text)) ||
		(kind == careOther || kind == careShare) && (careWriteRequest(n) || in.Kind == IntentDraft)
	if !asks || careOtherDraft(t.text, " "+n+" ") && compose.DetectOccasion(t.text) != compose.HardTime {
		// "help me write a birthday message for my aunt": something else.
		return false
	}
	d := c.AtRisk
	if d == nil {
		d = &CareDraft{Reach: true}
	}
	if name, rel := careRecipient(t.text); (name != "" || rel != "") && !meansAtRisk(d, name, rel) {
		// Someone else named: not the message to the one at risk.
		return false
	}
	c.AtRisk = d
	t.careDraft(d, "Of course. ")
	return true
}

// reWhatToSay asks for the words themselves: "what do i even say to her",
// "how do i bring it up".
var reWhatToSay = mustPattern(`\bwhat (?:do|should|can|could|would|am) i (?:even |actually |possibly |supposed to |meant to )?(?:say|text|write|send|tell|reply|answer)\b|\bhow (?:do|should|can|could) i (?:even )?(?:start|word it|say it|bring it up|reply|answer|respond|talk to (?:her|him|them))\b`)

// meansAtRisk reports whether a name or relationship said means the one d is
// for; with nobody known yet, whoever is named is taken to be them.
func meansAtRisk(d *CareDraft, name, rel string) bool {
	if d.Name == "" && d.Relationship == "" {
		d.Name, d.Relationship = name, rel
		return true
	}
	return name != "" && strings.EqualFold(name, d.Name) || rel != "" && strings.EqualFold(rel, d.Relationship)
}
