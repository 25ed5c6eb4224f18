// Package pronoun tells what a third-person pronoun is doing in a clause,
// for the rewrites that turn words about the recipient into words to them.
package pronoun

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// HerIsObject reports whether "her" is the object of what comes before it
// ("I called her fake", "I owe her big time", "knit her something", "bring
// her some jam") rather than whose something is ("her fake tan", "her big
// day", "her scarf"): the rewrite to the recipient is then "you", not
// "your". prev is the word before "her", next and after the two after it,
// lowercased and without punctuation; next is "" when "her" ends a clause.
func HerIsObject(prev, next, after string) bool {
	switch {
	case next == "":
		return true
	case indefinite[next]:
		// "knit her something", "bring her some jam", "buy her a drink".
		return true
	case next == "big" && (after == "time" || after == ""):
		// "I owe her big time".
		return true
	case complementVerb[prev] && Judgement(next):
		// "I called her fake", "it made her sad".
		return true
	case GiveVerb(prev) && !owned[next] && !ownedExam(next, after):
		// "brought her flowers": she was given them; "brought her dog
		// back" and "passed her bar exam" are still hers.
		return true
	}
	return false
}

// ownedExam reports a test or a qualification named in two words, the
// second of them plainly hers: "bar exam", "nursing degree", "swimming
// test".
func ownedExam(next, after string) bool {
	return next != "" && !indefinite[next] && examWords[after]
}

// Judgement reports a word that says what someone is like, such as an
// insult or a feeling: "fake", "selfish", "jealous", "sad".
func Judgement(w string) bool {
	if judgements[w] {
		return true
	}
	for _, suf := range []string{"ish", "ous", "less", "ive", "ical"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// GiveVerb reports a verb, in any tense, whose first object is who gets
// something: "bring", "brought", "sends", "knitting".
func GiveVerb(w string) bool {
	if giveVerbs[w] {
		return true
	}
	for _, suf := range []string{"s", "ing"} {
		if b, ok := strings.CutSuffix(w, suf); ok && (giveVerbs[b] || giveVerbs[b+"e"]) {
			return true
		}
	}
	return false
}

var (
	// indefinite are words that begin a thing given or done, never a
	// thing of hers.
	indefinite = wordset.Of(`something anything nothing everything someone anyone one some any a an the this that these those
lots loads plenty more less enough all both each every another`)
	// complementVerb are verbs after whose object comes what it is
	// called or made: "called her fake", "left her upset".
	complementVerb = wordset.Of(`call called calls calling make made makes making leave left leaves find found finds consider
considered think thought keep kept drive drove driven get got getting label labelled labeled`)
	judgements = wordset.Of(`fake selfish lazy stupid dumb crazy mad rude mean boring annoying dramatic needy clingy petty weird
jealous difficult cold useless pathetic fat ugly old ungrateful unreliable arrogant bossy fussy immature childish naive
controlling toxic insane paranoid hysterical sensitive uptight sad upset angry cry late shallow spoilt spoiled entitled
liar cheat hypocrite snob basic extra boring`)
	giveVerbs = wordset.Of(`give gave given bring brought send sent buy bought make made cook cooked bake baked knit knitted sew
sewed sing sang write wrote written lend lent owe owed offer offered promise promised teach taught fetch fetched pour
poured post posted mail mailed email emailed hand handed pass passed forward forwarded`)
	// examWords end a test or a qualification someone takes: "her bar
	// exam", "his law degree".
	examWords = wordset.Of(`test tests exam exams finals audition interview viva thesis dissertation degree course probation
assessment qualification certificate diploma licence license`)
	// owned are words after "her" that are plainly hers, even after a
	// verb of giving: "bring her dog back".
	owned = wordset.Of(`first new own dream big old favourite favorite last debut best dog cat car bike house flat home room kids
kid son daughter baby mum mom dad mother father sister brother husband wife partner boyfriend girlfriend family
friends friend phone keys bag stuff things place parents name birthday party wedding job work mind
driving theory test tests exam exams finals audition interview viva thesis dissertation degree course probation
assessment grade grades results`)
)
