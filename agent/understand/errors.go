package understand

import "errors"

// errCorpusLine is returned by readCorpus for a line that is not
// "label<TAB>text".
var errCorpusLine = errors.New("corpus line is not label<TAB>text")

// errEmptyCorpus is returned by readCorpus when no file holds a message.
var errEmptyCorpus = errors.New("corpus has no messages")
