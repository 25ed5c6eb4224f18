package compose

import (
	"github.com/companion-dev/companion/agent/internal/count"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"slices"
	"strings"
)

// hasGender reports whether a clause has a third-person pronoun of gender g.
func hasGender(c, g string) bool {
	for _, w := range strings.Fields(strings.ToLower(c)) {
		if pronounGender[strings.TrimRight(w, ",.;:!?")] == g {
			return true
		}
	}
	return false
}

// samePerson reports whether a clause's leading pronoun fits who died.
func samePerson(c, lost string) bool {
	f := strings.Fields(strings.ToLower(c))
	if len(f) == 0 {
		return false
	}
	switch p := pronounFor(lost); f[0] {
	case "he", "he's":
		return p == "him"
	case "she", "she's":
		return p == "her"
	}
	return true
}

// lossDetail finds who died in a clause: "his dad died suddenly" is "your
// dad"; "I'm so sorry" is written around it.
// goneNow is a death said softly: "is gone", "is no longer with us".
var goneNow = regexp.MustCompile(`(?i)\s+(?:is|'s|has) (?:gone(?: now)?|no longer with us|no longer here|not with us any ?more)\s*$`)

func lossDetail(c, name string, o Occasion) (Detail, bool) {
	if o == Condolence {
		// "his abuela is gone", in a condolence, is a death.
		c = goneNow.ReplaceAllString(c, " died")
	}
	low := strings.ToLower(c)
	if strings.Contains(low, "chat") || strings.Contains(low, "phone") || strings.Contains(low, "laptop") || passedThing.MatchString(low) {
		return Detail{}, false
	}
	if oldLoss.MatchString(c) && !yearOn.MatchString(c) && o != Condolence {
		// Long past: it keeps the voice quiet and is never said back.
		return Detail{Kind: Rift}, true
	}
	var who string
	switch m := lossPet.FindStringSubmatch(c); {
	case m == nil && petPutDown.MatchString(c):
		pm := petPutDown.FindStringSubmatch(c)
		who = "your " + strings.ToLower(pm[1])
		if pm[2] != "" && !notPetCalled[strings.ToLower(pm[2])] {
			who = upFirst(strings.ToLower(pm[2]))
		}
	case m != nil:
		who = "your " + m[1]
		if m[2] != "" {
			who = upFirst(m[2])
		}
	default:
		if m := lossLost.FindStringSubmatch(c); m != nil {
			who = "your " + m[1]
			if strings.HasSuffix(m[1], "baby") {
				who = "the baby"
			}
			if len(m) > 2 && m[2] != "" && m[2][0] >= 'A' && m[2][0] <= 'Z' {
				who = m[2]
				if f := strings.Fields(m[1]); titles[strings.ToLower(f[len(f)-1])] {
					who = upFirst(strings.ToLower(f[len(f)-1])) + " " + m[2]
				}
			}
		} else if m := lossVerb.FindStringSubmatch(afterSince(c)); m != nil {
			who = strings.TrimSpace(m[1])
			if i := strings.LastIndex(strings.ToLower(who), " since "); i >= 0 {
				who = who[i+7:]
			}
			who = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(who, "and "), "It's a year since "))
			if f := strings.Fields(who); len(f) > 1 && strings.EqualFold(f[0], "whose") {
				// "my old boss Haruto, whose wife passed": the one
				// written to is whose.
				who = "your " + strings.Join(f[1:], " ")
			}
		} else {
			return Detail{}, false
		}
	}
	// "my coworker Leanne's mum", written to Leanne, is "your mum".
	if first := strings.ToLower(firstName(name)); first != "" {
		f := strings.Fields(who)
		for i, x := range f {
			if strings.EqualFold(x, first+"'s") && i+1 < len(f) {
				who = "your " + strings.Join(f[i+1:], " ")
				break
			}
		}
	}
	w := strings.ToLower(who)
	switch {
	case w == "" || w == "he" || w == "she" || w == "they" || w == "it":
		return Detail{Kind: Loss, Text: "loss"}, true
	case strings.HasPrefix(w, "my ") && o == Support:
		// Asking for support, the loss is the writer's own hard time.
		return Detail{Kind: Struggle, Text: "I lost " + who}, true
	case strings.HasPrefix(w, "my ") && (name == "" || !slices.Contains(strings.Fields(w), strings.ToLower(firstName(name)))):
		if kin := strings.TrimPrefix(w, "my "); kinWord[kin] {
			return Detail{Kind: Loss, Text: upFirst(kin)}, true
		}
		if f := strings.Fields(who); len(f) == 3 && kinWord[strings.ToLower(f[1])] && f[2][0] >= 'A' && f[2][0] <= 'Z' {
			// "my uncle Raj", to family who share him: "Uncle Raj".
			return Detail{Kind: Loss, Text: upFirst(strings.ToLower(f[1])) + " " + f[2]}, true
		}
		return Detail{Kind: Loss, Text: who}, true
	}
	who = secondPerson(who, name, false)
	if strings.HasPrefix(who, "Your ") {
		who = "your " + who[5:]
	}
	// "Tom's brother Sean": the possessive belongs to the recipient.
	if f := strings.Fields(who); len(f) >= 2 && strings.HasSuffix(f[0], "'s") && !strings.EqualFold(f[0], "your") {
		who = "your " + strings.Join(f[1:], " ")
		if owner := strings.TrimSuffix(f[0], "'s"); name != "" && !strings.EqualFold(owner, firstName(name)) && !strings.Contains(owner, " ") && ownerNamed(c, owner) {
			// "mehmet's father", written to Mehmet's wife Elif, is
			// his father still.
			who = upFirst(owner) + "'s " + strings.Join(f[1:], " ")
		}
	}
	if yearOn.MatchString(c) || strings.Contains(low, "anniversary") {
		return yearLoss(who, c), true
	}
	return Detail{Kind: Loss, Text: who}, true
}

// petPutDown is a pet put to sleep, said in the passive: "her dog had to
// be put down", "their cat Miso was put to sleep".
var petPutDown = regexp.MustCompile(`(?i)\b(cat|dog|kitten|puppy|pup|rabbit|bunny|horse|pony|hamster|parrot|budgie|tortoise|lab|labrador|spaniel|terrier|collie|greyhound|retriever)(?: ([A-Za-z][a-z'-]+))? (?:had to be|has had to be|was|got|has been|is being|will be|is going to be) put (?:down|to sleep)\b`)

var kinWord = wordset.Of(`grandad grandpa granddad grandma gran nan nana granny mum mom dad uncle aunt auntie stepdad stepmum stepmom`)

// passedThing is a test or an exam passed, never a death: "I passed my
// driving test", "she passed her finals".
var passedThing = regexp.MustCompile(`\bpassed (?:his|her|the|my|our|your|their|a|an|its|all|every|(?:notes|exams|tests|messages|papers|balls|round|around|through|by|out|over)\b)\b`)

// afterSince is what follows "a year since": who died, without the
// anniversary said before it.
func afterSince(c string) string {
	if i := strings.LastIndex(strings.ToLower(c), " since "); i >= 0 && strings.HasPrefix(strings.ToLower(c), "it") {
		return c[i+len(" since "):]
	}
	return c
}

// yearOn is a death's anniversary: "it's a year since", "it'll be a year
// on Friday since".
var yearOn = regexp.MustCompile(`(?i)^it(?:'s|s| is|'ll be| will be) ` + yearCount + ` years? (?:on \w+ |this \w+ |next \w+ |tomorrow |today )?since\b`)

// yearCount is how many years a death was ago: "a", "three", "12".
var yearCount = `(?:a|` + count.Words + `)`

// longAgo is a time long past: "ten years ago", "when I was little".
var longAgo = `(?:(?:` + count.Words + `|many|a few|several|so many|a couple of) (?:years|decades) ago|years (?:ago|back)|a (?:long|good) (?:time|while) ago|long ago|ages ago|when (?:I|we) (?:was|were) (?:little|young|small|a kid|kids|a baby|at school|\d+)|back in (?:19|20)\d\d|in (?:19|20)\d\d|since (?:19|20)\d\d|for (?:years|decades|\w+ years))`

// oldLoss is a death told as long past, with the clause it is in: it
// shapes the tone, and is never the occasion.
var oldLoss = regexp.MustCompile(`(?i)[^.,;!?]*\b(?:died|passed(?: away| on)?|lost (?:his|her|their|my|our) \w+|widow(?:ed|er)?)\b[^.,;!?]*?\b` + longAgo + `[^.,;!?]*`)

// ownerNamed reports whether owner, said with a possessive in c, is a
// name: not a family word or a pronoun ("mum's", "his").
func ownerNamed(c, owner string) bool {
	o := strings.ToLower(owner)
	return !kinWord[o] && !pronounLike[o] && regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(o)+`'s\b`).MatchString(c)
}

var pronounLike = wordset.Of(`his her their its my our your partner husband wife friend brother sister cousin boss son daughter`)
