package compose

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"

	"github.com/companion-dev/companion/agent/understand"
)

// occasionCorpus is how people ask for a message, labelled with what the
// message is for: "label<TAB>wording", one a line, "none" where the wording
// says nothing of the occasion. A held-out part in the same folder is only
// measured (TestOccasionHeldout).
//
//go:embed testdata/occasions/tune.tsv
var occasionCorpus string

// noOccasion is the corpus label of a wording that names no occasion.
const noOccasion = "none"

var (
	occasionOnce  sync.Once
	occasionModel *understand.Classifier
)

// occasionClassifier is the classifier learned from occasionCorpus, trained
// on first use.
func occasionClassifier() *understand.Classifier {
	occasionOnce.Do(func() {
		occasionModel = understand.Train(readOccasions(occasionCorpus))
	})
	return occasionModel
}

// mayBeRequest reports whether the agent's intent classifier counts a
// request for a message among the likeliest readings of text.
func mayBeRequest(text string) bool {
	for _, s := range understand.Default().Classify(text).Ranked {
		if s.Label == understand.Draft {
			return true
		}
	}
	return false
}

// readOccasions reads a corpus in occasionCorpus's format.
func readOccasions(src string) []understand.Example {
	var out []understand.Example
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		label, text, ok := strings.Cut(sc.Text(), "\t")
		if ok && strings.TrimSpace(text) != "" {
			out = append(out, understand.Example{Label: strings.TrimSpace(label), Text: strings.TrimSpace(text)})
		}
	}
	return out
}

// learnedOccasion is the occasion the classifier reads in text and how sure
// it is; "" when it reads none, or when the agent's own classifier does not
// take text for a request for a message at all: the occasion classifier
// only ever saw such requests, so it would find an occasion in "hold off
// on Ana for a month" too.
func learnedOccasion(text string) (Occasion, float64) {
	if !mayBeRequest(text) {
		return "", 0
	}
	r := occasionClassifier().Classify(text)
	if r.Label == noOccasion || r.Label == "" {
		return "", r.Confidence
	}
	return Occasion(r.Label), r.Confidence
}

// learnedFloor is how sure the classifier must be to name an occasion the
// patterns did not find.
const learnedFloor = 0.7
