package agent

import (
	"regexp"
	"strings"
)

// A name typed at a later step is not always the recipient's. "named her
// Aurora after our grandmother", "called the smallest pup Biscuit", "the
// baby's called Noor" name a child or a pet they have named, which is news
// for the draft; the recipient is still who was asked for at the first
// step.

// namingVerb is a verb that gives someone or something a name.
const namingVerb = `(?:named|naming|name|names|called|calling|call|calls|christened|christening|nicknamed|dubbed)`

// namedNew are the ones most often given a name in what people tell.
const namedNew = `(?:baby|babies|little one|daughter|son|boy|girl|twins?|puppy|puppies|pup|pups|kitten|kittens|dog|cat|rabbit|horse|pony|bump|newborn|one|plant|boat|car|band|shop|cafe|business)`

// namedOther reports whether name, found in text, is one given to someone
// or something else: the object of a naming verb ("named her X"), or the
// subject of a naming told in the passive that is no "she" or "he" ("the
// baby's called X").
func namedOther(text, name string) bool {
	if name == "" {
		return false
	}
	q := regexp.QuoteMeta(name)
	active := regexp.MustCompile(`(?i)\b` + namingVerb + `\s+(?:[\w'’-]+\s+){1,4}?` + q + `\b`)
	passive := regexp.MustCompile(`(?i)\b` + namedNew + `(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+got|\s+has been|\s+will be)\s+(?:being\s+)?` + namingVerb + `\s+` + q + `\b`)
	if m := active.FindStringIndex(text); m != nil {
		// "she's called Ana and…" names her; "called the pup Ana" names
		// the pup.
		before := strings.ToLower(strings.TrimSpace(text[:m[0]]))
		if !strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s") && !strings.HasSuffix(before, " is") && !strings.HasSuffix(before, " was") {
			return true
		}
	}
	return passive.MatchString(text)
}

// givesNameRe is a naming verb with who was named and the name after it:
// "named her Aurora", "called the pup Biscuit".
var givesNameRe = regexp.MustCompile(`(?i)\b` + namingVerb + `\s+[\w'’-]+\s+[\w'’-]+`)

// givesName reports text that tells a name given to someone or something:
// news, however short, never only who the message is for.
func givesName(text string) bool {
	m := givesNameRe.FindStringIndex(text)
	if m == nil {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(text[:m[0]]))
	return !strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s") && !strings.HasSuffix(before, " is") && !strings.HasSuffix(before, " was")
}
