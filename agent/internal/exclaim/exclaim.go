// Package exclaim reads a wish for a message without exclamation marks,
// however it is put and wherever it is said: in the request, at a step
// before the draft, or as a change to a draft on screen.
package exclaim

import (
	"regexp"
	"strings"
)

// mark is an exclamation mark named in words or typed.
const mark = `(?:exclamation(?:\s+(?:marks?|points?))?|!+)`

var (
	// before is the mark after what refuses it: "no !", "without
	// exclamation points", "drop the exclamations", "too many !!!".
	before = regexp.MustCompile(`(?:^|[\s,.;(])(?:no|without(?:\s+any)?|zero|none of the|no more|skip|lose|drop|remove|ditch|kill|strip(?:\s+out)?|cut(?:\s+out)?|take\s+out|get\s+rid\s+of|tone\s+down|less|fewer|not\s+(?:so|too|as)\s+many|(?:way\s+|far\s+)?too\s+many|so\s+many|hates?|can'?t\s+stand|cannot\s+stand|(?:doesn'?t|don'?t|does\s+not|do\s+not|isn'?t\s+into|not\s+into|not\s+a\s+fan\s+of)(?:\s+like)?)\s+(?:(?:all|any|of)\s+)?(?:the\s+|those\s+|these\s+|my\s+|your\s+)?` + mark + `(?:\s|$|[,.;)?])`)
	// after is the mark before what sends it away: "exclamation marks
	// out", "the !!! are too much", "take the exclamations out".
	after = regexp.MustCompile(`(?:^|\s)(?:take\s+(?:out\s+)?)?(?:the\s+)?` + mark + `\s+(?:out|off|gone|away|less|(?:are|is)\s+(?:too\s+much|a\s+bit\s+much|a\s+lot|annoying|over\s+the\s+top|too\s+loud))(?:\s|$|[,.;!?])`)
	// shouty is the mark's loudness, said as a feel: "less shouty", "a
	// bit shouty", "not so yelly".
	shouty = regexp.MustCompile(`\b(?:less|not\s+so|not\s+as|not\s+too|not|too|way\s+too|a\s+bit|bit|kinda|kind\s+of|sounds|so|very|really|quite)\s+(?:shouty|yelly)\b|\bless\s+(?:shouting|yelling)\b|\bstop\s+(?:shouting|yelling)\s+(?:at\s+)?(?:them|him|her|me)?\s*$`)
	// bare is a short message that only names the mark: "exclamation
	// marks", "the !!!s".
	bare = regexp.MustCompile(`(?:^|\s)` + mark)
	// more asks for them instead: "add an exclamation mark", "more !!".
	more = regexp.MustCompile(`^(?:pls |please |and |can you |could you )*(?:add|more|put|keep|use|with|some|an?\s+extra|extra|one more)\b`)
)

// spelling folds the ways "exclamation" is typed.
var spelling = strings.NewReplacer("exclamations", "exclamation", "exclaimation", "exclamation",
	"exclamaition", "exclamation", "exclemation", "exclamation", "exclamtion", "exclamation", "’", "'")

// Unwanted reports whether text asks for no exclamation marks: said
// anywhere in it as a refusal ("and no exclamation marks please",
// "without the !!!", "less shouty"), or as the whole of a short message
// that names them ("exclamation marks", "too many !!!"). A message
// asking for more of them ("add an exclamation mark") never is.
func Unwanted(text string) bool {
	t := spelling.Replace(strings.ToLower(strings.TrimSpace(text)))
	if more.MatchString(t) {
		return false
	}
	if before.MatchString(t) || after.MatchString(t) || shouty.MatchString(t) {
		return true
	}
	return len(strings.Fields(t)) <= 4 && bare.MatchString(t) && !onlyMarks(t)
}

// onlyMarks reports a message of marks alone, a reaction rather than a
// request: "!!!".
func onlyMarks(t string) bool {
	return strings.Trim(t, "! ") == ""
}
