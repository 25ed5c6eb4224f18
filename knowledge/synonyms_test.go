package knowledge

import (
	"strings"
	"testing"
)

// Every entry of the synonym table must be able to do its job: a word must
// survive the stop list, a phrase must keep two words once pronouns are
// left out, and every group must have a word to expand to.
func TestSynonymEntriesUsable(t *testing.T) {
	for _, g := range synonymGroups {
		targets := 0
		for _, entry := range g {
			ws := words(strings.TrimPrefix(entry, "="))
			switch {
			case len(ws) == 0:
				t.Errorf("entry %q has no words", entry)
			case strings.HasPrefix(entry, "=") && (len(ws) != 1 || !isIndexable(ws[0])):
				t.Errorf("target-only entry %q must be one meaningful word", entry)
			case len(ws) == 1 && !isIndexable(ws[0]):
				t.Errorf("entry %q is a stop word and can never match", entry)
			case len(ws) > 1 && len(strings.Fields(phraseKey(ws))) < 2:
				t.Errorf("phrase %q keeps fewer than two words without pronouns", entry)
			}
			if len(ws) == 1 && isIndexable(ws[0]) {
				targets++
			}
		}
		if targets == 0 {
			t.Errorf("group starting %q has no single word to expand to", g[0])
		}
	}
}

func TestTargetOnlyEntriesDoNotExpand(t *testing.T) {
	// "quality" is only a target of the meaningful group: asking about
	// quality must not pull in the group's other words.
	for _, term := range expandQuery("quality") {
		if term.stem != "qualiti" {
			t.Errorf("expandQuery(quality) added %q", term.stem)
		}
	}
	found := false
	for _, term := range expandQuery("good friendship") {
		if term.stem == "qualiti" && term.weight == phraseWeight {
			found = true
		}
	}
	if !found {
		t.Errorf("expandQuery(good friendship) = %v, want qualiti at the phrase weight", expandQuery("good friendship"))
	}
}

func TestPhrasesPreferLongest(t *testing.T) {
	// "shared too much" (oversharing) must win over "too much" (boundaries).
	got := map[string]float64{}
	for _, term := range expandQuery("I shared too much") {
		got[term.stem] = term.weight
	}
	if got["overshar"] != phraseWeight {
		t.Errorf("expandQuery(I shared too much) = %v, want overshar at %v", got, phraseWeight)
	}
	if _, ok := got["boundari"]; ok {
		t.Errorf("expandQuery(I shared too much) = %v, want no boundari", got)
	}
}
