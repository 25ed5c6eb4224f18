package knowledge

import (
	_ "embed"
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
	maxLen  int                 // the longest entry, in words
}

var guideConcepts = parseConcepts(conceptsText)

// parseConcepts reads the concept list: "name: entry, entry, …" a line,
// with "#" comments and blank lines skipped. It panics on a malformed line,
// since the list is compiled into the program and checked by its tests.
func parseConcepts(text string) *conceptMap {
	c := &conceptMap{phrases: map[string][]string{}, stems: map[string]bool{}}
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
			key := phraseKey(words(e))
			if key == "" {
				continue
			}
			c.phrases[key] = appendNew(c.phrases[key], term)
			for _, st := range strings.Fields(key) {
				c.stems[st] = true
			}
			c.maxLen = max(c.maxLen, strings.Count(key, " ")+1)
		}
	}
	return c
}

// knows reports whether a stem belongs to some entry, so a word with it is
// no misspelling.
func (c *conceptMap) knows(st string) bool { return c.stems[st] }

// find calls fn with the concept term of every entry found in the words ws,
// once for each time it is found. Pronouns are skipped, and at each word
// the longest entry wins, so "stopped texting back" is found once, not as
// "stopped texting" and something more. stemOf gives a word's stem.
func (c *conceptMap) find(ws []string, stemOf func(string) string, fn func(term string)) {
	var stems []string
	for _, w := range ws {
		if !phraseFillers[w] {
			stems = append(stems, stemOf(w))
		}
	}
	for i := 0; i < len(stems); {
		n := c.longestAt(stems[i:])
		if n == 0 {
			i++
			continue
		}
		for _, t := range c.phrases[strings.Join(stems[i:i+n], " ")] {
			fn(t)
		}
		i += n
	}
}

// longestAt returns the length in words of the longest entry at the start
// of stems, 0 when none starts there.
func (c *conceptMap) longestAt(stems []string) int {
	if !c.stems[stems[0]] {
		return 0
	}
	for n := min(c.maxLen, len(stems)); n >= 1; n-- {
		if _, ok := c.phrases[strings.Join(stems[:n], " ")]; ok {
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
// concurrent use.
func (kb *KB) Concepts(text string) []string {
	ts := guideConcepts.terms(words(clipQuery(text)))
	for i, t := range ts {
		ts[i] = strings.ReplaceAll(strings.TrimPrefix(t, conceptPrefix), "_", " ")
	}
	return ts
}
