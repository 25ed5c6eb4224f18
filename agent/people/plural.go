package people

import "strings"

// A lowercase word shaped like the plural of a thing ("lifts", "plans",
// "drinks", "tickets", "groceries") is what a message is about, never whom
// it is for: "ask my flatmate for lifts" writes to the flatmate. Names
// that end the same way are in names.txt, and a capital still makes a
// name ("for Jens").

// pluralEnds are the endings of a regular English plural after a
// consonant, or of the plurals of words ending in -y, -ch, -sh and -x.
var pluralEnds = []string{"ts", "ks", "ps", "ds", "gs", "fs", "bs", "ms", "ns", "rs", "ls", "ws", "ies", "ches", "shes", "xes"}

// pluralThing reports whether the lowercase word w, unknown as a name,
// reads as the plural of a thing.
func pluralThing(w string) bool {
	if len(w) < 4 || firstNames[w] {
		return false
	}
	for _, end := range pluralEnds {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
