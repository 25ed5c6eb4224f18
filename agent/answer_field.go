package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// The guide's field is the people in someone's life and how they stay
// close: friends and family, messages and calls, meeting people, feeling
// alone or left out. A question in that field that the search matches only
// weakly still deserves the nearest section, said plainly to be the nearest,
// rather than a refusal: the person asked the right place in words nobody
// listed. Questions from other fields (money, health, cooking, code, law,
// homework, shopping, romance, raising children) are declined, however many
// words they share with a section, because an answer there reads as not
// listening.

// fieldWords are words that put a question in the guide's field, in the
// form foldText gives them: people, ways of being in touch (the apps and
// places people talk in among them), and feelings about being close. A
// partner is one of the people: what makes a question about one romance
// (a crush, cheating, moving in, a breakup) is read by its own rules.
var fieldWords = wordset.Of(`
friend friends friendship friendships mate mates pal pals buddy buddies bestie besties bff
people ppl peeps person someone somebody anyone anybody everyone nobody noone folks others
family families relative relatives mum mom mam mother dad father parent parents sister sisters brother brothers
sibling siblings cousin cousins aunt auntie uncle nan nana gran granny grandma grandmother grandad grandpa
grandfather grandparents niece nephew inlaws in-laws partner partners husband wife spouse hubby
neighbour neighbours neighbor neighbors coworker coworkers colleague colleagues boss manager team teammates mentor
flatmate flatmates housemate housemates roommate
roommates classmate classmates acquaintance acquaintances stranger strangers
text texts texting texted message messages messaging messaged msg msgs dm dms reply replies replying replied
answer answers answered respond responded ignore
call calls calling called chat chatting talk talking talked conversation conversations convo
reach reaching contact ghost ghosted ghosting ignored ignoring ignores
whatsapp telegram signal messenger snapchat insta instagram facebook fb discord server servers forum forums
subreddit reddit email emails emailed facetime zoom skype
invite invited invites inviting hang hanging meet meeting met socialise socialize social
lonely loneliness alone isolated isolation disconnected invisible unwanted rejected rejection
awkward shy introvert introverted jealous envious fomo hurt hurts upset
dismissive insensitive preachy condescending patronising patronizing
drifted drifting apart distant closeness bond connection connect connected connecting
relationship relationships support supporting supportive comfort struggling grieving therapy therapist
counsellor counselor
boundary boundaries argue argument arguing fight fought fell falling row apologise apologize
apology sorry forgive trust group groups community club clubs
`)

// fieldPhrases are the field's phrases whose words alone mean other things.
var fieldPhrases = []string{"check in", "checking in", "catch up", "in touch", "left out", "left on read",
	"on read", "miss them", "miss her", "miss him", "miss my", "missing my", "need space", "some space",
	"pulling away", "pulled away", "went quiet", "gone quiet", "feel alone", "on my own", "by myself",
	"get close", "got close", "close to", "new city", "new town", "new area", "moved to", "just moved"}

// offFieldWords mark a question from a field the guide leaves to others,
// beyond the topics offTopic names: romance, raising children, shopping and
// gifts, work and study, pets, travel, looks.
var offFieldWords = wordset.Of(`
crush crushes dating tinder hinge bumble ex exes cheating cheated cheat
propose proposal marry flirt flirting kiss sex
toddler toddlers baby babies newborn teenager teenagers teen teens parenting tantrum tantrums nappy diaper
gift gifts present presents buy buying shop shopping outfit clothes
homework exam exams essay thesis assignment maths math salary promotion resume cv
dog dogs puppy puppies cat cats kitten pet pets vet
flight flights hotel passport
weight diet gym workout acne skin hair makeup
`)

// ConceptFinder is a Guide that can name the ideas a text speaks of, as
// its own list of concepts reads them ("left me on read" speaks of
// silence). A question that speaks of one is in the guide's field.
type ConceptFinder interface {
	// Concepts returns the names of the concepts text speaks of, each once;
	// none for a text about something else. It is safe for concurrent use.
	Concepts(text string) []string
}

// ScopeJudge is a Guide that has learned, from questions people asked and
// whether it covers them, how likely a question is one it does not cover:
// a wedding speech or a divorce shares its people and feelings with the
// guide, not what it asks about.
type ScopeJudge interface {
	// Outside returns how likely text asks something the guide does not
	// cover, from 0 to 1. It is safe for concurrent use.
	Outside(text string) float64
}

// inGuideFieldOf is inGuideField with the guide's own concepts counted too.
// A question from another field is never in it, and one that speaks of
// something between people is, whatever else it names ("we had a fight
// over dinner").
func inGuideFieldOf(g Guide, q string) bool {
	if offFieldQuestion(g, q) {
		return false
	}
	if inGuideField(q) || betweenPeople(g, q) {
		return true
	}
	cf, ok := g.(ConceptFinder)
	return ok && !outOfField(foldText(q)) && len(cf.Concepts(q)) > 0
}

// inGuideField reports whether a question is about what the guide covers:
// it names people or ways of being in touch or feeling alone, and nothing
// from a field the guide leaves to others.
func inGuideField(q string) bool {
	folded := foldText(q)
	if outOfField(folded) {
		return false
	}
	padded := " " + folded + " "
	for _, p := range fieldPhrases {
		if strings.Contains(padded, " "+p+" ") {
			return true
		}
	}
	for _, w := range strings.Fields(folded) {
		w = strings.Trim(w, "'")
		if fieldWords[w] || fieldWords[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// crisisSection reports the guide's section for someone in crisis. Crisis
// language is answered by the safety stage before the guide is searched, so
// the guide never offers that section as merely nearby: next to a message
// about something else it would alarm.
func crisisSection(s Section) bool {
	return strings.Contains(s.ID, "crisis")
}

// outOfField reports a folded question that names something from a field
// the guide leaves to others.
func outOfField(folded string) bool {
	folded = withoutFormerFriends(folded)
	return offTopic(folded) != "" || hasAnyWord(folded, offFieldWords)
}
