package agent

import "testing"

// TestThingToGetOneIdea checks that a present asked about is one idea for
// the draft route and the guide's answers: whatever thingToGet turns away
// from drafting, reThingAsk reads as a thing asked for, and a card or a
// message named beside the present is words to write.
func TestThingToGetOneIdea(t *testing.T) {
	for _, q := range []string{
		"what could i get my boyfriend for our anniversary",
		"xmas ideas for my brother in law? he likes fishing",
		"need a thoughtful prezzie for my neighbour who fed the cat",
		"what can i order for my dad for fathers day",
		"cute gift ideas for my gf",
		"my best friend got engaged what do i get her",
	} {
		if !thingToGet(q) {
			t.Errorf("%q: not read as a thing to get", q)
		}
		if !reThingAsk.MatchString(foldText(q)) {
			t.Errorf("%q: a thing to get, but the answers do not read it as a thing asked for", q)
		}
	}
	for _, q := range []string{
		"what should i get my mum for christmas, and can you help me write the card",
		"whats a good present and a card message for my dad",
		"what do i text my brother for his birthday",
		"my nan turns 90 on sunday",
		"what should i say to my friend whose mum died",
	} {
		if thingToGet(q) {
			t.Errorf("%q: read as a thing to get, but it asks for words", q)
		}
	}
}
