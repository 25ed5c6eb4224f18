package knowledge

import "testing"

// TestPassageNeverOpensOnALink checks that an answer never starts with the
// linking word of a paragraph that follows on from another ("Then speak
// for yourself…"), while words that point at something stay for leansBack
// to step back from.
func TestPassageNeverOpensOnALink(t *testing.T) {
	for in, want := range map[string]string{
		"Then speak for yourself rather than accusing.": "Speak for yourself rather than accusing.",
		"So start small, with one message.":             "Start small, with one message.",
		"Also, keep it short.":                          "Keep it short.",
		"They can feel left out.":                       "They can feel left out.",
		"Thenceforth nothing.":                          "Thenceforth nothing.",
		"Then":                                          "Then",
	} {
		if got := withoutLink(in); got != want {
			t.Errorf("withoutLink(%q) = %q, want %q", in, got, want)
		}
	}
	sents := []sentence{
		{text: "Try to understand their side first.", para: 0, stems: []string{"understand", "side"}},
		{text: "Then speak for yourself rather than accusing.", para: 1, stems: []string{"speak", "accus"}},
	}
	if got := passageFrom(sents, map[string]float64{"speak": 1, "accus": 1}); got != "Speak for yourself rather than accusing." {
		t.Errorf("passage = %q, want the matching paragraph without its link", got)
	}
}
