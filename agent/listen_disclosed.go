package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// Telling someone close a hard truth about oneself — coming out, a course
// dropped, a pregnancy, a diagnosis — is a brave step whose outcome is
// still open, not plain good news and not news of the one told. The reply
// names the step and asks how it was taken. Told with how it went ("they
// were quiet but okay"), the message is left to the replies that hear a
// verdict.

// reToldSomeone is the person telling someone of theirs: "finally told
// my dad that…", "told my parents about…", "came out to my sister". The
// groups are the one told and what follows.
var reToldSomeone = mustPattern(`^ *(?:(?:so|and|omg|ok|okay|well|just|finally|today|yesterday|last night|i|ive|i have|have|had|id|i d)\s+)*(?:told|tell|telling|broke (?:it|the news) to|opened up to|admitted to|confessed to|(?:came|come|coming) out (?:as [\w-]+ )?to) (?:(?:my|our) )?((?:(?:best|older|younger|big|little|baby|twin|host|whole|closest|oldest)\s+)?\w+(?: and (?:my )?\w+)?)\b(?: (?:last night|tonight|today|yesterday|this morning|last week|at last|finally))?(?: (?:about|that)\b)?(.*)$`)

// toldSomeone reads a telling frame in folded text: the relation told
// ("dad", "parents") and what was told; ok is false when there is none or
// the one told is no relation.
func toldSomeone(folded string) (rel, rest string, ok bool) {
	m := reToldSomeone.FindStringSubmatch(folded)
	if m == nil {
		return "", "", false
	}
	f := strings.Fields(m[1])
	rel = f[len(f)-1]
	if !relWords[rel] && !relWords[strings.TrimSuffix(rel, "s")] && !toldGroups[rel] {
		return "", "", false
	}
	return strings.Join(f, " "), strings.TrimSpace(m[2]), true
}

// toldGroups are the people close to someone told as one: "told my
// parents".
var toldGroups = wordset.Of(`parents folks family grandparents siblings kids friends mates`)

// toldOwnNews reports news the person told to someone of theirs: "told my
// dad about the new job" is the person's new job, not the dad's. News
// with another owner ("told my mum about my sister's wedding") is not.
func toldOwnNews(folded string) bool {
	_, rest, ok := toldSomeone(folded)
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	if f[0] == "my" || f[0] == "our" {
		return len(f) < 2 || !relWords[strings.TrimSuffix(strings.TrimSuffix(f[1], "s"), "'")]
	}
	return ownOpeners[f[0]]
}

// ownOpeners start what the person told of themselves: "the new job", "i
// got in", "being pregnant".
var ownOpeners = wordset.Of(`the a an i im i'm ive i've id i'd being getting me`)

// Hard truths about oneself, told to someone close.
var (
	// identityCues are who the person is.
	identityCues = phrases(`gay | lesbian | bi | bisexual | pan | pansexual | queer | trans | transgender | nonbinary |
non binary | enby | asexual | ace | aromantic | genderqueer | genderfluid | not straight | into girls | into guys | into boys |
into women | into men | like girls | like guys | like boys | like women | like men`)
	// hardFactCues are a turn of life that may disappoint or worry.
	hardFactCues = phrases(`dropped out | dropping out | drop out | quit uni | quit school | quit college | quit my job | quitting |
failed | failing | pregnant | in debt | depressed | struggling | in therapy | seeing a therapist | on antidepressants | autistic |
adhd | an addict | an alcoholic | sober | not religious | atheist | converted | getting divorced | leaving him | leaving her | leaving uni | leaving school | leaving college | leaving my job |
moving out | got fired | been fired | lost my job | got sacked | not going back | not going to uni | not going to college |
changing course | dont want kids | don t want kids | depression | have anxiety | bipolar | diagnosed`)
	// reTakenAlready tells how the telling went: no need to ask.
	reTakenAlready = mustPattern(`\b(?:(?:and|but|so) (?:she|he|they|it|mum|dad|mom|everyone)|took it|reacted|reaction|went (?:well|ok|okay|fine|badly|great|better|alright|ok-ish)|hugged|cried|laughed|shouted|yelled|quiet|supportive|accepting)\b`)
)

// reCameOutTo is coming out told with whom to: "came out to my sister",
// "came out as bi to my dad".
var reCameOutTo = mustPattern(`\b(?:came|come|coming) out (?:as [\w-]+ )?to\b`)

// disclosureKind is what kind of hard truth the person told whom: "identity"
// for who they are (or coming out), "fact" for a turn of life, "" for
// none. taken is how it was received when the message says so plainly:
// "well" or "badly"; a reception told any other way ("quiet but okay")
// leaves kind "".
func disclosureKind(folded string) (kind, rel, taken string) {
	rel, rest, ok := toldSomeone(folded)
	if !ok {
		return "", "", ""
	}
	if taken, rest = reception(rest); taken == "told" {
		return "", "", ""
	}
	padded := " " + rest + " "
	switch {
	case reCameOutTo.MatchString(folded):
		return "identity", rel, taken
	case !selfFirst(rest):
		return "", "", ""
	case hasPhrase(padded, identityCues):
		return "identity", rel, taken
	case hasPhrase(padded, hardFactCues):
		return "fact", rel, taken
	}
	return "", "", ""
}

// reception reads how news was taken from what follows its telling
// (rest): "badly" or "well" when said plainly, "told" when said some other
// way, "" when not said; and told, what was told without it.
func reception(rest string) (taken, told string) {
	if !reTakenAlready.MatchString(rest) {
		return "", rest
	}
	switch {
	case reTakenBadly.MatchString(rest):
		taken = "badly"
	case reTakenWell.MatchString(rest):
		taken = "well"
	default:
		taken = "told"
	}
	return taken, reTakenAlready.Split(rest, 2)[0]
}

// reTakenBadly and reTakenWell are a reception told plainly.
var (
	reTakenBadly = mustPattern(`\b(?:went mental|went mad|lost it|flipped|freaked|shouted|yelled|screamed|angry|furious|disappointed|upset|kicked me out|hung up|stormed|didn'?t take it well|did not take it well|took it badly|went badly|horrible|awful|not speaking|won'?t speak|isn'?t speaking|ignored)\b`)
	reTakenWell  = mustPattern(`\b(?:hugged|took it well|went well|went great|was great|were great|supportive|accepting|proud of me|loves me|love me|was fine|were fine|was cool|were cool|was lovely|were lovely|was amazing|were amazing)\b`)
)

// toldOfSelf start a hard truth about the person.
var toldOfSelf = wordset.Of(`i im i'm ive i've id i'd being me my`)

// selfFirst reports that what was told is about the person: "i'm gay",
// "that i dropped out", "about being trans".
func selfFirst(rest string) bool {
	f := strings.Fields(rest)
	return len(f) > 0 && toldOfSelf[f[0]]
}

// disclosedReply answers a hard truth told to someone close: the courage
// of it, and how it was taken. It reports false when the message is none.
func (t *turn) disclosedReply() bool {
	kind, rel, taken := disclosureKind(foldText(t.text))
	if kind == "" {
		return false
	}
	who := "your " + strings.ReplaceAll(rel, " and my ", " and your ")
	sub := subjectPronoun(relationPronoun(rel))
	if strings.HasSuffix(rel, "s") || toldGroups[rel] || strings.Contains(rel, " and ") {
		sub = "they"
	}
	lines := []string{
		"That's a hard thing to tell " + who + ", and it took courage to say it rather than carry it alone. How did " + sub + " take it?",
		"Telling " + who + " something like that is a big step. However it went, you said it. How did " + sub + " take it?",
	}
	switch {
	case taken == "badly":
		lines = []string{
			"I'm sorry it landed like that. Telling " + who + " took courage, and a first reaction isn't always the last word. How are you doing?",
			"Oh, that's hard — you were brave to say it, and it hurts when it isn't met kindly. How are you holding up?",
		}
	case taken == "well":
		lines = []string{
			"I'm really glad it went well. Telling " + who + " took courage, and it's lovely that it was met with care. How are you feeling now it's said?",
			"That's so good to hear. It was a brave thing to say to " + who + ", and you were met well. How does it feel now?",
		}
	case kind == "identity":
		lines = []string{
			"Telling " + who + " who you are is a big, brave step, and it was yours to take. How did " + sub + " take it?",
			"That took real courage — saying it out loud to " + who + " is a big moment, however it went. How did " + sub + " react?",
		}
	}
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	// Who one is, said to family, is no sign of crisis, whatever words
	// it shares with one; a low truth ("i'm depressed") keeps the check.
	t.heardDisclosure = kind == "identity"
	t.say(pick(t.text, lines))
	return true
}
