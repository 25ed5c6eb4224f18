package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// "her mum is in hospital and i don't know how to help my girlfriend",
// "his dad has cancer, my best mate ollie": the relative belongs to the
// one named beside it, before or after, never the person's own Mum or
// Dad. The news is about the relative; a message, if any, goes to the
// one they belong to.

// pronounOwned reads "her mum" with its owner named elsewhere in text:
// about is "your girlfriend's mum", owner "your girlfriend", obj the
// owner's pronoun. All are empty when text names no such owner.
func pronounOwned(text string, names []string) (about, owner, obj string) {
	f := strings.Fields(foldText(text))
	for i := 0; i+1 < len(f); i++ {
		pron := f[i]
		if pron != "his" && pron != "her" && pron != "their" {
			continue
		}
		rel := strings.Trim(f[i+1], ".,!?;:")
		if !familyWords[rel] || petWords[rel] {
			continue
		}
		if i > 0 && (f[i-1] == "and" || f[i-1] == "&" || f[i-1] == "with") {
			// "my best mate and her girlfriend split up": a couple, told
			// of together; the news is the one named first.
			return "", "", ""
		}
		for _, m := range listen.Mentions(text, names) {
			if m.Gender != 0 && pronounFor(m.Gender) != pronounOf(pron) {
				continue
			}
			if strings.EqualFold(m.Who, rel) || groupWords[strings.TrimPrefix(m.Ref, "your ")] {
				continue
			}
			return m.Ref + "'s " + rel, m.Ref, pronounFor(m.Gender)
		}
		return "", "", ""
	}
	return "", "", ""
}

// pronounOf is the object pronoun of a possessive: "his" gives "him".
func pronounOf(possessive string) string {
	switch possessive {
	case "his":
		return "him"
	case "her":
		return "her"
	}
	return "them"
}
