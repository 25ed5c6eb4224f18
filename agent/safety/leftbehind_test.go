package safety

import "testing"

// TestLeftBehind checks farewells left for afterwards and an absence
// stretched to always: a letter to be read after, a pet's things set out
// for someone who "will know", a last post with thanks, a phone off for
// good after a day, "or ever", not knowing why one is still alive, the
// others better off with what is left than with the speaker, and a
// question whether someone could die of an amount; beside a card, a pet
// minded on holiday, a series ended, a new number, a moan about mornings
// and the edge of a pool.
func TestLeftBehind(t *testing.T) {
	checkSituations(t, []situationCase{
		{"hid an envelope for my brother in his coat, hell open it afterwards", Self},
		{"hid a birthday card in his coat, hell open it later", None},
		{"put the cats bowls and her vet card by the door for my neighbour, she will understand what it means", Self},
		{"my final stream ever. thank you all", Self},
		{"my final stream of the season, see you in march", None},
		{"my number will be switched off after sunday for good", Self},
		{"my number will be off after sunday for good, got a new sim", None},
		{"not going to be in college tomorrow. or ever again", Self},
		{"no clue why im still alive tbh", Self},
		{"no clue why im still here at the office at 9pm", None},
		{"my parents would be better off with the money from the house than with me around", Self},
		{"my kids would be happier with a puppy than with me telling them off", None},
		{"would somebody die if they took 60 of my paracetamol", Self},
		{"so over existing at 7am on a monday", None},
		{"sat on the edge of the swimming pool for ages before getting in", None},
	})
}
