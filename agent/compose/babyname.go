package compose

import (
	"regexp"
	"strings"
)

// babyNameApart reads a new baby's name said after a comma or a dash: "a
// girl, Mia", "baby boy – named Idris", "a little boy!! called Kit". The
// name is what the baby is called, never something the parents did, so it
// is said as its own clause: "a girl. the baby is called Mia". A word
// after a bare comma is only a name in capitals and said on its own ("a
// boy, finally" and "twins! Can you…" name nobody).
// The recipient's own name is never the baby's: "a baby girl, Sofia and
// Marco are over the moon" names the parents.
func babyNameApart(text, recipient string) string {
	text = babyThenCalled.ReplaceAllString(text, "$1. the baby is called $2")
	return babyThenName.ReplaceAllStringFunc(text, func(m string) string {
		g := babyThenName.FindStringSubmatch(m)
		if isRecipient(strings.Fields(g[2])[0], recipient) {
			return m
		}
		return babyThenName.ReplaceAllString(m, "$1. the baby is called $2$3")
	})
}

// babyKind is how a new baby is told: "a girl", "baby boy", "a new baby
// son", "twin boys"; never a child told by whose they are ("their boy,
// Sam"), who may be any age.
const babyKind = `((?:\b(?:a|an|a new|a little|a baby|a beautiful|a healthy|a gorgeous|baby|little|twin|newborn)\s+)+(?:girl|boy|girls|boys|baby|(?:baby|little|new|newborn) (?:son|daughter))\b)`

var (
	babyThenCalled = regexp.MustCompile(`(?i)` + babyKind + `\s*[,!.\-–—:]+\s*(?:who(?:'s| is) |they(?:'ve)? )?(?:named|called|name(?:d)? is) ([\p{L}][\p{L}'-]+)`)
	babyThenName   = regexp.MustCompile(`(?i)` + babyKind + `(?:\s*[,!–—:-]+)+\s*(\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+)?)(\s*[,.!;(]|\s+(?:and|born|at|weighing|who|is|was|arrived|came|on|this|last|yesterday|today|tonight|\d)|\s*$)`)
)
