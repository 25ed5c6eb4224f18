package revise

// Parts is a message cut the way revisions cut it: the greeting said on
// its own ("Hi Tom!", "Dear Ms Osei,"), the sentences, and the sign-off.
// Code that trims or counts a draft's sentences reads them through Parts,
// so that there is one way to split a draft.
type Parts struct{ d draft }

// Cut splits text into its parts. recipient, when known, is a greeting on
// its own too ("Marcus, I'm so sorry").
func Cut(text, recipient string) Parts { return Parts{parse(text, recipient)} }

// Sentences are the sentences between the greeting and the sign-off, each
// with its closing mark.
func (p Parts) Sentences() []string { return append([]string(nil), p.d.body...) }

// Without puts the message back together with the sentences at the
// indexes in drop left out; greeting and sign-off stay.
func (p Parts) Without(drop map[int]bool) string {
	d := p.d
	d.body = keepExcept(d.body, drop)
	return d.String()
}
