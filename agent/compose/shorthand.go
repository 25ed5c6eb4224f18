package compose

import (
	"regexp"
	"strings"
)

// Shorthand news leaves its subject out: "just started climbing + got a
// rescue dog", "off to uni in september", typed about the one the message
// is for. On a birthday or with good news, such a clause is theirs, said
// with their name so that it is rewritten to them ("you just started
// climbing"). What the writer did for them, or with them ("walked me
// home", "went to see a gig"), keeps to the occasion's other readings.

// shorthandLead is what may stand before the verb of shorthand news.
var shorthandLead = regexp.MustCompile(`(?i)^(?:(?:just|finally|recently|also|now|only just|and)\s+)*`)

// offTo is a departure of theirs in shorthand: "off to uni in sept",
// "heading off to canada next month".
var offTo = regexp.MustCompile(`(?i)^(?:(?:just|finally|also|now|and)\s+)*(?:off|heading off|heading|moving|jetting off|setting off) to \S`)

// writerInIt is a clause that has the writer in it: then the clause is not
// news of theirs alone.
var writerInIt = regexp.MustCompile(`(?i)\b(?:i|me|my|mine|we|us|our|i'm|im|i've|ive)\b`)

// theirShorthand is clause c said with their name as its subject, when it
// is their news in shorthand for occasion o; false otherwise.
func theirShorthand(c, name string, o Occasion) (string, bool) {
	if o != Birthday && o != Congrats || name == "" || writerInIt.MatchString(c) {
		return c, false
	}
	c = strings.ReplaceAll(c, " + ", " and ")
	if offTo.MatchString(c) {
		return firstName(name) + " is " + strings.TrimSpace(shorthandLead.ReplaceAllString(c, "")), true
	}
	rest := shorthandLead.ReplaceAllString(c, "")
	f := strings.Fields(rest)
	if len(f) < 2 {
		return c, false
	}
	w := strings.ToLower(f[0])
	if !pastVerb(w) || notNews[w] || bareNotice.MatchString(rest) || ownFaultVerb.MatchString(rest) {
		return c, false
	}
	return firstName(name) + " " + c, true
}

// notNews are past forms that carry no news on their own: "were fine
// now" is "we're fine now" typed fast.
var notNews = map[string]bool{"was": true, "were": true, "had": true, "did": true, "been": true, "went": true, "said": true, "told": true}
