package safety

import (
	"slices"
	"strings"
)

// The matcher compares every word of a message with the words of many
// slots, so it compares numbers, not strings: each word of the lexicons
// gets a number once, when the detector is built, and each word of a
// message is looked up once per message (see wordIDs). A word no lexicon
// uses, and a word a near miss hid, gets noWord.

const noWord int32 = -1

// intern numbers every literal word of d's rules (index holds the words
// they start with), and gives each slot the sorted numbers of its words
// and each group index its phrases by number. Slots and groups shared by
// several rules (a named group) are visited once.
func (d *Detector) intern(index map[string][]int32) {
	d.vocab = map[string]int32{}
	id := func(w string) int32 {
		n, ok := d.vocab[w]
		if !ok {
			n = int32(len(d.vocab))
			d.vocab[w] = n
		}
		return n
	}
	seenSeq := map[*node]bool{}
	seenIndex := map[*altIndex]bool{}
	var walk func(seq []node)
	walk = func(seq []node) {
		if len(seq) == 0 || seenSeq[&seq[0]] {
			return
		}
		seenSeq[&seq[0]] = true
		for i := range seq {
			n := &seq[i]
			if len(n.words) > 0 {
				n.ids = make([]int32, 0, len(n.words))
				for w := range n.words {
					n.ids = append(n.ids, id(w))
				}
				slices.Sort(n.ids)
			}
			if x := n.altIndex; x != nil && !seenIndex[x] {
				seenIndex[x] = true
				x.ids = make([]int32, 0, len(x.byWord))
				for w := range x.byWord {
					x.ids = append(x.ids, id(w))
				}
				slices.Sort(x.ids)
				x.byID = make([][]int, len(x.ids))
				for w, l := range x.byWord {
					k, _ := slices.BinarySearch(x.ids, d.vocab[w])
					x.byID[k] = l
				}
			}
			for _, a := range n.alts {
				walk(a)
			}
			if n.gap > 0 {
				n.follow = d.startsOf(seq[i+1:])
			}
		}
	}
	for r := range d.rules {
		walk(d.rules[r].seq)
		walk(d.rules[r].core)
	}
	// The words rules start with and the anchors' words are slot words;
	// numbering them again changes nothing unless one is not.
	for w := range index {
		id(w)
	}
	for w := range d.anchors.words {
		id(w)
	}
	d.anchorIDs = make([][]int32, len(d.vocab))
	for w, l := range d.anchors.words {
		d.anchorIDs[d.vocab[w]] = l
	}
}

// wordIDs appends to dst the number of each of toks ("" and words no
// lexicon uses are noWord).
func (d *Detector) wordIDs(toks []string, dst []int32) []int32 {
	for _, t := range toks {
		n, ok := d.vocab[t]
		if !ok || t == "" {
			n = noWord
		}
		dst = append(dst, n)
	}
	return dst
}

// startSet is what the slots after a gap can start with: a gap then tries
// to end only before a word that can begin them, not at every word.
type startSet struct {
	ids      []int32 // word numbers, sorted
	prefixes []string
	number   bool
	end      bool // a sentence end
}

// startsOf returns the words seq can start with, or nil when it can start
// with anything: it may be empty (what follows it is not known here) or
// begin with a gap.
func (d *Detector) startsOf(seq []node) *startSet {
	s := &startSet{}
	if !s.add(d, seq) {
		return nil
	}
	slices.Sort(s.ids)
	s.ids = slices.Compact(s.ids)
	return s
}

// add puts in s the words seq can start with; it reports false when seq
// may start with anything or be empty.
func (s *startSet) add(d *Detector, seq []node) bool {
	for i := range seq {
		n := &seq[i]
		switch {
		case n.gap > 0:
			return false
		case n.end:
			s.end = true
		case n.number > 0:
			s.number = true
		case n.alts != nil:
			for _, a := range n.alts {
				if !s.add(d, a) {
					return false
				}
			}
		default:
			for w := range n.words {
				id, ok := d.vocab[w]
				if !ok {
					return false
				}
				s.ids = append(s.ids, id)
			}
			s.prefixes = append(s.prefixes, n.prefixes...)
		}
		if !n.nullable() && !n.optional {
			return true
		}
	}
	return false
}

// may reports whether toks[j], numbered id, can start the slots of s.
func (s *startSet) may(t string, id int32) bool {
	if t == boundary {
		return s.end
	}
	if t == "" {
		return false
	}
	if id != noWord {
		if _, ok := slices.BinarySearch(s.ids, id); ok {
			return true
		}
	}
	if s.number && t[0] >= '0' && t[0] <= '9' {
		return true
	}
	for _, p := range s.prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}
