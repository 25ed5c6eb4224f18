package agent

import (
	"regexp"
	"strings"
)

// English learned as a second language has regular shapes of its own: a
// verb after "am" or "is" ("i am feel very alone", "she is not answer
// me"), a bare "not" ("i not have friends here"), the person said twice
// ("my friend she never writes"), "since i come here", "in sunday",
// "listen me". The readers of an answer know plain English, so such an
// answer loses its feeling or its person before it is read: "i am feel"
// names no feeling they know and "my friend she" hides whose silence it
// is. plainGrammar rewrites those shapes into the forms the readers know,
// and nothing else, so that the answer is read for what it says and
// anything said back is said in plain English.

// learnerVerbs are verbs whose bare form after "am", "is" or "are" is a
// learner's present tense. Words that are adjectives or participles too
// ("open", "close", "mean", "hurt", "let down", "run down", "read") are
// left out: "i am open" and "i'm run down" are plain English already.
var learnerVerbs = learnerWords(`feel come go want need miss love hate know think talk speak call phone text write
	answer reply listen help bring visit meet see live work stay try understand remember forget agree worry cry
	laugh sleep eat play ask tell say send give take make wait hope wish believe trust care fight argue move
	arrive leave lose learn study watch use have get become look find keep spend buy cook walk sit thank message
	chat share follow hear enjoy prefer ignore check invite start finish visit`)

// learnerPast is the past of the verbs said after "since" ("since i come
// here"), where only the past makes sense.
var learnerPast = map[string]string{"come": "came", "go": "went", "move": "moved", "arrive": "arrived",
	"leave": "left", "start": "started", "meet": "met", "lose": "lost", "get": "got", "become": "became"}

// learnerPeople are words for people that open a subject said twice ("my
// friend she …", "my mother she …").
const learnerPeople = `(?:friend|friends|best friend|bestie|mother|mom|mum|mama|father|dad|papa|sister|brother|cousin|aunt|uncle|` +
	`grandma|grandmother|grandpa|grandfather|wife|husband|partner|boyfriend|girlfriend|son|daughter|kids|children|` +
	`neighbour|neighbor|boss|colleague|coworker|teacher|roommate|flatmate|family|parents)`

// learnerSubject is a subject a learner's verb follows: a pronoun, or "my
// friend", "my older sister" at the start of a clause.
const learnerSubject = `(\bi|\byou|\bwe|\bthey|\bhe|\bshe|(?:^|[,.;!?]\s*|\b(?:and|but|because|so|when|now|then)\s+)(?:my|our) (?:\w+ )?` + learnerPeople + `)`

var (
	// reLearnerBe is a subject, "am", "is" or "are", perhaps a "not" or
	// an adverb, and a bare verb: "i am feel", "she is not answer".
	reLearnerBe = regexp.MustCompile(`(?i)` + learnerSubject + `(?: am| is| are|'m|'re)( not| never| always| often| really| very| still| also| just| sometimes)? ([a-z]+)\b( [a-z]+)?`)
	// reLearnerIm is "im" before a bare verb: "im feel".
	reLearnerIm = regexp.MustCompile(`(?i)\b(im)( not| never| always| often| really| very| still| also| just| sometimes)? ([a-z]+)\b( [a-z]+)?`)
	// reLearnerNot is a bare "not" before a verb: "i not have".
	reLearnerNot = regexp.MustCompile(`(?i)` + learnerSubject + ` not ([a-z]+)\b( [a-z]+)?`)
	// reLearnerTwice is a person said twice, by a word and a pronoun, at
	// the start of a clause: "my friend she …".
	reLearnerTwice = regexp.MustCompile(`(?i)((?:^|[,.;!?]\s*|\b(?:and|but|because|so|when|now|then)\s+)(?:my|our) (?:\w+ )?` + learnerPeople + `) (?:she|he|they) `)
	// reLearnerSince is a move told after "since" in the present.
	reLearnerSince = regexp.MustCompile(`(?i)\bsince (i|we|he|she|they) ([a-z]+)\b`)
	// reLearnerDayIn is "in" before a day: "in sunday", "in weekend".
	reLearnerDayIn = regexp.MustCompile(`(?i)\bin ((?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?)\b`)
	// reLearnerCallTo is "to" after a verb of getting in touch that takes
	// none: "call to my brother".
	reLearnerCallTo = regexp.MustCompile(`(?i)\b(call|phone|text|message|ask|tell|visit) to (me|him|her|them|us|my|our|his|their)\b`)
	// reLearnerListen is "listen" or "explain" with no "to": "listen me".
	reLearnerListen = regexp.MustCompile(`(?i)\b(listens?|listened|listening|explains?|explained) (me|him|her|them|us|my|our)\b`)
	// reLearnerObject is a subject pronoun after a preposition, at the
	// end of a clause: "thankful for he".
	reLearnerObject = regexp.MustCompile(`(?i)\b(for|to|with|about|of|from|like) (he|she|they)\b(\s*(?:[,.;!?]|$|and\b|but\b))`)
	// reLearnerForVerb is "for" before a verb after "too …": "too tired
	// for talk".
	reLearnerForVerb = regexp.MustCompile(`(?i)\btoo (\w+) for ([a-z]+)\b`)
	// reLearnerMeNot is "and me not" closing a contrast: "they all have
	// good life and me not".
	reLearnerMeNot = regexp.MustCompile(`(?i)\b(and|but) me not\b`)
)

// plainGrammar rewrites the learner's shapes of s into plain English;
// text without them comes back unchanged.
func plainGrammar(s string) string {
	if s == "" {
		return s
	}
	s = replaceGroups(reLearnerBe, s, func(g []string) string { return learnerVerb(g[0], g[1], g[2], g[3], g[4]) })
	s = replaceGroups(reLearnerIm, s, func(g []string) string { return learnerVerb(g[0], "i", g[2], g[3], g[4]) })
	s = replaceGroups(reLearnerNot, s, func(g []string) string { return learnerVerb(g[0], g[1], " not", g[2], g[3]) })
	s = reLearnerTwice.ReplaceAllString(s, "$1 ")
	s = replaceGroups(reLearnerSince, s, func(g []string) string {
		if p, ok := learnerPast[strings.ToLower(g[2])]; ok {
			return "since " + g[1] + " " + p
		}
		return g[0]
	})
	s = replaceGroups(reLearnerDayIn, s, func(g []string) string {
		switch strings.ToLower(g[1]) {
		case "weekend":
			// "only message in weekend": weekends, as a time kept.
			return "on weekends"
		case "the weekend":
			return "at the weekend"
		}
		return "on " + g[1]
	})
	s = reLearnerCallTo.ReplaceAllString(s, "$1 $2")
	s = reLearnerListen.ReplaceAllString(s, "$1 to $2")
	s = replaceGroups(reLearnerObject, s, func(g []string) string {
		return g[1] + " " + map[string]string{"he": "him", "she": "her", "they": "them"}[strings.ToLower(g[2])] + g[3]
	})
	s = replaceGroups(reLearnerForVerb, s, func(g []string) string {
		if !learnerVerbs[strings.ToLower(g[2])] {
			return g[0]
		}
		return "too " + g[1] + " to " + g[2]
	})
	return reLearnerMeNot.ReplaceAllString(s, "$1 i don't")
}

// replaceGroups replaces each match of re in s by what fn makes of its
// groups (the whole match first; a group that took no part is "").
func replaceGroups(re *regexp.Regexp, s string, fn func(g []string) string) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		g := make([]string, len(m)/2)
		for i := range g {
			if m[2*i] >= 0 {
				g[i] = s[m[2*i]:m[2*i+1]]
			}
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(fn(g))
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// learnerNounAfter are words after "work" that make it a noun: "they are
// work friends".
var learnerNounAfter = learnerWords(`friend friends mate mates wife husband colleague colleagues stuff thing things people related`)

// learnerVerb says subject, adverb and verb in plain English, then the
// word after them: "i feel", "she doesn't answer", "he always helps"; m,
// the words as matched, when verb is no bare verb.
func learnerVerb(m, subject, adverb, verb, after string) string {
	low := strings.ToLower(verb)
	if !learnerVerbs[low] || low == "work" && learnerNounAfter[strings.ToLower(strings.TrimSpace(after))] {
		return m
	}
	// The subject's own lead ("when ", ", ") stays where it was.
	third := false
	switch strings.ToLower(strings.TrimSpace(subject)) {
	case "i", "you", "we", "they":
	case "he", "she":
		third = true
	default:
		// "my friends", "my parents" and "the kids" are many; "my boss"
		// is one.
		s := strings.ToLower(subject)
		third = !(strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss")) && !strings.HasSuffix(s, "children")
	}
	adverb = strings.ToLower(strings.TrimSpace(adverb))
	switch adverb {
	case "not":
		if third {
			return subject + " doesn't " + verb + after
		}
		return subject + " don't " + verb + after
	case "very":
		adverb = "really"
	}
	if third {
		verb = learnerThird(verb)
	}
	if adverb == "" {
		return subject + " " + verb + after
	}
	return subject + " " + adverb + " " + verb + after
}

// learnerThird is a verb's form after "he" or "she": "goes", "tries",
// "misses", "has".
func learnerThird(verb string) string {
	low := strings.ToLower(verb)
	switch {
	case low == "have":
		return "has"
	case strings.HasSuffix(low, "y") && len(low) > 2 && !strings.ContainsRune("aeiou", rune(low[len(low)-2])):
		return verb[:len(verb)-1] + "ies"
	case strings.HasSuffix(low, "s") || strings.HasSuffix(low, "sh") || strings.HasSuffix(low, "ch") ||
		strings.HasSuffix(low, "x") || strings.HasSuffix(low, "z") || strings.HasSuffix(low, "o"):
		return verb + "es"
	}
	return verb + "s"
}

// learnerWords is the set of the words of s.
func learnerWords(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// plainAnswers is answers, each in plain English (plainGrammar), in a
// slice of its own.
func plainAnswers(answers []string) []string {
	out := make([]string, len(answers))
	for i, a := range answers {
		out[i] = plainGrammar(a)
	}
	return out
}
