package safety

import (
	"slices"
	"strconv"
	"strings"
)

// wordMatch reports whether token t, numbered id (see intern.go), fills
// slot n's word list. A slot not numbered (a pattern parsed outside a
// detector) looks t up by its letters.
func (n *node) wordMatch(t string, id int32) bool {
	if n.end {
		return t == boundary
	}
	if t == boundary || t == "" {
		return false
	}
	if n.number > 0 {
		// Most words are not numbers: they are told apart here without
		// the error Atoi would make.
		if c := t[0]; (c < '0' || c > '9') && c != '+' && c != '-' {
			return false
		}
		v, err := strconv.Atoi(t)
		return err == nil && v >= n.number
	}
	if n.ids != nil {
		if _, ok := slices.BinarySearch(n.ids, id); ok && id != noWord {
			return true
		}
	} else if n.words[t] {
		return true
	}
	for _, p := range n.prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// gapStarts makes a gap end only before a word the slots after it can
// start with (see startSet); tests turn it off to check it changes no match.
var gapStarts = true

// cont is what is left to match after a group's phrase: the rest of the
// enclosing run, then whatever encloses that.
type cont struct {
	seq  []node
	next *cont
}

// matchAt matches seq, then k, from toks[i]. It returns where the match
// ends, or -1. Each slot first tries to take words (an optional slot, then
// to be left out; a gap, as many words as it may), so a match is as long
// as it can easily be: a near miss covers all the words it can.
// Masked tokens are "" and match nothing. ids numbers toks (see
// wordIDs); it is nil where the slots are not numbered.
func matchAt(seq []node, k *cont, toks []string, ids []int32, i int) int {
	for len(seq) == 0 {
		if k == nil {
			return i
		}
		seq, k = k.seq, k.next
	}
	n := &seq[0]
	rest := seq[1:]
	switch {
	case n.gap > 0:
		// A gap, "..." too, stops at a word a near miss hid: the near
		// miss speaks for the words around it ("cut my hand cooking and
		// it wont stop bleeding").
		last, from, cross := i, i, n.cross
		for last < len(toks) && toks[last] != "" {
			if toks[last] == boundary {
				if cross == 0 {
					break
				}
				cross--
				from = last + 1
			} else if last-from >= n.gap {
				break
			}
			last++
		}
		for j := last; j >= i; j-- {
			if gapStarts && n.follow != nil && ids != nil && j < len(toks) && !n.follow.may(toks[j], ids[j]) {
				continue
			}
			if e := matchAt(rest, k, toks, ids, j); e >= 0 {
				return e
			}
		}
		return -1
	case n.alts != nil:
		c := cont{seq: rest, next: k}
		if e := matchAlts(n, &c, toks, ids, i); e >= 0 {
			return e
		}
	default:
		if i < len(toks) && n.wordMatch(toks[i], idAt(ids, i)) {
			if e := matchAt(rest, k, toks, ids, i+1); e >= 0 {
				return e
			}
		}
	}
	if n.optional {
		return matchAt(rest, k, toks, ids, i)
	}
	return -1
}

// matchAlts tries the phrases of group n that can start at toks[i], in the
// order they were written.
func matchAlts(n *node, c *cont, toks []string, ids []int32, i int) int {
	x := n.altIndex
	if x == nil {
		for _, a := range n.alts {
			if e := matchAt(a, c, toks, ids, i); e >= 0 {
				return e
			}
		}
		return -1
	}
	var byWord []int
	switch {
	case i >= len(toks) || toks[i] == "":
	case ids != nil && x.byID != nil:
		if k, ok := slices.BinarySearch(x.ids, ids[i]); ok && ids[i] != noWord {
			byWord = x.byID[k]
		}
	default:
		byWord = x.byWord[toks[i]]
	}
	open := x.open
	for len(byWord) > 0 || len(open) > 0 {
		var a int
		if len(open) == 0 || len(byWord) > 0 && byWord[0] < open[0] {
			a, byWord = byWord[0], byWord[1:]
		} else {
			a, open = open[0], open[1:]
		}
		if e := matchAt(n.alts[a], c, toks, ids, i); e >= 0 {
			return e
		}
	}
	return -1
}

// idAt is the number of toks[i], or noWord when toks are not numbered.
func idAt(ids []int32, i int) int32 {
	if ids == nil {
		return noWord
	}
	return ids[i]
}
