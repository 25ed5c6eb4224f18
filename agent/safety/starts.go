package safety

import "strings"

// Detect reads a message in three passes, each of its own kind of rule:
// the lines that take near misses back, then the near misses, then every
// other line. Each word of the message has a few hundred rules that can
// start at it across the lexicons, and most of them lack a word of a later
// slot (see reach.go). So each pass keeps its own lists of the rules that
// can start at each word, and each entry says where the anchors its rule
// needs are written: a rule is looked at only when it is of the pass and
// its anchors are in the message.

// pass is one reading of a message, by the rules of one kind.
type pass uint8

const (
	passBack  pass = iota // the lines written "undo:" or "turn:"
	passHide              // the other near misses
	passMatch             // every line that is not a near miss
	passes
)

// passOf returns the pass that tries r.
func passOf(r *rule) pass {
	switch {
	case r.undo || r.turn:
		return passBack
	case r.kind == kindNot:
		return passHide
	default:
		return passMatch
	}
}

// start is a rule that can start at a word.
type start struct {
	rule int32
	need int32 // where the anchors the rule needs begin in Detector.needs; noNeed when it needs none
}

const noNeed int32 = -1

// startIndex lists the rules of one pass that can start at a word, in the
// order of the rules.
type startIndex struct {
	byID   [][]start // by word number (see intern.go)
	number []start   // rules that can start with a number
	prefix map[string][]prefixEntry
}

// prefixEntry is a rule that can start with a word of prefix.
type prefixEntry struct {
	prefix string
	start  start
}

// indexStarts builds the lists of each pass, and d.threats, from the words
// the rules start with (index, "#" for a number) and the prefixes (prefix,
// by their first three letters), and from the rules' anchors (rule.need),
// which it writes one after the other in d.needs: the number of phrases,
// then for each the number of its anchors and the anchors.
func (d *Detector) indexStarts(index map[string][]int32, prefix map[string][]prefixEntry) {
	at := make([]int32, len(d.rules))
	for r := range d.rules {
		need := d.rules[r].need
		if need == nil {
			at[r] = noNeed
			continue
		}
		at[r] = int32(len(d.needs))
		d.needs = append(d.needs, int32(len(need)))
		for _, phrase := range need {
			d.needs = append(d.needs, int32(len(phrase)))
			d.needs = append(d.needs, phrase...)
		}
	}
	for r := range d.rules {
		if d.rules[r].threat {
			d.threats = append(d.threats, start{rule: int32(r), need: at[r]})
		}
	}
	split := func(rules []int32) [passes][]start {
		var out [passes][]start
		for _, r := range rules {
			ps := passOf(&d.rules[r])
			out[ps] = append(out[ps], start{rule: r, need: at[r]})
		}
		return out
	}
	for ps := range d.starts {
		d.starts[ps] = startIndex{byID: make([][]start, len(d.vocab)), prefix: map[string][]prefixEntry{}}
	}
	for w, rules := range index {
		id := d.vocab[w]
		for ps, l := range split(rules) {
			d.starts[ps].byID[id] = l
		}
	}
	for ps, l := range split(index["#"]) {
		d.starts[ps].number = l
	}
	for k, l := range prefix {
		for _, e := range l {
			e.start.need = at[e.start.rule]
			ps := passOf(&d.rules[e.start.rule])
			d.starts[ps].prefix[k] = append(d.starts[ps].prefix[k], e)
		}
	}
}

// startsAt appends to dst the rules of pass ps that can start at toks[i]
// and whose anchors are in the message from there: those that start with
// its word, then with a number, then with a prefix of it, each in the
// order of the rules.
func (d *Detector) startsAt(ps pass, toks []string, p *presence, i int, dst []int32) []int32 {
	t := toks[i]
	if t == "" || t == boundary {
		return dst
	}
	x := &d.starts[ps]
	if id := p.ids[i]; id != noWord {
		dst = d.reachable(x.byID[id], p, i, dst)
	}
	if t[0] >= '0' && t[0] <= '9' {
		dst = d.reachable(x.number, p, i, dst)
	}
	if len(t) >= 3 {
		for _, e := range x.prefix[t[:3]] {
			if strings.HasPrefix(t, e.prefix) && d.reachFrom(e.start.need, p, i) {
				dst = append(dst, e.start.rule)
			}
		}
	}
	return dst
}

// reachable appends to dst the rules of starts whose anchors are in the
// message from toks[i].
func (d *Detector) reachable(starts []start, p *presence, i int, dst []int32) []int32 {
	for _, s := range starts {
		if d.reachFrom(s.need, p, i) {
			dst = append(dst, s.rule)
		}
	}
	return dst
}

// reachFrom reports whether the rule whose anchors are written in d.needs
// at need can match from toks[i]: one of its phrases has a word of each of
// its anchors at toks[i] or after it (anywhere in the message when i is
// 0).
func (d *Detector) reachFrom(need int32, p *presence, i int) bool {
	if need == noNeed {
		return true
	}
	n := d.needs[need]
	k := need + 1
	for range n {
		l := d.needs[k]
		ok := true
		for _, id := range d.needs[k+1 : k+1+l] {
			if !p.from(id, i) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
		k += 1 + l
	}
	return false
}
