package compose

import (
	"regexp"
	"strings"
)

// Hard news is met gently, never told back in full. "Your brother was
// killed in a motorbike crash" is what the writer heard; the draft says
// "I was so sorry to hear about your brother". How it happened, what their
// health is, how they were treated ("by text") and a long retelling stay
// with the writer: the one it happened to knows it already. News about
// themselves ("you've been depressed and started therapy") is met without
// naming it at all.

// gentleNews is the line for hard news t said to them, and whether t is
// news to meet gently; t is already in their person ("your brother was…").
func gentleNews(t string, v int, formal bool, named func(who string) bool) (string, bool) {
	specific := hardSpecifics.MatchString(t)
	if !specific && (len(strings.Fields(t)) <= 7 || !badNews.MatchString(t) || stillAhead.MatchString(t) || comingUp.MatchString(t)) ||
		theirsUsedTo.MatchString(t) {
		// Short news, no bad news at all ("your mum used to send us
		// parcels" is a memory), or what is still ahead ("your dad has
		// his operation on friday": when to think of them) is said as
		// it is.
		return "", false
	}
	p := func(pool ...string) string { return pool[v%len(pool)] }
	if m := newsSubject.FindStringSubmatch(t); m != nil {
		who := m[1]
		if named(who) {
			// "I'm so sorry about your mum" is said already.
			return "", true
		}
		if breakUp.MatchString(t) {
			return p("I heard about you and "+who+", and I'm so sorry.", "I was so sorry to hear about you and "+who+"."), true
		}
		if formal {
			return "I was so sorry to hear about " + who + ".", true
		}
		return p("I heard about "+who+", and I'm so sorry.", "I was so sorry to hear about "+who+"."), true
	}
	if specific && youSubject.MatchString(t) && innerLife.MatchString(t) {
		if formal {
			return "I was so sorry to hear things have been so hard for you.", true
		}
		return p("I'm so sorry things have been so hard.", "I heard things have been really hard, and I'm so sorry."), true
	}
	return "", false
}

var (
	// hardSpecifics are the parts of hard news that are never said back:
	// how a death or an injury happened, illness of the mind and its
	// care, tears, how someone was left.
	hardSpecifics = regexp.MustCompile(`(?i)\b(?:killed|crash\w*|collision|accident|overdos\w*|suicid\w*|murder\w*|stabbed|shot|drown\w*|depress\w*|therapy|therapist|counsell\w*|anxiety|panic attacks?|crying|cried|breakdown|rehab|ivf|miscarr\w*|off work sick|by text|over text|cheated|affair)\b`)
	// innerLife is what is theirs alone to tell: the mind and its care,
	// tears, a pregnancy lost or tried for.
	innerLife = regexp.MustCompile(`(?i)\b(?:depress\w*|therapy|therapist|counsell\w*|anxiety|panic attacks?|crying|cried|breakdown|rehab|ivf|miscarr\w*|suicid\w*|off work sick)\b`)
	// howItHappened is how something happened, said after what it did: "in
	// hospital after a car crash".
	howItHappened = regexp.MustCompile(`(?i)\s+(?:after|from|because of|following|due to|in) (?:a |an |the |his |her |their |your |that )?(?:[\w'-]+ ){0,3}?(?:crash\w*|collision|accident|overdose|stabbing|shooting|attack)\b.*$`)
	// newsSubject is whose news it is, when it is someone of theirs:
	// "your brother", "your little sister", "your boyfriend of five years".
	newsSubject = regexp.MustCompile(`(?i)^(your (?:[a-z'-]+ ){0,2}?(?:mum|mom|mother|dad|father|parents?|brother|sister|son|daughter|kids?|children|baby|husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|grandma|grandmother|gran|nan|grandad|grandpa|grandfather|aunt|auntie|uncle|cousin|niece|nephew|friend|dog|cat|pet|family|best friend|stepdad|stepmum|in-laws?))\b(?: of [\w ]+?)? (?:[a-z]+ed|was|were|is|has|had|got|left|broke|went|took|fell|lost|just|suddenly)\b`)
	// youSubject is news about them themselves.
	youSubject = regexp.MustCompile(`(?i)^you(?:'ve|'re| have| are| were| had| got| just)?\b`)
	// breakUp is someone leaving them.
	breakUp = regexp.MustCompile(`(?i)\b(?:dumped|left you|broke up|split up|cheated|ended (?:it|things))\b`)
)

// lossNamed reports a loss the draft already names as who: "your mum".
func (w *writer) lossNamed(who string) bool {
	for _, l := range w.by[Loss] {
		if strings.EqualFold(l.Text, who) {
			return true
		}
	}
	return false
}

// withoutHow is news about them with how it happened left out: "you're in
// hospital after a car crash" is "you're in hospital"; t unchanged when
// nothing is left without it.
func withoutHow(t string) string {
	if !youSubject.MatchString(t) {
		return t
	}
	if r := strings.TrimSpace(howItHappened.ReplaceAllString(t, "")); len(strings.Fields(r)) >= 2 {
		return r
	}
	return t
}
