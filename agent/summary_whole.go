package agent

import (
	"regexp"
	"strings"
)

// A reflection answer is often a few words with no verb in them ("time
// zones mostly", "reddit arguments", "any time"): said back alone in the
// summary, it is a fragment, "• Nerves." wholeSentence makes it a whole
// sentence with the question it answered, "What gets in the way is
// nerves." Answers that are sentences already are left as they are.

// fragmentStems say, for a question, how a few words answering it read as
// a sentence: "{x}" is the words, lowercased unless a name opens them.
// Keyed by words of the question, so that a question reworded loses its
// stem rather than gets a wrong one.
var fragmentStems = []struct{ q, stem string }{
	{"biggest difference", "The connection that would make the biggest difference is {x}."},
	{"feeling really understood", "What left you feeling understood was {x}."},
	{"wider circle", "You'd like {x}."},
	{"leave you with energy", "You find energy in {x}."},
	{"get in the way", "What gets in the way is {x}."},
	{"scrolling and liking", "Your time online goes on {x}."},
	{"keep private online", "You keep {x} private online."},
	{"happy to be reached", "You're happy to be reached {x}."},
	{"feeling worse afterwards", "What leaves you feeling worse is {x}."},
	{"limit you'd like", "The limit you'd like known is {x}."},
	{"left you feeling good", "A good moment this week was {x}."},
	{"felt alone", "A moment you felt alone was {x}."},
	{"drain you or leave you comparing", "What drained you online was {x}."},
	{"beyond catching up", "The last talk that went deeper was {x}."},
	{"how honest", "How honest you are about your ups and downs: {x}."},
	{"what they mean to you", "You'd like them to know {x}."},
	{"comfortable with", "You find out what people are comfortable with by {x}."},
	{"read and answer it", "When a friend writes something long, you {x}."},
	{"follow up with", "Who you follow up with: {x}."},
	{"reach out to this week", "This week's reaching out: {x}."},
	{"one small", "One small thing you'd like to do: {x}."},
}

// fragmentMax is the most words a fragment made whole may have.
const fragmentMax = 10

// reSubjectOpen opens a clause on who does something: it is a sentence.
var reSubjectOpen = regexp.MustCompile(`(?i)^(?:you|you're|you've|you'd|you'll|i|i'm|he|she|they|we|it|it's|there|there's|that's|he's|she's|they're|we're|nobody|no one|everyone|someone|people)\b`)

// reFiniteVerb is a verb that makes a few words a clause.
var reFiniteVerb = regexp.MustCompile(`(?i)\b(?:is|are|was|were|am|has|have|had|do|does|did|don't|didn't|doesn't|can|can't|could|will|won't|would|should|made|makes|make|got|gets|get|feel|feels|felt|said|says|told|tells|went|goes|came|comes|keep|keeps|kept|love|loves|want|wants|need|needs|like|likes|know|knows|think|thinks|\w+ed)\b`)

// wholeSentence is line, a clause of the answer to q ready for the
// summary, made a whole sentence when it is a few words with no verb; else
// line as it is.
func wholeSentence(q Question, line string, names []string) string {
	body := strings.TrimRight(strings.TrimSpace(line), ".!?;, ")
	if body == "" || len(strings.Fields(body)) > fragmentMax || !fragment(body) {
		return yesNoComma(line)
	}
	t := strings.ToLower(q.Text)
	for _, f := range fragmentStems {
		if !strings.Contains(t, f.q) {
			continue
		}
		if reNegativeOpen.MatchString(body) && !strings.Contains(f.stem, ": {x}") {
			// "not since his fall" carries no "was": said as it came.
			return yesNoComma(line)
		}
		x := body
		if first, _, _ := strings.Cut(x, " "); !properWord(strings.Trim(first, ",.'s"), names) {
			// Capitalised only because it opened the line.
			x = strings.ToLower(x[:1]) + x[1:]
		}
		lead, _, _ := strings.Cut(f.stem, "{x}")
		if ws := strings.Fields(lead); len(ws) > 0 {
			// "You find energy in" + "in person": the word said once.
			x = strings.TrimPrefix(x, ws[len(ws)-1]+" ")
			if strings.HasPrefix(x, ws[len(ws)-1]+" ") {
				x = strings.TrimPrefix(x, ws[len(ws)-1]+" ")
			}
		}
		return strings.ReplaceAll(f.stem, "{x}", reDayName.ReplaceAllStringFunc(x, upFirst))
	}
	return yesNoComma(line)
}

// fragment reports whether every comma-separated part of body is a few
// words with no subject or verb: "a close friend, someone local", "sunday
// night, nothing specific".
func fragment(body string) bool {
	for _, part := range strings.Split(body, ",") {
		part = strings.TrimSpace(part)
		if part == "" || rePronounOpen.MatchString(part) || reFiniteVerb.MatchString(part) || reSubjectIn.MatchString(part) {
			return false
		}
	}
	return true
}

// rePronounOpen opens a clause on a pronoun; "someone local" is still a
// fragment.
var rePronounOpen = regexp.MustCompile(`(?i)^(?:you|you're|you've|you'd|you'll|i|i'm|he|she|they|we|it|it's|there|there's|that's|he's|she's|they're|we're)\b`)

// reSubjectIn is a subject pronoun anywhere in a part: "if I'm honest",
// "nope you just stay home" are clauses.
var reSubjectIn = regexp.MustCompile(`(?i)\b(?:i|i'm|you|you're|you've|he|she|they|we|he's|she's|they're|we're)\b`)

// reNegativeOpen opens a fragment that says no, which no stem can carry:
// "not since his fall".
var reNegativeOpen = regexp.MustCompile(`(?i)^(?:not|no|never|nothing|none|nobody|no one)\b`)

// reYesNoOpen is a yes or a no run into what follows it: "No you stayed
// off it".
var reYesNoOpen = regexp.MustCompile(`^(No|Nope|Nah|Yes|Yeah|Yep)( (?:you|it|not|they|we|he|she|there|just|never|always)\b)`)

// yesNoComma puts the comma after an opening yes or no that has none.
func yesNoComma(line string) string {
	return reYesNoOpen.ReplaceAllString(line, "$1,$2")
}

// properWord reports whether w is spelled with a capital wherever it
// stands: a name the answers hold, a place online ("Facebook"), a day.
func properWord(w string, names []string) bool {
	if namesIn(w, names) || reDayName.MatchString(strings.ToLower(w)) {
		return true
	}
	for _, n := range spaceNames {
		if n == w {
			return true
		}
	}
	return false
}
