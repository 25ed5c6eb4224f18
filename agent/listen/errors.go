package listen

import "errors"

var (
	// errBadLine is returned by parseCorpus for a line without a label and a text.
	errBadLine = errors.New("want label<TAB>text")
	// errEmptyCorpus is returned by parseCorpus when there is nothing to learn from.
	errEmptyCorpus = errors.New("empty corpus")
)
