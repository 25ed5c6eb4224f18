package understand

// CorpusTexts returns the messages of the built-in corpus, every label's,
// in corpus order: everyday things people say to the companion, for a
// model elsewhere that needs examples of ordinary talk.
func CorpusTexts() []string {
	examples, err := builtinCorpus()
	if err != nil {
		// The corpus is compiled in and checked by the tests.
		panic("understand: built-in corpus: " + err.Error())
	}
	out := make([]string, len(examples))
	for i, e := range examples {
		out[i] = e.text
	}
	return out
}
