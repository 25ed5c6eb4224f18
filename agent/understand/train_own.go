package understand

// Example is one labelled message for Train.
type Example struct {
	Label, Text string
}

// Train fits a classifier of its own to examples, with the same features
// and training parameters as Default, so that another part of the agent can
// learn its own labels (the occasion of a message, say) from a corpus of its
// own. Training is deterministic. examples must not be empty.
func Train(examples []Example) *Classifier {
	ex := make([]example, len(examples))
	for i, e := range examples {
		ex[i] = example{label: e.Label, text: e.Text}
	}
	return newClassifier(ex, defaults)
}
