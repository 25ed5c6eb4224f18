package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// A correction can turn from a group back to someone already named:
// "my dad ran his first marathon, write him something for the family
// group... no actually just to him", "help me post in the cousins chat
// about my sister's news, wait no, just to her directly". The pronoun
// points at the one named before; the group is dropped from the request
// so that one is who the message is for.

// backToPronoun is a clause after a correction naming no one new but a
// pronoun: "just to him", "only her, one on one", "to them directly".
var backToPronoun = regexp.MustCompile(`(?i)^\s*(?:(?:actually|no|just|only|to|for|send it|send|message|text|write|write to|make it|it's|its|it is)\s+)*(him|her|them)\b(?:\s+(?:directly|alone|only|instead|privately|personally|one on one|one to one|1 ?on ?1|1:1))*\s*$`)

// groupLead is how a group is led into in a request: "for the family
// group", "in the cousins chat", "to the team".
var groupLead = regexp.MustCompile(`(?i)\s*\b(?:for|to|in|on|into|with|at)\s*$`)

// switchedBack rewrites a request whose correction turns from a group
// back to someone named before it, dropping the group and what leads
// into it. It reports false when the correction does not read that way.
func switchedBack(before, after string, old people.Person, span []int) (string, bool) {
	if !old.Group {
		return "", false
	}
	end := insteadSentenceEnd(after, 0)
	clauses := splitClauses(after[:end])
	if len(clauses) == 0 {
		return "", false
	}
	m := backToPronoun.FindStringSubmatch(clauses[0])
	if m == nil {
		return "", false
	}
	lead := before[:span[0]]
	if loc := groupLead.FindStringIndex(lead); loc != nil {
		lead = lead[:loc[0]]
	}
	head := strings.TrimRight(lead+before[span[1]:], " .…,")
	p := people.Find(head)
	if !p.Found() || p.Group || !pronounFits(strings.ToLower(m[1]), p) {
		return "", false
	}
	rest := strings.TrimSpace(after[end:])
	if !strings.ContainsAny(head[len(head)-1:], ".!?") {
		head += "."
	}
	if rest == "" {
		return head, true
	}
	return head + " " + rest, true
}

// pronounFits reports whether a pronoun can stand for p: "him" not for a
// sister, "her" not for a brother.
func pronounFits(pronoun string, p people.Person) bool {
	said := relationPronoun(p.Said + " " + p.Relation)
	return said == "them" || pronoun == "them" || said == pronoun
}
