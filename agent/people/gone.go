package people

import (
	"regexp"
	"strings"
)

// Someone who died is spoken of, not written to: in "grandad passed away
// on monday, gran is devastated, help me write something" the message is
// for Gran. When a message names both the one who died and someone else,
// the someone else is who it is for; when it names only the one who died,
// that reading stands (a letter to them is something people write too).

// markGone marks the candidates that text says died: "grandad passed
// away", "since my uncle died", "lost our nan", "after dad's funeral".
func markGone(text string, cands []candidate) {
	low := " " + strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(text)) + " "
	if !goneWord.MatchString(low) {
		return
	}
	for i := range cands {
		c := &cands[i]
		if c.Group {
			continue
		}
		for _, key := range goneKeys(c.Person) {
			if diedAfter(low, key) {
				c.gone = true
				break
			}
		}
	}
}

// goneWord is in every message that tells of a death the way diedAfter
// reads it; most messages have none, and are not read further.
var goneWord = regexp.MustCompile(`\b(?:died|passed|lost|killed|gone|death|funeral|memorial|wake|passing)\b`)

// goneKeys are the words a candidate is spoken of by: the last word of the
// name, and the relationship word as said.
func goneKeys(p Person) []string {
	var keys []string
	if f := strings.Fields(strings.ToLower(p.Name)); len(f) > 0 {
		keys = append(keys, f[len(f)-1])
	}
	if f := strings.Fields(p.Said); len(f) > 0 && !strings.Contains(p.Said, "'s") {
		keys = append(keys, f[len(f)-1])
	}
	return keys
}

// diedAfter reports whether low says that the one called key died. The
// patterns name key, so they are built per call; a text without goneWord
// matches none of them and is turned away before any is built.
func diedAfter(low, key string) bool {
	if !goneWord.MatchString(low) {
		return false
	}
	k := regexp.QuoteMeta(key)
	return regexp.MustCompile(strings.Join([]string{
		`[^a-z']` + k + ` (?:(?:has|had|have|just|sadly|recently|suddenly|unexpectedly|peacefully|finally|tragically) )*(?:died|passed away|passed on|was killed|got killed|is gone|has gone|lost (?:his|her|their) (?:battle|fight))\b`,
		`[^a-z']` + k + ` (?:(?:has|had|just|sadly|recently|suddenly|peacefully) )*passed(?: |[,.;!?])(?:$|away|on|last|yesterday|this|in|at|recently|suddenly|peacefully|and|but|so|a|over|just|after|before|earlier)?`,
		`\blost (?:my |our |her |his |their |your )?(?:[a-z]+ ){0,2}` + k + `\b`,
		`[^a-z']` + k + `'s (?:death|passing|funeral|memorial|wake)\b`,
	}, "|")).MatchString(low)
}
