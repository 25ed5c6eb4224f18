package understand

import "testing"

func TestCorpusTextsAreTheCorpusMessages(t *testing.T) {
	texts := CorpusTexts()
	ex, err := builtinCorpus()
	if err != nil || len(texts) != len(ex) || len(texts) < 1000 {
		t.Fatalf("%d texts for %d lines (%v)", len(texts), len(ex), err)
	}
	for i, e := range ex {
		if texts[i] != e.text {
			t.Fatalf("line %d: %q, want %q", i, texts[i], e.text)
		}
	}
}
