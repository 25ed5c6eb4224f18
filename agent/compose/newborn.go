package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// A baby's name is the first thing a congratulations on a birth wants to
// say back. It comes in many shapes — set off by commas after the baby
// ("a baby girl, Noor, on tuesday"), after "called" or "named" ("a little
// boy called theo", "they named her Aurora"), or told on its own ("her
// name is Luna") — and always names the newborn of news already told.

// newbornNews is news of a birth.
var newbornNews = regexp.MustCompile(`(?i)\b(?:baby|babies|newborn|twins|born|gave birth|welcomed|had a (?:little |beautiful |healthy |baby )?(?:girl|boy|son|daughter))\b`)

// newbornName finds the name a newborn was given, in one of its shapes;
// the name is in the first group that matched.
var newbornName = regexp.MustCompile(`\b(?i:baby|newborn|little|new)(?: (?i:girl|boy|daughter|son|one))?,\s+(\p{Lu}[\p{L}'-]+)(?:[,.;!]|\s+(?i:on|born|at|last|this|yesterday|today|who|and|in)\b|$)` +
	`|\b(?i:baby|newborn|little|new)(?: (?i:girl|boy|daughter|son|one))? (?i:called|named|name(?:d|s)?) ([\p{L}'-]+)` +
	`|\b(?i:named|called|calling|naming) (?i:her|him|them|the baby|the little one|their (?:daughter|son)) ([\p{L}'-]+)` +
	`|\b(?i:her|his|the baby'?s|the little one'?s) name(?:'s| is| was) ([\p{L}'-]+)`)

// notAName are words a careless match could take for a name.
var notAName = wordset.Of(`after it its that this the a an him her them yet soon but and so because cos because not just already`)

// newbornOf is the name of the newborn in text, capitalised, or "" when
// the text tells of no birth or names no baby.
func newbornOf(text string) string {
	if !newbornNews.MatchString(text) {
		return ""
	}
	m := newbornName.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if g != "" && !notAName[strings.ToLower(g)] {
			return upFirst(strings.ToLower(g))
		}
	}
	return ""
}

// welcomeNewborn is the line that greets a newborn by name.
func welcomeNewborn(name string) Detail {
	return Detail{Kind: Feeling, Text: "Welcome to the world, little " + name + "!"}
}

// namedIn reports whether a detail of ds already says name.
func namedIn(ds []Detail, name string) bool {
	for _, d := range ds {
		if strings.Contains(strings.ToLower(d.Text), strings.ToLower(name)) {
			return true
		}
	}
	return false
}

// isRecipient reports whether n is a name the recipient goes by: "her name
// is Sofia" of the new mother names her, never the baby.
func isRecipient(n, name string) bool {
	for _, f := range strings.Fields(name) {
		if strings.EqualFold(strings.Trim(f, ".,"), n) {
			return true
		}
	}
	return false
}
