package agent

import "testing"

// TestAsksGuide checks that question marks on a statement, a doubt that
// anyone would notice, a courtesy before a story and a question whether a
// feeling is normal owned as the person's own ask the guide nothing,
// while a question asked after a feeling, with or without its mark, still
// does.
func TestAsksGuide(t *testing.T) {
	for text, want := range map[string]bool{
		"we were inseparable at school and now we speak twice a year?? no clue how that happened": false,
		"nobody i'd ring if i got good news? it hit me on the bus today":                          false,
		"if i didn't organise the dinners would they even notice?? doubt it":                      false,
		"can i tell you something? i feel really cut off from my old crowd lately":                false,
		"i feel so cut off from my old crowd. how do i get back in touch?":                        true,
		"i feel so cut off from my old crowd, should i message them first?":                       true,
		"i feel so cut off from my old crowd, any tips":                                           true,
		"lonely again tonight, is it normal to feel this way at 40?":                              true,
		"walking back from work like, i've got nobody i'd ring if something went right?":          false,
		"she moved away and we barely talk. so what now?":                                         true,
		"is it weird to feel left out by my own family? because thats literally me":               false,
		"is it normal to still feel alone after a year here? asking for me":                       false,
		"is it normal to feel alone after a move? how long does it last":                          true,
	} {
		if got := asksGuide(text); got != want {
			t.Errorf("asksGuide(%q) = %v, want %v", text, got, want)
		}
	}
}
