package knowledge

import "strings"

// Some words mean one thing alone and another inside a compound: "time" is
// time spent or made for someone, while "time zone" and "time difference"
// are the hours between two places. Read word by word, a question about
// friends in other time zones meets every section about making time, and
// its passage picks the sentence that says "time" most. So a compound is
// read as one word, in the guide and in questions alike, and its parts
// count only as that. An hour told in someone's own time ("4am her time",
// "2am my time") is the same distance in hours.

// compounds maps the first word of a compound to the words that may follow
// it and the one word the two make.
var compounds = map[string]map[string]string{
	"time": {"zone": "timezone", "zones": "timezones", "difference": "timezone", "differences": "timezones"},
}

// localTime is the word "time" reads as after an hour and whose time it
// is: "3am her time".
const localTime = "timezone"

// timeOwners are the words that say whose time an hour is told in.
var timeOwners = map[string]bool{"her": true, "his": true, "their": true, "my": true, "your": true, "our": true, "local": true}

// readWords is scanRawWords with each compound given as one word.
func readWords(s string, fn func(word []byte)) {
	var held []byte // a compound's first word, waiting for the next
	var out []byte
	var word, last, before []byte // the current word and the two before it
	heldLocal := false            // the held word is "time" after an hour and its owner
	flush := func() {
		if heldLocal {
			out = append(out[:0], localTime...)
			fn(out)
		} else {
			fn(held)
		}
		held, heldLocal = nil, false
	}
	scanRawWords(s, func(w []byte) {
		// The oldest buffer takes the new word, so none is allocated
		// once three are.
		before, last, word = last, word, append(before[:0], w...)
		if held != nil {
			if joined, ok := compounds[string(held)][string(word)]; ok {
				held, heldLocal = nil, false
				out = append(out[:0], joined...)
				fn(out)
				return
			}
			flush()
		}
		if _, ok := compounds[string(word)]; ok {
			held = append(held[:0:0], w...)
			heldLocal = string(word) == "time" && timeOwners[string(last)] && clockHour(string(before))
			return
		}
		fn(w)
	})
	if held != nil {
		flush()
	}
}

// clockHour reports a word that tells an hour: "4am", "11pm", "midnight".
func clockHour(w string) bool {
	if w == "midnight" || w == "noon" || w == "am" || w == "pm" {
		return true
	}
	return len(w) >= 3 && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) && w[0] >= '0' && w[0] <= '9'
}
