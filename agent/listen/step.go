package listen

import (
	"slices"
	"strings"
)

// Step is a next step the person named themselves: "call her this sunday i
// guess" after speaking of their grandma.
type Step struct {
	// Phrase is the step in the person's words, in the second person, with
	// "her" or "him" replaced by who is meant and the time tidied: "call
	// Grandma on Sunday".
	Phrase string
	// With is who the step is with; Named is false for a relation that
	// cannot open a message ("your cousin").
	With Mention
	// Verb is the step's action in a word or two that takes who it is with
	// after it: "call", "write to", "meet".
	Verb string
	// When is the time the person named ("on Sunday", "tomorrow", "this
	// weekend"), or empty.
	When string
}

// actionVerbs start a step with someone; the value is how the step says
// the verb back ("ring" becomes "call").
var actionVerbs = map[string]string{
	"call": "call", "ring": "call", "phone": "call", "telephone": "call", "facetime": "FaceTime", "text": "text", "message": "message",
	"msg": "message", "dm": "message", "write": "write", "email": "email", "visit": "visit", "see": "see",
	"meet": "meet", "invite": "invite", "send": "send", "tell": "tell", "ask": "ask", "thank": "thank",
	"hug": "hug", "contact": "contact", "reach": "reach", "check": "check", "catch": "catch", "talk": "talk",
	"speak": "speak", "apologise": "apologise", "apologize": "apologise", "take": "take", "treat": "treat",
	"reply": "reply", "answer": "answer", "draft": "write",
}

// actionNouns are steps said as a thing ("a voice note to my cousin"); the
// value is the verb the step gets when the person gave none.
var actionNouns = map[string]string{
	"call": "have", "chat": "have", "message": "send", "text": "send", "letter": "send", "note": "send",
	"card": "send", "email": "send", "coffee": "have", "lunch": "have", "dinner": "have", "drink": "have",
	"walk": "go for", "visit": "pay",
}

// countNouns are actionNouns said with "a" before them.
var countNouns = map[string]bool{"call": true, "chat": true, "message": true, "text": true, "letter": true, "note": true,
	"card": true, "email": true, "drink": true, "walk": true, "visit": true}

// linkWords may come between a verb and who it is with: "write to", "catch
// up with", "reach out to".
var linkWords = map[string]bool{"to": true, "with": true, "up": true, "out": true, "in": true, "on": true,
	"round": true, "over": true, "back": true}

// weekdays and their names written out.
var weekdays = map[string]string{"monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday",
	"thursday": "Thursday", "friday": "Friday", "saturday": "Saturday", "sunday": "Sunday", "mon": "Monday",
	"tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "thurs": "Thursday",
	"fri": "Friday", "sat": "Saturday", "sun": "Sunday"}

// FindStep looks through the answers, last first, for a step with someone
// the person named: an action ("call", "text", "write", "visit"…) and who it
// is with. names are the personal names found in the answers. "her", "him"
// and "them" are resolved against the people the answers spoke of; a step
// whose person stays unclear is not a step.
func FindStep(answers []string, names []string) (Step, bool) {
	var people []Mention
	for _, a := range answers {
		for _, m := range Mentions(a, names) {
			if !slices.ContainsFunc(people, func(p Mention) bool { return strings.EqualFold(p.Who, m.Who) }) {
				people = append(people, m)
			}
		}
	}
	for i := len(answers) - 1; i >= 0; i-- {
		// "wait for Sam to text first. maybe text him": "him" is first
		// someone the same answer spoke of.
		own := Mentions(answers[i], names)
		for _, clause := range stepClauses(answers[i]) {
			if len(own) > 0 {
				if s, ok := stepIn(clause, names, own); ok {
					s.Phrase = Proper(s.Phrase, names)
					return s, true
				}
			}
			if s, ok := stepIn(clause, names, people); ok {
				// "send kwame a voice note", Kwame named before.
				s.Phrase = Proper(s.Phrase, names)
				return s, true
			}
		}
	}
	return Step{}, false
}

// stepClauses splits an answer into clauses, fillers dropped, at sentence
// ends and at "but", "because", "so".
func stepClauses(answer string) [][]token {
	var out [][]token
	var cur []token
	for _, t := range dropFillers(tokenize(answer)) {
		w := strings.ToLower(t.word)
		if w == "but" || w == "because" || w == "so" || w == "although" {
			out, cur = append(out, cur), nil
			continue
		}
		cur = append(cur, t)
		if strings.ContainsAny(t.tail, ".!?;") {
			out, cur = append(out, cur), nil
		}
	}
	return append(out, cur)
}

// stepIn finds a step in one clause.
func stepIn(toks []token, names []string, people []Mention) (Step, bool) {
	for i, t := range toks {
		w := strings.ToLower(t.word)
		_, isVerb := actionVerbs[w]
		noun, isNoun := actionNouns[w]
		if !isVerb && !isNoun || i > 0 && habitWords[strings.ToLower(toks[i-1].word)] || toldHabit(toks, i) || untaken(toks, i) {
			continue
		}
		j := i + 1
		// "send Dorothy a letter", "write to Bea", "have a call with Dev".
		for j < len(toks) && j <= i+3 && (linkWords[strings.ToLower(toks[j].word)] ||
			(isVerb && (strings.EqualFold(toks[j].word, "a") || actionNouns[strings.ToLower(toks[j].word)] != "" ||
				strings.EqualFold(toks[j].word, "voice")))) && toks[j-1].tail == "" {
			j++
		}
		if j >= len(toks) || toks[j-1].tail != "" && toks[j-1].tail != "'s" {
			continue
		}
		with, n, ok := objectAt(toks, j, names, people)
		if !ok && isVerb {
			// "write a long letter to irene", "send a silly photo to
			// kwame": what is sent, then to whom.
			j, with, n, ok = toWhomAfter(toks, i, names, people)
		}
		if !ok {
			continue
		}
		start := i
		prefix := ""
		if !isVerb || (i > 0 && actionVerbs[strings.ToLower(toks[i-1].word)] == "" && isNoun && j > i+1) {
			// A noun: keep an article or verb just before it ("plan a call").
			start, prefix = nounStart(toks, i, noun)
		}
		s := buildStep(toks, start, prefix, j, n, with)
		s.Verb = stepVerb(toks, i)
		return s, true
	}
	return Step{}, false
}

// toWhomAfter finds "to" and who it is, a few words after the verb at i
// within the same clause: "draft a proper thank you to Malik".
func toWhomAfter(toks []token, i int, names []string, people []Mention) (int, Mention, int, bool) {
	for k := i + 1; k < len(toks)-1 && k <= i+6; k++ {
		if toks[k-1].tail != "" {
			break
		}
		if !strings.EqualFold(toks[k].word, "to") || toks[k].tail != "" {
			continue
		}
		if with, n, ok := objectAt(toks, k+1, names, people); ok {
			return k + 1, with, n, true
		}
		break
	}
	return 0, Mention{}, 0, false
}

// nounStart moves back over "a" and one verb before a noun ("plan a call"),
// or gives the verb the step needs when there is none.
func nounStart(toks []token, i int, verb string) (int, string) {
	k := i
	if k > 0 && (strings.EqualFold(toks[k-1].word, "a") || strings.EqualFold(toks[k-1].word, "voice")) {
		k--
	}
	if k > 0 && strings.EqualFold(toks[k].word, "voice") && k > 0 && strings.EqualFold(toks[k-1].word, "a") {
		k--
	}
	if k > 0 && !stepLead[strings.ToLower(toks[k-1].word)] && toks[k-1].tail == "" {
		return k - 1, ""
	}
	if countNouns[strings.ToLower(toks[i].word)] && !strings.EqualFold(toks[k].word, "a") {
		// "voice note to tomás" is sent as "a voice note".
		return k, verb + " a"
	}
	return k, verb
}

// stepLead are words before a step that are not part of it.
var stepLead = wordList(`i i'll ill i'd id i'm im could would will should might can maybe probably perhaps
just to and or like want wanna gonna going try trying hope hoping need needs definitely
me you we`)

// objectAt reads who the step is with at toks[j].
func objectAt(toks []token, j int, names []string, people []Mention) (Mention, int, bool) {
	w := strings.ToLower(toks[j].word)
	switch w {
	case "her", "him", "them":
		m, ok := resolve(w, people)
		return m, 1, ok
	}
	if m, n, ok := mentionAt(toks, j, names); ok {
		return m, n, true
	}
	return Mention{}, 0, false
}

// resolve finds who "her", "him" or "them" is among the people spoken of:
// the last one the words make female or male, or the only one spoken of.
func resolve(pronoun string, people []Mention) (Mention, bool) {
	want := map[string]byte{"her": 'f', "him": 'm'}[pronoun]
	if want != 0 {
		for i := len(people) - 1; i >= 0; i-- {
			if people[i].Gender == want {
				return people[i], true
			}
		}
	}
	var unsure []Mention
	for _, p := range people {
		if p.Gender == 0 {
			unsure = append(unsure, p)
		}
	}
	if len(people) == 1 {
		// "them" is not one person the words make a man or a woman
		// ("my dad", then "i just ask them").
		if pronoun == "them" && people[0].Gender != 0 {
			return Mention{}, false
		}
		return people[0], true
	}
	if want != 0 && len(unsure) == 1 {
		return unsure[0], true
	}
	return Mention{}, false
}

// buildStep writes the step: the words from start, who it is with in place
// of the words at [obj, obj+n), the rest of the clause up to a few words,
// and the time.
func buildStep(toks []token, start int, prefix string, obj, n int, with Mention) Step {
	var out []string
	if prefix != "" {
		out = append(out, prefix)
	}
	for k := start; k < obj; k++ {
		out = append(out, stepWord(toks[k].word))
	}
	out = append(out, with.Ref)
	if last := obj + n - 1; last < len(toks) && (toks[last].tail == "'s" || toks[last].tail == "’s") {
		// "reply to yuki's long message": the message is hers.
		out[len(out)-1] += "'s"
	}
	when, used := timeIn(toks)
	tail := 0
	cut, placed := false, false
	asking := actionVerbs[strings.ToLower(toks[start].word)] == "ask"
	end := len(toks)
	if last := obj + n - 1; last < len(toks) && strings.ContainsAny(toks[last].tail, ",.;!?") {
		// "reply to amara, i've been ignoring her": what comes after the
		// comma is the story, not the step.
		end = obj + n
	}
	for k := obj + n; k < end; k++ {
		if used[k] {
			if when != "" && !placed && tail > 0 && k+1 < len(toks) && !used[k+1] {
				// "send dev a meme on friday and ask mara…": the time
				// stays with the part it was said of.
				out = append(out, when)
				placed = true
			}
			if strings.ContainsAny(toks[k].tail, ",.;!?") {
				// "ring my granny on sunday, i keep saying i will": the
				// step ends with its time.
				break
			}
			continue
		}
		w := strings.ToLower(toks[k].word)
		if (w == "this" || w == "next" || w == "on" || w == "at" || w == "and") && k+1 < len(toks) && used[k+1] {
			// "on sunday", "at 5": the time is said once, at the end;
			// "snapping at her" keeps its "at".
			continue
		}
		if stepStops[w] && !(asking && (w == "if" || w == "whether")) {
			// "text her if i have time": what follows is a condition;
			// after "ask", "if" says what is asked.
			break
		}
		if v := actionVerbs[w]; v != "" {
			asking = v == "ask" || v == "check"
		}
		if putDowns[w] && toks[k].tail == "" && k+1 < end {
			// "send sadia that stupid meme": the person's own shrug at
			// the thing is not said back as part of the step.
			continue
		}
		if tail == 9 {
			cut = true
			break
		}
		out = append(out, tailWord(toks, k))
		tail++
		if toks[k].tail != "" {
			break
		}
	}
	if cut {
		// Cut short: never end on a word that leads somewhere ("ask
		// Mara if").
		for len(out) > 1 && danglers[strings.ToLower(out[len(out)-1])] {
			out = out[:len(out)-1]
		}
	}
	phrase := strings.Join(out, " ")
	if when != "" && !placed {
		phrase += " " + when
	}
	return Step{Phrase: tidy(strings.TrimRight(phrase, " ,")), With: with, When: when}
}

// putDowns are words a person uses to shrug off what they mean to send or
// do ("that stupid meme", "a silly photo"); a step said back leaves them
// out.
var putDowns = wordList(`stupid dumb silly lame cringe cringey cringy dorky dumbass stoopid`)

// stepStops end the words a step takes after who it is with: what follows
// is a reason or a condition, not the step.
var stepStops = wordList(`if because cos cause since unless although though whether`)

// danglers are words a phrase cut short must not end on.
var danglers = wordList(`a an the to of for with and or but if my your his her their our about from at in on by so that
as when which who what before after until while had has have was were is are she he they we you`)

// stepWord is a word of the step spoken back: second person, chat spelling
// written out, "ring" said as "call".
func stepWord(w string) string {
	low := strings.ToLower(w)
	if s, ok := spellings[low]; ok {
		low, w = s, s
	}
	if s := secondPerson[low]; s != "" {
		return s
	}
	if v, ok := actionVerbs[low]; ok && v != low {
		return v
	}
	return w
}

// tailWord is the word at k of what a step says after who it is with:
// as stepWord, but a verb after "the" or "a" is a thing ("talk on the
// phone" keeps its phone), and "id" before "rather" or "like" is "you'd".
func tailWord(toks []token, k int) string {
	low := strings.ToLower(toks[k].word)
	if low == "id" && k+1 < len(toks) && idBefore[strings.ToLower(toks[k+1].word)] {
		return "you'd"
	}
	if k > 0 && thingBefore[strings.ToLower(toks[k-1].word)] {
		if _, ok := actionVerbs[low]; ok {
			return toks[k].word
		}
	}
	return stepWord(toks[k].word)
}

// thingBefore are words after which a verb is a thing: "the phone", "a
// text", "my call".
var thingBefore = wordList(`the a an my your his her their our this that`)

// timeIn finds the time a clause names and the tokens that said it.
func timeIn(toks []token) (string, map[int]bool) {
	used := map[int]bool{}
	for k, t := range toks {
		w := strings.ToLower(t.word)
		prev := ""
		if k > 0 {
			prev = strings.ToLower(toks[k-1].word)
		}
		next := ""
		if k+1 < len(toks) && t.tail == "" {
			next = strings.ToLower(toks[k+1].word)
		}
		if day, ok := weekdays[w]; ok {
			used[k] = true
			if prev == "every" {
				used[k-1] = true
				return "every " + day, used
			}
			if prev == "next" {
				return "next " + day, used
			}
			if part := dayParts[next]; part {
				used[k+1] = true
				return "on " + day + " " + next, used
			}
			return "on " + day, used
		}
		switch w {
		case "today", "tonight", "tomorrow":
			used[k] = true
			if dayParts[next] && w != "tonight" {
				used[k+1] = true
				return w + " " + next, used
			}
			return w, used
		case "week", "weekend":
			if prev == "this" || prev == "next" || prev == "the" {
				used[k] = true
				if prev == "next" {
					return "next " + w, used
				}
				return "this " + w, used
			}
		}
	}
	return "", used
}

var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "lunchtime": true}

func wordList(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// plainVerbs say an action word as a verb that takes a person after it.
var plainVerbs = map[string]string{
	"call": "call", "ring": "call", "phone": "call", "telephone": "call", "facetime": "FaceTime", "chat": "call", "text": "text",
	"message": "message", "msg": "message", "dm": "message", "write": "write to", "letter": "write to",
	"note": "write to", "card": "write to", "email": "email", "visit": "visit", "see": "see", "meet": "meet",
	"coffee": "meet", "lunch": "meet", "dinner": "meet", "drink": "meet", "walk": "meet", "invite": "invite",
	"tell": "talk to", "ask": "talk to", "talk": "talk to", "speak": "talk to", "thank": "thank", "hug": "hug",
	"contact": "contact", "reach": "reach out to", "check": "check in with", "catch": "catch up with",
	"apologise": "apologise to", "apologize": "apologise to", "take": "see", "treat": "see", "reply": "reply to",
	"answer": "reply to", "draft": "write to",
}

// stepVerb is the plain verb of the step whose action word is toks[i];
// "send" takes the verb of the thing sent ("send Tom a letter").
func stepVerb(toks []token, i int) string {
	w := strings.ToLower(toks[i].word)
	if w == "send" {
		for _, t := range toks[i+1:] {
			if v, ok := plainVerbs[strings.ToLower(t.word)]; ok {
				return v
			}
		}
		return "message"
	}
	return plainVerbs[w]
}

// IsStep reports whether an answer reads as a step with someone, "call her
// this sunday" or "text Sam", whoever "her" turns out to be.
func IsStep(answer string, names []string) bool {
	for _, clause := range stepClauses(answer) {
		for i := 0; i+1 < len(clause); i++ {
			if _, ok := actionVerbs[strings.ToLower(clause[i].word)]; !ok || clause[i].tail != "" {
				continue
			}
			// "a call with Ana" is a thing that happened, "I call my mum
			// every day" a habit; a step is a verb on its own or after
			// "could", "will", "to", "maybe".
			if i > 0 && (notStepBefore[strings.ToLower(clause[i-1].word)] || habitWords[strings.ToLower(clause[i-1].word)]) ||
				toldHabit(clause, i) || unkeptIntent(clause, i) || untaken(clause, i) {
				continue
			}
			// "a long call with my sister": a word between an article and
			// the action word makes it a thing that happened too.
			// A time ahead ("a quick call with mum this weekend") keeps it
			// a plan.
			if i > 1 && articles[strings.ToLower(clause[i-2].word)] && !stepLead[strings.ToLower(clause[i-1].word)] &&
				clause[i-2].tail == "" {
				if when, _ := timeIn(clause); when == "" {
					continue
				}
			}
			j := i + 1
			for j < len(clause)-1 && linkWords[strings.ToLower(clause[j].word)] && clause[j].tail == "" {
				j++
			}
			switch strings.ToLower(clause[j].word) {
			case "her", "him", "them":
				return true
			}
			if _, _, ok := mentionAt(clause, j, names); ok {
				return true
			}
		}
	}
	return false
}

// toldHabit reports an action word told as what the person does, "i just
// ask them", "we really talk": a subject, then only a softening word.
func toldHabit(toks []token, i int) bool {
	if i < 2 || !softeners[strings.ToLower(toks[i-1].word)] {
		return false
	}
	switch strings.ToLower(toks[i-2].word) {
	case "i", "we", "they":
		return true
	}
	return false
}

// untaken reports an action word the answer says is not done or is a
// chore of habit: "i don't tell my family", "she never calls me", "i
// always have to write to him first". Told like that it is how things
// are, not a step.
func untaken(toks []token, i int) bool {
	if i > 0 && negations[strings.ToLower(toks[i-1].word)] {
		return true
	}
	if i > 1 && strings.EqualFold(toks[i-1].word, "must") {
		// "always i must write him": a chore of habit, in any order.
		for _, t := range toks[max(0, i-4) : i-1] {
			if habitWords[strings.ToLower(t.word)] {
				return true
			}
		}
	}
	if i < 3 || !strings.EqualFold(toks[i-1].word, "to") {
		return false
	}
	if reluctant[strings.ToLower(toks[i-2].word)] {
		// "i'm shy to call them", "too tired to text anyone": what holds
		// the person back, not a step.
		return true
	}
	switch strings.ToLower(toks[i-2].word) {
	case "have", "has", "had", "got", "need", "needs":
		w := strings.ToLower(toks[i-3].word)
		return habitWords[w] || negations[w]
	}
	return false
}

// reluctant are words before "to" that make the action after it one held
// back: "shy to call", "scared to ask".
var reluctant = wordList(`shy afraid scared nervous embarrassed ashamed awkward hard difficult weird tired scary anxious
reluctant frightened terrified`)

// negations make the action word after them one not taken.
var negations = wordList(`not don't dont doesn't doesnt didn't didnt can't cant cannot won't wont wouldn't wouldnt
couldn't couldnt never hardly`)

// unkeptIntent reports an action word told as an intention that keeps
// not happening, "i keep meaning to tell her", "i always mean to call":
// a habit the person describes, not a step they are taking.
func unkeptIntent(toks []token, i int) bool {
	if i < 3 || !strings.EqualFold(toks[i-1].word, "to") {
		return false
	}
	verb, before := strings.ToLower(toks[i-2].word), strings.ToLower(toks[i-3].word)
	switch verb {
	case "meaning", "forgetting", "trying", "wanting":
		return before == "keep" || before == "keeps" || before == "kept" || before == "always"
	case "mean", "meant", "want", "forget":
		return before == "always" || before == "never"
	}
	return false
}

// softeners may come between a subject and its verb without making it a
// plan: "i just ask", "we actually talk".
var softeners = wordList(`just really actually simply genuinely kinda basically honestly`)

// articles open a thing named by a noun: "a long call", "our weekly chat".
var articles = wordList(`a an the our my your his their that this every each last`)

// notStepBefore are words that make the action word after them a noun or a
// habit rather than a step.
var notStepBefore = wordList(`a an the our my your his her their that this one i we they you she he it people who
every each last first`)

// habitWords make the action word after them a habit, not a step: "i only
// talk to my mum", "we usually call on sundays".
var habitWords = wordList(`only always usually never often sometimes rarely mostly normally barely hardly`)
