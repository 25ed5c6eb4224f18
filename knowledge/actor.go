package knowledge

import (
	"strings"
)

// Who does the act a question speaks of changes what answers it. "Is it
// rude to not reply to her message" is asked by the one who has not
// replied; "she never replies to my messages" by the one waiting. Both
// speak of a silence, and a concept alone cannot tell them apart. So every
// concept found in a clause is also read with its doer, the person asking
// (the speaker, or "you" in the guide's own text, which speaks to the
// reader) or someone else, and the pair is one more term: "~silence@self"
// and "~silence@other". The matcher compares questions on those terms, a
// stance is never borrowed from a listed question whose doer is the other
// one, and a passage leans to the sentences about the same doer.

// doer is who does an act: the asker, someone else, or unknown.
type doer uint8

const (
	doerNone doer = iota
	doerSelf
	doerOther
)

// doerSuffix is the end of a concept term paired with its doer.
var doerSuffix = [...]string{doerNone: "", doerSelf: "@self", doerOther: "@other"}

var (
	// selfWords are the asker as the subject of a clause: in a question
	// "i" or a generic "you", in the guide's text "you", the reader.
	selfWords = wordSet(`i im ive id ill we weve wed you u youre youve youd youll ya myself yourself`)
	// receiverWords are the asker on the receiving end of an act ("ignoring
	// me", "left me on read", "leaves you on read").
	receiverWords = wordSet(`me us you u ya`)
	// otherWords are someone else as a subject or an object.
	otherWords = wordSet(`he she they hes shes theyre theyve theyd hed shed him her them someone somebody
		anyone anybody people everyone everybody nobody friend friends bestie mate mates bf gf boyfriend
		girlfriend partner mum mom dad brother sister cousin coworker colleague boss roommate flatmate
		guy girl person family others crush aunt auntie uncle nan nana gran grandma grandad grandpa niece
		nephew son daughter husband wife`)
	// beWords make a passive when a participle follows ("got ghosted",
	// "being left on read"): the asker is then on the receiving end.
	beWords = wordSet(`be been being get gets got getting gotten was were am is are im`)
	// passThrough are the words a subject may stand before an act with:
	// auxiliaries, negations, adverbs of habit, "to", and the words of a
	// relative clause ("you are the one who leaves…").
	passThrough = wordSet(`do does did dont doesnt didnt not never always keep keeps kept still just
		even really totally kind kinda sort of to will wont would wouldnt can cant could couldnt should
		shouldnt have has had havent hasnt hadnt who that the one ones usually often sometimes ever
		already also constantly basically literally suddenly completely randomly then again a an only
		ok okay fine rude bad weird wrong normal`)
	// clauseWords open a new clause, whose subject is after them.
	clauseWords = wordSet(`and but if when because cause so or while after before since though although
		until unless whether`)
	// coordinators join two acts that share a subject.
	coordinators = wordSet(`and but or then`)
	// dummyWords are a subject that stands for no one ("is it rude to…"):
	// the act in the infinitive after it is the asker's own.
	dummyWords = wordSet(`it its this that thats`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// doneConcepts calls fn with every concept term of text paired with its
// doer ("~silence@self"), for each concept whose doer can be read. Clauses
// are read apart, split at sentence and clause punctuation, since a subject
// never reaches across them. stemOf gives a word's stem.
func doneConcepts(text string, stemOf func(string) string, fn func(term string)) {
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool {
		return r == ',' || r == '.' || r == ';' || r == '!' || r == '?' || r == ':' || r == '\n' || r == '(' || r == ')'
	}) {
		ws := words(clause)
		if !mayNameDoer(ws) {
			continue
		}
		guideConcepts.findSpans(ws, stemOf, func(term string, from, to int) {
			if d := doerOf(ws, from, to); d != doerNone {
				fn(term + doerSuffix[d])
			}
		})
	}
}

// mayNameDoer reports whether ws has a word doerOf can read a doer from:
// a person, a "be" or "to", or a stand-in subject. Most clauses of the
// guide's text have one; many listed questions do not.
func mayNameDoer(ws []string) bool {
	for _, w := range ws {
		if selfWords[w] || otherWords[w] || receiverWords[w] || beWords[w] || dummyWords[w] || w == "to" {
			return true
		}
	}
	return false
}

// doerOf reads who does the act that ws[from:to] names: the subject before
// it, a passive that puts the asker on the receiving end, or, with no
// subject, the one the act is done to.
func doerOf(ws []string, from, to int) doer {
	// Only function words may stand between a subject and its act: past
	// a word with content of its own ("someone i met online vanished")
	// the subject is too far to read safely.
	passive, infinitive, coordinated := false, false, false
	subject := doerNone
	adjacent := true // only function words so far between k and the act
scan:
	for k := from - 1; k >= 0 && k >= from-8; k-- {
		w := ws[k]
		switch {
		case coordinators[w] && adjacent && !coordinated:
			// "someone read it and never replied": the act shares the
			// subject of the verb before the "and".
			coordinated = true
		case clauseWords[w]:
			break scan
		case beWords[w] && participle(ws[from]):
			passive = true
			if w == "im" {
				subject = doerSelf
				break scan
			}
		case w == "to":
			infinitive = true
		case passThrough[w], beWords[w]:
		case selfWords[w]:
			subject = doerSelf
			break scan
		case otherWords[w] && k+1 < from && relativeWords[ws[k+1]]:
			// "text someone who hasnt replied": the one a relative
			// clause speaks of does its act, whatever was done to them.
			subject = doerOther
			break scan
		case otherWords[w] && verbBefore(ws, k) >= 0:
			// "leave someone on read", "ignore my mate": the one the act
			// is done to, after its verb; the subject, if any, comes
			// before the verb.
			k = verbBefore(ws, k)
		case otherWords[w]:
			subject = doerOther
			break scan
		case dummyWords[w]:
			if infinitive {
				subject = doerSelf
			}
			break scan
		case coordinated:
			// The verb phrase before "and" is passed over to its subject.
		default:
			break scan
		}
		if !passThrough[w] {
			adjacent = false
		}
	}
	if passive {
		// Whoever is ghosted, ignored or left on read, someone else
		// did it; to the asker it matters only when it happened to them.
		if subject == doerOther {
			return doerNone
		}
		return doerOther
	}
	if subject != doerNone {
		return subject
	}
	// No subject: the one the act is done to says who does it ("ignoring
	// me" is someone else's act, "ghosting him" the asker's): a pronoun
	// inside the words of the act, or the word right after them.
	for k := from; k <= to && k < len(ws); k++ {
		if k < to && !phraseFillers[ws[k]] {
			continue
		}
		switch {
		case receiverWords[ws[k]]:
			return doerOther
		case otherWords[ws[k]]:
			return doerSelf
		}
	}
	if infinitive {
		return doerSelf
	}
	return doerNone
}

// objectOf reports whether a word before someone makes them its object: a
// word with content of its own, a verb, rather than a function word or a
// possessive ("my sister", "why do people").
func objectOf(w string) bool {
	return !passThrough[w] && !clauseWords[w] && !beWords[w] && !selfWords[w] && !otherWords[w] &&
		!dummyWords[w] && !possessives[w] && !stopWords[w]
}

// verbBefore returns the index of the verb that ws[k] is the object of,
// with a possessive between ("ignore my mate"), or -1 when there is none.
func verbBefore(ws []string, k int) int {
	j := k - 1
	if j > 0 && possessives[ws[j]] {
		j--
	}
	if j > 0 && prepositions[ws[j]] {
		// "reply to my friends": the verb is before the preposition.
		j--
	}
	if j >= 0 && objectOf(ws[j]) {
		return j
	}
	return -1
}

// relativeWords open a relative clause whose subject is the one before them.
var relativeWords = wordSet(`who that`)

// prepositions put someone after a verb without being its subject.
var prepositions = wordSet(`to with for from at on about`)

// possessives stand before a subject ("my friend"), never make it an object.
var possessives = wordSet(`my his their our your ur`)

// participle reports a word that, after "be" or "get", makes the act one
// done to the subject: "ghosted", "left", "ignored", "blanked".
func participle(w string) bool {
	switch w {
	case "left", "seen", "read", "dropped", "forgotten", "cut", "shut", "frozen", "sent":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}
