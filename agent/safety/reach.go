package safety

import (
	"slices"
	"strings"
)

// A rule is tried at every word its first slot can start at, and a rule
// that joins concepts across a sentence ("...") then walks the rest of the
// sentence at each. Most messages lack one of a rule's later concepts
// altogether, so the detector first notes, once per message, which
// concepts have a word in it, and tries a rule only when each slot after
// its first does: a slot none of whose words is in the message cannot
// match.

// anchor is every word a slot could take: the words of all the phrases
// of its group.
type anchor struct {
	words    map[string]bool
	prefixes []string
	number   bool
}

// ruleAnchors lists, for each top-level phrase of a rule, the anchors of
// its slots that must match words. The first slot of a rule of one phrase
// is left out: the rule is only tried where a word of it stands. A rule of
// several phrases is tried where any phrase can start, so each phrase
// needs its own first slot too ("@farewell ... @final | @final ...
// @farewell" needs both words whichever it starts with).
func ruleAnchors(seq []node) [][]anchor {
	if len(seq) == 1 && seq[0].alts != nil && !seq[0].optional {
		var out [][]anchor
		for _, a := range seq[0].alts {
			out = append(out, phraseAnchors(a, 0))
		}
		return out
	}
	return [][]anchor{phraseAnchors(seq, 1)}
}

func phraseAnchors(seq []node, from int) []anchor {
	var out []anchor
	for i := from; i < len(seq); i++ {
		if seq[i].nullable() || seq[i].end {
			continue
		}
		a := anchor{words: map[string]bool{}}
		if a.add(&seq[i]) {
			out = append(out, a)
		}
	}
	return out
}

// add puts every word of n, and of the phrases of its group, in a. It
// reports false when n could match a sentence end instead ("(.|before)"),
// which every message has: then n needs no word.
func (a *anchor) add(n *node) bool {
	if n.end {
		return false
	}
	for w := range n.words {
		a.words[w] = true
	}
	a.prefixes = append(a.prefixes, n.prefixes...)
	a.number = a.number || n.number > 0
	for _, alt := range n.alts {
		for i := range alt {
			if !a.add(&alt[i]) {
				return false
			}
		}
	}
	return true
}

// maxAnchors bounds the anchors a detector notes per message; the rules
// whose anchors come after are always tried. At 192 * 64 the English rules
// for last arrangements left some 200 Portuguese and Turkish rules to be
// tried on every message; at 256 * 64 the lexicons had outgrown it again
// and some 1,400 rules of the languages read last (Dutch, Polish,
// Portuguese, Turkish) were tried on every message. At 384 * 64 about 20
// rules with no anchor of their own are, and the tune part's tries fall
// from 86,600 to 60,100, for 8 KB more noted per message.
const maxAnchors = 384 * 64

// presence is what the detector notes once per message: the set of
// anchors with a word in it, and the number of each of its words (see
// intern.go).
type presence struct {
	// last holds, for each anchor, one more than the place of its last
	// word in the message (0: none; lastCap: that far or further).
	last [maxAnchors]uint8
	ids  []int32
}

const lastCap = 255

// from reports whether anchor id has a word at toks[i] or after it.
func (p *presence) from(id int32, i int) bool {
	l := p.last[id]
	return int(l) > i || l == lastCap
}

// anchorIndex finds the anchors a word belongs to.
type anchorIndex struct {
	words    map[string][]int32
	prefixes map[string][]prefixAnchor // by the first three letters
	numbers  []int32
}

type prefixAnchor struct {
	prefix string
	id     int32
}

// key names an anchor by its words, so that the slots of one word group,
// used by many rules, are one anchor.
func (a *anchor) key() string {
	ws := make([]string, 0, len(a.words)+len(a.prefixes)+1)
	for w := range a.words {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	p := slices.Clone(a.prefixes)
	slices.Sort(p)
	for _, w := range p {
		ws = append(ws, w+"*")
	}
	if a.number {
		ws = append(ws, "#")
	}
	return strings.Join(ws, " ")
}

// indexAnchors gives every rule of d its needs, as anchor ids in d.anchors.
func (d *Detector) indexAnchors() {
	x := anchorIndex{words: map[string][]int32{}, prefixes: map[string][]prefixAnchor{}}
	var id int32
	known := map[string]int32{}
	for r := range d.rules {
		phrases := ruleAnchors(d.rules[r].seq)
		n := 0
		for _, p := range phrases {
			for _, a := range p {
				if _, ok := known[a.key()]; !ok {
					n++
				}
			}
		}
		if len(phrases) == 1 && len(phrases[0]) == 0 || int(id)+n > maxAnchors {
			continue
		}
		need := make([][]int32, len(phrases))
		for i, p := range phrases {
			for _, a := range p {
				k := a.key()
				if old, ok := known[k]; ok {
					need[i] = append(need[i], old)
					continue
				}
				known[k] = id
				for w := range a.words {
					x.words[w] = append(x.words[w], id)
				}
				for _, pr := range a.prefixes {
					x.prefixes[pr[:3]] = append(x.prefixes[pr[:3]], prefixAnchor{prefix: pr, id: id})
				}
				if a.number {
					x.numbers = append(x.numbers, id)
				}
				need[i] = append(need[i], id)
				id++
			}
		}
		d.rules[r].need = need
	}
	d.anchors = x
}

// note notes the anchors with a word in toks, numbered p.ids. Detect
// numbers the words itself, into an array of its own: a presence handed
// to a function that sets its ids would be moved to the heap, the numbers
// with it.
func (d *Detector) note(toks []string, p *presence) {
	var at uint8
	set := func(id int32) { p.last[id] = at }
	for i, t := range toks {
		at = uint8(min(i+1, lastCap))
		if t == "" || t == boundary {
			continue
		}
		if n := p.ids[i]; n != noWord {
			for _, id := range d.anchorIDs[n] {
				set(id)
			}
		}
		if t[0] >= '0' && t[0] <= '9' {
			for _, id := range d.anchors.numbers {
				set(id)
			}
		}
		if len(t) >= 3 {
			for _, pa := range d.anchors.prefixes[t[:3]] {
				if strings.HasPrefix(t, pa.prefix) {
					set(pa.id)
				}
			}
		}
	}
}
