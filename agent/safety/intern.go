package safety

import "slices"

// The matcher compares every word of a message with the words of many
// slots, so it compares numbers, not strings: each word of the lexicons
// gets a number once, when the detector is built, and each word of a
// message is looked up once per message (see wordIDs). A word no lexicon
// uses, and a word a near miss hid, gets noWord.

const noWord int32 = -1

// intern numbers every literal word of d's rules, and gives each slot the
// sorted numbers of its words and each group index its phrases by number.
// Slots and groups shared by several rules (a named group) are visited
// once.
func (d *Detector) intern() {
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
		}
	}
	for r := range d.rules {
		walk(d.rules[r].seq)
		walk(d.rules[r].core)
	}
	// The words rules start with and the anchors' words are slot words;
	// numbering them again changes nothing unless one is not.
	for w := range d.index {
		id(w)
	}
	for w := range d.anchors.words {
		id(w)
	}
	d.first = make([][]int32, len(d.vocab))
	for w, l := range d.index {
		d.first[d.vocab[w]] = l
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
