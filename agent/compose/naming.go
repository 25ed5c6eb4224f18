package compose

import "regexp"

// A name given to a baby or a pet is news of the ones who gave it, and
// them only: "they christened him Felix" told of a couple is the
// recipient's news ("you christened him Felix"), and the one named keeps
// "him" or "her" (see namingVerbs in person.go).

// theyNamed is a name given by "they": the recipient and whoever they
// share the baby or the pet with.
var theyNamed = regexp.MustCompile(`(?i)^they(?:'ve| have)? (named|christened|called|nicknamed|decided to call|are calling|went with calling) ((?:him|her|them|it|the|their|both)\b.+)$`)

// namedByThem rewrites a name given by "they" to one given by the
// recipient; ok is false when c tells no such naming.
func namedByThem(c string) (string, bool) {
	m := theyNamed.FindStringSubmatch(c)
	if m == nil {
		return c, false
	}
	return "you " + m[1] + " " + m[2], true
}
