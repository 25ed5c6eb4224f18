// Package listen reads what a person says in answer to a reflection
// question: the feeling or the point in it (grief, embarrassment, pride,
// worry, tiredness, loneliness, guilt, relief, gratitude, missing someone…),
// and whether it discloses something heavy (a death, an illness, a breakup,
// "I don't tell people when I'm struggling").
//
// The feeling is learned, not written: a multinomial logistic regression
// over hashed words, word pairs and character triples, plus a small lexicon
// of cue words (cues.go) so that a word the corpus never saw ("widowed",
// "gutted") still counts. It learns from testdata/tune.tsv, compiled into
// the binary, the first time Feel is called (about 0.1 s); training
// is deterministic, and so is every answer. testdata/heldout.tsv was written
// before the classifier and is only read by TestHeldout, which reports the
// accuracy on it.
//
// The package also cleans the person's words for speaking back: fillers
// off ("lol", "idk", "tbh", "i guess"), first person turned to second, cut
// only at sentence or clause ends (clean.go), and finds the next step the
// person named, "call her this sunday", with who and when (step.go).
package listen
