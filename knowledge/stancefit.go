package knowledge

import (
	"slices"
	"strings"
)

// A stance answers the question it is listed with. Borrowed for a question
// worded another way, it answers that one only when both ask the same
// thing: "should i end a friendship with someone who never asks how i am"
// and "is it ok to end a friendship over text" share their verb and object,
// yet "Not before you have told them." answers only the first. So a stance
// is borrowed only when each question's meaning is mostly found in the
// other, word by word or through a concept both speak of, and when the two
// agree on who does the act.

// stanceFitShare is how much of each question's meaning, weighed by idf,
// the other must have for a stance to pass from one to the other.
var stanceFitShare = 0.5

// frameWords say how a yes-or-no question is put, not what it is about:
// they are left out when two questions are compared for a stance.
var frameWords = wordSet(`ok okay fine rude weird bad wrong normal alright acceptable good right
	strange odd mean annoying desperate cringe cringey awkward selfish better best worth enough
	possible safe appropriate polite think should would could still even`)

// meaning is a question's content for comparing it with another: its
// stems with their idf, and for each stem the concepts its words are part of.
type meaning struct {
	stems    []string
	idf      []float64
	concepts [][]string      // by stem
	all      map[string]bool // every stem and concept term
	done     map[string]bool // concept terms with their doer
	verb     string          // the stem of the verb asked about, if read
}

// meaningOf reads text's meaning for a stance comparison.
func (ix *index) meaningOf(text string) meaning {
	ws := words(text)
	m := meaning{all: map[string]bool{}, done: map[string]bool{}}
	byWord := make([][]string, len(ws))
	guideConcepts.findSpans(ws, ix.anyStem, func(term string, from, to int) {
		for k := from; k < to; k++ {
			byWord[k] = appendNew(byWord[k], term)
		}
		m.all[term] = true
	})
	for i, w := range ws {
		if !isIndexable(w) || frameWords[w] || fillers[w] {
			continue
		}
		st := ix.anyStem(w)
		if m.all[st] {
			continue
		}
		m.all[st] = true
		m.stems = append(m.stems, st)
		m.idf = append(m.idf, ix.stemIDF(st))
		m.concepts = append(m.concepts, byWord[i])
	}
	doneConcepts(text, ix.anyStem, func(term string) { m.done[term] = true })
	m.verb = askedVerb(ws, ix.anyStem)
	return m
}

// shareIn returns the share of m's meaning, weighed by idf, that o has: a
// stem counts when o has it or one of the concepts it is part of.
func (m meaning) shareIn(o meaning) float64 {
	var total, found float64
	for i, st := range m.stems {
		total += m.idf[i]
		if o.all[st] {
			found += m.idf[i]
			continue
		}
		for _, c := range m.concepts[i] {
			if o.all[c] {
				found += m.idf[i]
				break
			}
		}
	}
	if total == 0 {
		return 1
	}
	return found / total
}

// sameDoers reports whether m and o never speak of one concept with
// different doers.
func (m meaning) sameDoers(o meaning) bool {
	for t := range m.done {
		if o.done[t] {
			continue
		}
		c := t[:strings.LastIndexByte(t, '@')]
		if o.done[c+doerSuffix[doerSelf]] || o.done[c+doerSuffix[doerOther]] {
			return false
		}
	}
	return true
}

// qualifierWords open the part of a listed question that narrows what it
// is about: "who never asks how i am", "just to say hey". A stance often
// answers that part, so it passes to another question only when that
// question asks it too. A condition ("when im angry", "after socialising")
// is left out: it is reworded too freely to be looked for word by word.
var qualifierWords = wordSet(`who whose which`)

// qualifierOf returns the words of the part of question q that narrows it,
// "" when nothing does: what follows a relative pronoun, or "just to" and
// "only to" ("text just to say hey").
func qualifierOf(q string) string {
	ws := words(q)
	for i, w := range ws {
		if i == 0 {
			continue
		}
		if qualifierWords[w] || ((w == "to") && (ws[i-1] == "just" || ws[i-1] == "only")) {
			return strings.Join(ws[i+1:], " ")
		}
	}
	return ""
}

// stancedQuestion is a listed question with a stance, read once at load
// for comparing with queries.
type stancedQuestion struct {
	m    meaning
	qual *meaning // what narrows it, nil when nothing does
}

// readStanced reads listed question q for stanceFits.
func (ix *index) readStanced(q string) stancedQuestion {
	sq := stancedQuestion{m: ix.meaningOf(q)}
	if qual := qualifierOf(q); qual != "" {
		qm := ix.meaningOf(qual)
		sq.qual = &qm
	}
	return sq
}

// fits reports whether the stance listed with sq answers a query of
// meaning q as well: the two agree on who does each act, and the query
// asks what narrows sq.
func (sq stancedQuestion) fits(q meaning) bool {
	if !q.sameDoers(sq.m) || !sameVerb(q.verb, sq.m.verb) {
		return false
	}
	return sq.qual == nil || sq.qual.shareIn(q) >= stanceFitShare
}

// A yes-or-no question asks about one act: "should i just LEAVE", "is it ok
// to MUTE it", "do i have to START again". A stance on staying does not
// answer leaving, so when both questions name their act and the acts
// differ, the stance does not pass.

var (
	auxWords     = wordSet(`should shall can could would will do does did must may might am is are was were`)
	subjectWords = wordSet(`i we you u it that this they he she`)
	// softWords may stand between a subject and the verb it asks about.
	softWords = wordSet(`just still even really ever actually also maybe not never always then totally
		kind kinda sort of ok okay fine rude weird bad wrong normal alright cringe annoying odd strange
		selfish mean a an too much better worth if when i to have need got want going ought`)
	// lightVerbs say too little alone to tell two questions apart.
	lightVerbs = wordSet(`be have get do make go feel take let keep give`)
)

// askedVerb returns the stem of the verb the first yes-or-no clause of the
// question of words ws asks about, "" when none is read: the word after a
// modal and its subject ("should i just leave"), or after "to" in "is it …
// to" ("is it ok to mute it"). A word after "is that" is a quality, not an
// act.
func askedVerb(ws []string, stemOf func(string) string) string {
	verb := ""
	for i := 0; i+1 < len(ws) && verb == ""; i++ {
		if !auxWords[ws[i]] || !subjectWords[ws[i+1]] {
			continue
		}
		if beAux[ws[i]] || dummyWords[ws[i+1]] {
			// "is it weird to …": the act is after "to".
			j := i + 2
			for j < len(ws) && j < i+6 && ws[j] != "to" {
				j++
			}
			if j+1 < len(ws) && ws[j] == "to" {
				verb = firstContent(ws[j+1:])
			}
			continue
		}
		verb = firstContent(ws[i+2:])
	}
	if verb == "" || lightVerbs[verb] {
		return ""
	}
	return stemOf(verb)
}

// beAux open a question about how something is ("is it ok to…").
var beAux = wordSet(`am is are was were`)

// firstContent returns the first word of ws past the soft words, "" when
// it is a stop word.
func firstContent(ws []string) string {
	for j, w := range ws {
		if j >= 6 {
			break
		}
		if softWords[w] {
			continue
		}
		if stopWords[w] {
			return ""
		}
		return w
	}
	return ""
}

// sameVerb reports whether two verbs asked about can be the same act:
// either unknown, the same stem, or both words of one concept.
func sameVerb(a, b string) bool {
	if a == "" || b == "" || a == b || slices.Contains(querySynonyms.words[a], b) || sameVerbs[a] != "" && sameVerbs[a] == sameVerbs[b] {
		return true
	}
	ca, cb := guideConcepts.phrases[a], guideConcepts.phrases[b]
	for _, c := range ca {
		for _, d := range cb {
			if c == d {
				return true
			}
		}
	}
	return false
}

// sameVerbs maps the stem of each verb of a group of verbs that name one
// act, as people ask about it, to the group's first verb.
var sameVerbs = func() map[string]string {
	m := map[string]string{}
	for _, g := range []string{
		"end drop ditch dump cut quit stop delete",
		"leave exit",
		"text message msg dm write tell say mention share check reach contact",
		"ask invite",
		"apologise apologize",
		"mute silence ignore",
		"meet see talk speak call",
		"count matter",
	} {
		fs := strings.Fields(g)
		for _, w := range fs {
			m[stem(w)] = stem(fs[0])
		}
	}
	return m
}()
