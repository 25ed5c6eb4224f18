package safety

import (
	"slices"
	"testing"
)

// TestReachSameMatches checks that trying only the rules whose anchors
// are in a message finds the same matches, near misses included, as
// trying every rule, on every line of the tune parts.
func TestReachSameMatches(t *testing.T) {
	d := Default()
	var all presence
	for i := range all.last {
		all.last[i] = lastCap
	}
	checked := 0
	for _, part := range tuneParts {
		if files, _ := corpusFiles(part.dir); len(files) == 0 {
			continue
		}
		for _, l := range readCorpus(t, part.dir) {
			a := d.words(l.text, nil)
			b := slices.Clone(a)
			var p presence
			d.present(a, &p)
			all.ids = d.wordIDs(b, all.ids[:0])
			var hidA, hidB []span
			lang := d.language(a)
			d.hideNearMisses(a, lang, &p, func(s span) { hidA = append(hidA, s) })
			d.hideNearMisses(b, lang, &all, func(s span) { hidB = append(hidB, s) })
			got, want := d.matches(a, &p, nil), d.matches(b, &all, nil)
			if !slices.Equal(hidA, hidB) || !slices.Equal(got, want) {
				t.Fatalf("%s %q: with anchors %v %v, without %v %v", part.dir, l.text, hidA, got, hidB, want)
			}
			checked += len(want)
		}
	}
	if checked == 0 {
		t.Fatal("no rule matched anywhere in the tune parts")
	}
}

// TestReachPrunes checks that the anchors keep a rule that needs a word
// the message lacks from being tried.
func TestReachPrunes(t *testing.T) {
	d := Default()
	var p presence
	d.present(tokens("hello there", nil), &p)
	pruned := 0
	for ps := range d.starts {
		for _, l := range d.starts[ps].byID {
			for _, s := range l {
				if s.need != noNeed && !d.reachFrom(s.need, &p, 0) {
					pruned++
				}
			}
		}
	}
	if pruned == 0 {
		t.Fatal("no rule was set aside for a message without any of its words")
	}
}

// TestGapStartsSameMatches checks that a gap that tries to end only before
// a word the slots after it can start with finds the same matches, near
// misses included, as one that tries every end, on every line of the tune
// parts.
func TestGapStartsSameMatches(t *testing.T) {
	d := Default()
	defer func() { gapStarts = true }()
	checked := 0
	for _, part := range tuneParts {
		if files, _ := corpusFiles(part.dir); len(files) == 0 {
			continue
		}
		for _, l := range readCorpus(t, part.dir) {
			var found [2][]span
			var hid [2][]span
			for k, on := range []bool{true, false} {
				gapStarts = on
				toks := d.words(l.text, nil)
				var p presence
				d.present(toks, &p)
				d.hideNearMisses(toks, d.language(toks), &p, func(s span) { hid[k] = append(hid[k], s) })
				found[k] = d.matches(toks, &p, nil)
			}
			if !slices.Equal(hid[0], hid[1]) || !slices.Equal(found[0], found[1]) {
				t.Fatalf("%s %q: with gap starts %v %v, without %v %v", part.dir, l.text, hid[0], found[0], hid[1], found[1])
			}
			checked += len(found[1])
		}
	}
	if checked == 0 {
		t.Fatal("no rule matched anywhere in the tune parts")
	}
}

// present notes the anchors with a word in toks, and numbers toks.
func (d *Detector) present(toks []string, p *presence) {
	p.ids = d.wordIDs(toks, p.ids[:0])
	d.note(toks, p)
}
