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
	{"feel closer to", "You'd like to feel closer to {x}."},
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
	line = ownHabits(line)
	body := strings.TrimRight(strings.TrimSpace(line), ".!?;, ")
	t := strings.ToLower(q.Text)
	if m := reYesNoLead.FindStringSubmatch(body); m != nil {
		// "Yes, your sister calls during dinner": the yes answers the
		// question's "is there…"; the rest is what was said.
		body = upFirst(m[1])
		line = body + "."
		if (len(strings.Fields(body)) > 3 || !fragment(body)) && !gerundOpen(body) && !reQuantityOpen.MatchString(body) {
			// "Your sister calls during dinner every night.": what
			// follows a yes is most often a clause of its own; "yes
			// linkedin" is a few words for the stem.
			return line
		}
	}
	if that, ok := thatClause(t, body); ok {
		// "That you're there when it counts": what the question asked
		// for, said as a whole sentence.
		return that
	}
	numberOpen := reDigitOpen.MatchString(body)
	if head, rest, ok := strings.Cut(body, ", "); ok && !numberOpen && fragment(head) && len(strings.Fields(head)) <= fragmentMax && clauseRest(rest) {
		// "a long walk with your sister on Tuesday, she made you laugh":
		// the few words read with the question, the clause after them
		// kept as it came.
		if lead := wholeSentence(q, head+".", names); lead != head+"." && strings.HasSuffix(lead, ".") {
			if reHabitOpen.MatchString(rest) {
				// "never post those": the person's own habit.
				rest = "you " + rest
			}
			return strings.TrimSuffix(lead, ".") + "; " + rest + "."
		}
	}
	if !numberOpen && (body == "" || len(strings.Fields(body)) > fragmentMax || !fragment(body)) {
		return yesNoComma(line)
	}
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
		return strings.ReplaceAll(f.stem, "{x}", reHoliday.ReplaceAllStringFunc(reDayName.ReplaceAllStringFunc(x, upFirst), func(h string) string {
			return holidays[strings.ToLower(h)]
		}))
	}
	if numberOpen {
		// "90% scrolling, 10% talking" with no stem for its question:
		// a sentence never opens on a figure.
		return "It's " + body + "."
	}
	return yesNoComma(line)
}

// clauseRest reports whether the rest of a line, after a first part of a
// few words, is a clause of its own ("she made you laugh", "group chats
// drain you") rather than more of the same list ("and where you live").
func clauseRest(rest string) bool {
	if reJoinOpen.MatchString(rest) || fragment(rest) {
		return false
	}
	for _, part := range strings.Split(rest, ", ")[1:] {
		if fragment(part) || reJoinOpen.MatchString(part) {
			// "she raised you, and your best friend Tariq": the list
			// goes on after the clause, so the line is one list.
			return false
		}
	}
	return reSubjectIn.MatchString(rest) || rePronounOpen.MatchString(rest) || reFiniteVerb.MatchString(rest) ||
		reHabitOpen.MatchString(rest)
}

// reJoinOpen opens a part that carries on the list or the clause before
// it: "and where you live", "which is sad".
var reJoinOpen = regexp.MustCompile(`(?i)^(?:and|or|but|so|which|where|when|who|that|because|if|then|plus|also|like|as|with|without|for)\b`)

// holidays spells the days of the year a summary names with a capital.
var holidays = map[string]string{"christmas": "Christmas", "easter": "Easter", "diwali": "Diwali", "eid": "Eid",
	"hanukkah": "Hanukkah", "ramadan": "Ramadan", "thanksgiving": "Thanksgiving", "passover": "Passover", "halloween": "Halloween"}

// reHoliday finds one of holidays, however it was typed.
var reHoliday = regexp.MustCompile(`(?i)\b(?:christmas|easter|diwali|eid|hanukkah|ramadan|thanksgiving|passover|halloween)\b`)

// reDigitOpen opens a line on a figure ("90% scrolling", "4 people"): no
// sentence opens so, whatever verbs follow, so the line is read with its
// question's stem.
var reDigitOpen = regexp.MustCompile(`^[0-9]`)

// fragment reports whether every comma-separated part of body is a few
// words with no subject or verb: "a close friend, someone local", "sunday
// night, nothing specific".
func fragment(body string) bool {
	for _, part := range strings.Split(body, ",") {
		part = strings.TrimSpace(part)
		if part == "" || rePronounOpen.MatchString(part) {
			return false
		}
		if gerundOpen(part) && !reSubjectIn.MatchString(reObjectPronoun.ReplaceAllString(part, " ")) {
			// "seeing old friends all engaged and buying houses": a
			// doing with no one doing it, whatever verbs follow.
			continue
		}
		if reQuantityOpen.MatchString(part) || reWhoNoun.MatchString(part) {
			// "a few you can tell anything": how many, with what they
			// are for.
			continue
		}
		if reFiniteVerb.MatchString(part) || reSubjectIn.MatchString(part) || reSomeoneDoes.MatchString(part) ||
			reHabitOpen.MatchString(part) {
			return false
		}
	}
	return true
}

// reHabitPart is a part after a comma that tells the person's own habit
// with its subject left out ("…, never share those"); reWaitForEnd is
// whom the person waits for said last ("my old team i wait for").
var (
	reHabitPart  = regexp.MustCompile(`(?i), ((?:never|always|rarely|seldom|usually|don't|dont|won't|wont) (?:share|post|tell|say|reply|answer|call|text|message|check|go|ask|put|show|talk|read|open|let|give|send|use|mention)\b)`)
	reWaitForEnd = regexp.MustCompile(`(?i)\b(you|they) wait for([.!?]*)$`)
)

// ownHabits gives a habit told with its subject left out its "you", and
// says whom the person waits for without ending on "for".
func ownHabits(line string) string {
	line = reHabitPart.ReplaceAllString(line, "; you $1")
	return reWaitForEnd.ReplaceAllString(line, "$1 wait to hear from$2")
}

// reHabitOpen opens a part on how often the person does something, its
// subject left out: "never post those", "always check first". It is a
// clause of the person's, said back with "you".
var reHabitOpen = regexp.MustCompile(`(?i)^(?:never|always|rarely|seldom|usually|often|sometimes|don't|dont|won't|wont) [a-z]{2,}`)

// reGerundOpen opens a part on a word ending as a doing does, after an
// optional hedge: "seeing", "mostly scrolling".
var reGerundOpen = regexp.MustCompile(`(?i)^(?:just |mostly |probably |honestly |maybe )?([a-z]{2,}ing)\b`)

// gerundOpen reports a part that opens on a doing: "seeing", "scrolling",
// "being left out". Words that only end like one are not: "nothing",
// "morning", "wedding".
func gerundOpen(part string) bool {
	m := reGerundOpen.FindStringSubmatch(part)
	return m != nil && !notGerund[strings.ToLower(m[1])]
}

// notGerund are words ending in -ing that are things, not doings.
var notGerund = map[string]bool{"nothing": true, "something": true, "anything": true, "everything": true, "morning": true,
	"evening": true, "thing": true, "king": true, "ring": true, "spring": true, "sibling": true, "wedding": true,
	"ceiling": true, "darling": true, "during": true, "building": true, "feeling": true, "string": true, "bring": true,
	"sing": true, "swing": true, "sting": true, "wing": true, "being": true, "duckling": true, "pudding": true}

// reQuantityOpen opens a part on how many people: "a few", "a handful",
// "both", "lots of".
var reQuantityOpen = regexp.MustCompile(`(?i)^(?:a few|few|a couple|a handful|a small group|a small circle|a mix|both|lots of|loads of|plenty of|one or two|two or three)\b`)

// reSomeoneDoes is someone of the person's doing something, a clause
// though no verb list knows its verb: "your flatmate plays music at
// midnight", "his mum texts every hour".
var reSomeoneDoes = regexp.MustCompile(`(?i)^(?:your|his|her|their|our) (?:[a-z]+ ){0,2}[a-z]+[^s']s [a-z]+ [a-z]+`)

// reObjectPronoun is a pronoun after a word that makes it the object:
// "without you", "at them" are no one doing the doing.
var reObjectPronoun = regexp.MustCompile(`(?i)\b(?:without|with|to|for|at|of|about|from|like|than|on|behind|around|near|after|before|past) (?:you|him|her|them|us)\b`)

// reWhoNoun is someone described by what they do: "someone who gets it",
// "people that share a hobby", "a friend to call at 2am".
var reWhoNoun = regexp.MustCompile(`(?i)^(?:a|an|one|some|someone|somebody|people|friends|anyone|a friend|a person|the kind of (?:person|friend|people))(?: [a-z]+){0,2} (?:who|that|to|i can|you can|i could|you could)\b`)

// reYesNoLead is a yes opening a clause that says more: "yes, my sister
// calls during dinner", "yes linkedin". A no stays: it is part of what
// was said.
var reYesNoLead = regexp.MustCompile(`^(?i:yes|yeah|yep|yup|definitely|for sure|oh yes|oh yeah)[,.!]* +(.{3,})$`)

// thatStems say, for a question, how an answer given as a "that" clause
// ("that you're reliable") reads as a whole sentence.
var thatStems = []struct{ q, stem string }{
	{"hope a friend would say", "You hope a friend would say {x}."},
	{"what they mean to you", "You'd like them to know {x}."},
}

// thatClause makes a summary line that opens on "That" a whole sentence
// with its question's stem: "That you're there when it counts." gives
// "You hope a friend would say you're there when it counts."
func thatClause(q, body string) (string, bool) {
	rest, ok := strings.CutPrefix(body, "That ")
	if !ok {
		rest, ok = strings.CutPrefix(body, "that ")
	}
	if !ok || !reSubjectIn.MatchString(rest) {
		return "", false
	}
	for _, f := range thatStems {
		if strings.Contains(q, f.q) {
			return strings.ReplaceAll(f.stem, "{x}", rest), true
		}
	}
	return "", false
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
	if namesIn(w, names) || reDayName.MatchString(strings.ToLower(w)) || holidays[strings.ToLower(w)] != "" {
		return true
	}
	for _, n := range spaceNames {
		if n == w {
			return true
		}
	}
	return false
}
