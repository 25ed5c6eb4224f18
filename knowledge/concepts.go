package knowledge

import (
	_ "embed"
	"slices"
	"strings"
)

// People bring the guide a handful of ideas in endless wordings: "ghosted",
// "left me on read", "she went quiet", "got aired" are one thing to them.
// The concept list (concepts.txt) names those ideas and the ways they are
// put. Every text the search compares, the guide's titles, text and listed
// questions as well as the person's question, is read through it: each
// wording found adds its concept as one more term, so a question and a
// section meet on the idea even when they share no word.

//go:embed concepts.txt
var conceptsText string

// conceptPrefix starts a concept's term; no word scanWords gives can
// start with it, so a concept never collides with a stem.
const conceptPrefix = "~"

// conceptMap finds the concepts a run of words speaks of.
type conceptMap struct {
	phrases map[string][]string // space-joined stems of an entry → its concept terms
	stems   map[string]bool     // every stem of every entry
	// longest is, for each stem an entry starts with, the length in words
	// of the longest such entry.
	longest map[string]int
}

var guideConcepts = parseConcepts(conceptsText)

// parseConcepts reads the concept list: "name: entry, entry, …" a line,
// with "#" comments and blank lines skipped. It panics on a malformed line,
// since the list is compiled into the program and checked by its tests.
func parseConcepts(text string) *conceptMap {
	c := &conceptMap{phrases: map[string][]string{}, stems: map[string]bool{}, longest: map[string]int{}}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, entries, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(name) == "" {
			panic("knowledge: concept line without a name: " + line)
		}
		term := conceptPrefix + strings.Join(strings.Fields(name), "_")
		for _, e := range strings.Split(entries, ",") {
			key := strings.Join(conceptStems(words(e), stem), " ")
			if key == "" {
				continue
			}
			c.phrases[key] = appendNew(c.phrases[key], term)
			fields := strings.Fields(key)
			for _, st := range fields {
				c.stems[st] = true
			}
			c.longest[fields[0]] = max(c.longest[fields[0]], len(fields))
		}
	}
	return c
}

// knows reports whether a stem belongs to some entry, so a word with it is
// no misspelling.
func (c *conceptMap) knows(st string) bool { return c.stems[st] }

// find calls fn with the concept term of every entry found in the words ws,
// once for each time it is found. Pronouns and emphasis are skipped, and at each word
// the longest entry wins, so "stopped texting back" is found once, not as
// "stopped texting" and something more. stemOf gives a word's stem.
func (c *conceptMap) find(ws []string, stemOf func(string) string, fn func(term string)) {
	c.findSpans(ws, stemOf, func(term string, _, _ int) { fn(term) })
}

// findSpans is find that also gives where each entry was found: the words
// ws[from:to], pronouns and emphasis inside it included.
func (c *conceptMap) findSpans(ws []string, stemOf func(string) string, fn func(term string, from, to int)) {
	var stems []string
	var at []int // by stem: the index in ws of its word
	for i, w := range ws {
		if !phraseFillers[w] && !emphasis[w] {
			stems = append(stems, stemOf(w))
			at = append(at, i)
		}
	}
	for i := 0; i < len(stems); {
		n := c.longestAt(stems[i:])
		if n == 0 {
			i++
			continue
		}
		for _, t := range c.phrases[strings.Join(stems[i:i+n], " ")] {
			fn(t, at[i], at[i+n-1]+1)
		}
		i += n
	}
}

// conceptStems returns the stems of ws that entries are matched on: the
// pronouns and the words that only add emphasis are left out, on both
// sides, so "went totally quiet" meets "went quiet".
func conceptStems(ws []string, stemOf func(string) string) []string {
	var out []string
	for _, w := range ws {
		if !phraseFillers[w] && !emphasis[w] {
			out = append(out, stemOf(w))
		}
	}
	return out
}

// emphasis are the words that make a phrase stronger without changing
// what it is about.
var emphasis = map[string]bool{
	"just": true, "really": true, "totally": true, "completely": true, "suddenly": true, "literally": true,
	"basically": true, "kinda": true, "so": true, "very": true, "pretty": true, "actually": true,
	"honestly": true, "even": true, "all": true, "quite": true, "bit": true, "little": true, "ever": true,
}

// stopStems are the stems of the stop words, which entries use ("no
// reply", "on read") but the index never stems.
var stopStems = func() map[string]string {
	m := make(map[string]string, len(stopWords))
	for w := range stopWords {
		m[w] = stem(w)
	}
	return m
}()

// wordStem returns the stem of a lowercased word, stop words included,
// asking known first: it has the guide's words already stemmed.
func wordStem(w string, known func([]byte) string) string {
	if st, ok := stopStems[w]; ok {
		return st
	}
	if known != nil {
		if st := known([]byte(w)); st != "" {
			return st
		}
	}
	return stem(w)
}

// longestAt returns the length in words of the longest entry at the start
// of stems, 0 when none starts there.
func (c *conceptMap) longestAt(stems []string) int {
	top := min(c.longest[stems[0]], len(stems))
	if top == 0 {
		return 0
	}
	// The key is built in a buffer: looking a map up with string(buf)
	// does not allocate, and this runs for every word the guide has.
	var arr [96]byte
	for n := top; n >= 1; n-- {
		buf := arr[:0]
		for i, st := range stems[:n] {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, st...)
		}
		if _, ok := c.phrases[string(buf)]; ok {
			return n
		}
	}
	return 0
}

// terms returns the concept terms of the words ws, each once, in
// the order first found.
func (c *conceptMap) terms(ws []string) []string {
	var out []string
	c.find(ws, stem, func(t string) { out = appendNew(out, t) })
	return out
}

// Concepts returns the names of the concepts text speaks of, each once, in
// the order first found; none when it speaks of none. It is safe for
// concurrent use. A word the search would correct ("jelous") speaks of
// what its correction does.
func (kb *KB) Concepts(text string) []string {
	ws := words(clipQuery(text))
	ts := guideConcepts.terms(ws)
	if kb != nil && kb.idx != nil {
		if fixed, _ := kb.idx.correctWords(ws); !slices.Equal(fixed, ws) {
			for _, t := range guideConcepts.terms(fixed) {
				ts = appendNew(ts, t)
			}
		}
	}
	for i, t := range ts {
		ts[i] = strings.ReplaceAll(strings.TrimPrefix(t, conceptPrefix), "_", " ")
	}
	return ts
}
