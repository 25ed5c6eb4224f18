package safety

import (
	"flag"
	"strings"
	"testing"
)

var onlyFiles = flag.String("only", "", "with -run TestOnly: measure the tune parts with the situation rules of these lexicon files alone (comma-separated, \"en.sentence,de.sentence\"), near misses and subjects kept from all")

// TestOnly measures what some lexicon files catch on their own (-only):
// how far rules that name concepts reach without the lines that name
// wordings.
func TestOnly(t *testing.T) {
	if *onlyFiles == "" {
		t.Skip("-only not set")
	}
	keep, langs := map[string]bool{}, map[string]bool{}
	for _, f := range strings.Split(*onlyFiles, ",") {
		keep[f] = true
		lang, _, _ := strings.Cut(f, ".")
		langs[lang] = true
	}
	full := Default()
	var lx []*lexicon
	byLang := map[string]*lexicon{}
	for _, r := range full.rules {
		if r.kind <= kindMedical && !keep[r.src] {
			continue
		}
		l := byLang[r.lang]
		if l == nil {
			l = &lexicon{lang: r.lang}
			byLang[r.lang] = l
			lx = append(lx, l)
		}
		l.rules = append(l.rules, r)
	}
	d := newDetector(lx)
	d.common, d.langs = full.common, full.langs
	d.fuzzy = full.fuzzy
	total := 0
	for _, p := range tuneParts {
		if files, _ := corpusFiles(p.dir); len(files) == 0 {
			continue
		}
		var c, caught, s, flagged int
		for _, l := range readCorpus(t, p.dir) {
			if !langs[l.lang] {
				continue
			}
			r := d.Detect(l.text)
			if *showMisses && r.Crisis() != l.crisis {
				t.Logf("%s %s %s: %s", p.dir, l.lang, l.situation, l.text)
			}
			if l.crisis {
				c++
				if r.Crisis() {
					caught++
				}
			} else {
				s++
				if r.Crisis() {
					flagged++
				}
			}
		}
		t.Logf("%s: recall %.3f (%d/%d), false positives %.3f (%d/%d)", p.dir, ratio(caught, c), caught, c, ratio(flagged, s), flagged, s)
		total += caught
	}
	if total == 0 {
		t.Errorf("the rules of %s caught no crisis line: is a file name wrong?", *onlyFiles)
	}
}
