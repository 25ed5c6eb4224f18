package safety

import "testing"

// withoutIndex copies a pattern with its group indexes and word numbers
// taken out, so every phrase of every group is tried in turn and every
// word is compared by its letters.
func withoutIndex(seq []node) []node {
	out := make([]node, len(seq))
	for i, n := range seq {
		n.altIndex, n.ids = nil, nil
		if n.alts != nil {
			alts := make([][]node, len(n.alts))
			for j, a := range n.alts {
				alts[j] = withoutIndex(a)
			}
			n.alts = alts
		}
		out[i] = n
	}
	return out
}

// TestAltIndexSameMatches checks that looking a group's phrases up by
// their first word finds the same matches as trying them all, for every
// rule at every word of a sample of the tune corpus (every 12th line, to
// keep the test quick).
func TestAltIndexSameMatches(t *testing.T) {
	d := Default()
	plain := make([][]node, len(d.rules))
	for i, r := range d.rules {
		plain[i] = withoutIndex(r.seq)
	}
	lines := readCorpus(t, "tune")
	checked := 0
	for n, l := range lines {
		if n%12 != 0 {
			continue
		}
		toks := tokens(l.text, nil)
		ids := d.wordIDs(toks, nil)
		for i := range toks {
			for r := range d.rules {
				got, want := matchAt(d.rules[r].seq, nil, toks, ids, i), matchAt(plain[r], nil, toks, nil, i)
				if got != want {
					t.Fatalf("%s.txt:%d at word %d of %q: indexed match ends at %d, plain at %d",
						d.rules[r].src, d.rules[r].line, i, l.text, got, want)
				}
				if got > i {
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no rule matched anywhere in the tune corpus")
	}
}
