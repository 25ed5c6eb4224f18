package understand

// Example is one labelled message for Train.
type Example struct {
	Label, Text string
}

// Train fits a classifier of its own to examples, with the same features
// and training parameters as Default, so that another part of the agent can
// learn its own labels (the occasion of a message, say) from a corpus of its
// own. Training is deterministic. examples must not be empty.
//
// The acts of formulas.go are left out: they name what a message does to
// the companion (a goodbye, thanks, a request for words), which is what
// the intent labels turn on and no part of an occasion or a tone.
func Train(examples []Example) *Classifier {
	ex := make([]example, len(examples))
	for i, e := range examples {
		ex[i] = example{label: e.Label, text: e.Text}
	}
	return newClassifier(ex, ownParams)
}

// ownParams are the parameters Train uses: Default's without the formulas.
var ownParams = func() params {
	p := defaults
	p.fw.formula = 0
	return p
}()
