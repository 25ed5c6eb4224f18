package revise

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/internal/pronoun"
	"github.com/companion-dev/companion/agent/internal/proper"
	"github.com/companion-dev/companion/agent/places"
)

// Sentence rewrites something the person wants said into a sentence of
// the message, spoken to the recipient: "I will visit her in december" →
// "I'll visit you in December.", "i'm sorry i missed her party" → "I'm
// sorry I missed your party.", "the concert" → "I've been thinking about
// the concert.". recipient, when known, is taken as "you" too. A formal
// sentence keeps its words whole; otherwise "I will" becomes "I'll".
func Sentence(detail, recipient string, formal bool) string {
	words := strings.Fields(strings.Trim(strings.TrimSpace(detail), `"'“”‘’`))
	if len(words) == 0 {
		return ""
	}
	words = secondPerson(words, recipient)
	s := strings.Join(words, " ")
	if formal {
		s = expandAll(s)
	} else {
		s = contractAll(s)
	}
	if !hasClause(words) {
		s = frameThing(s, formal)
	}
	return endSentence(upperFirst(places.Capitalize(s)))
}

// frameThing makes a sentence of a thing to mention: their news is
// something heard, mine something to tell, anything else something
// remembered.
func frameThing(s string, formal bool) string {
	low := strings.ToLower(s)
	switch {
	case strings.HasPrefix(low, "your "):
		return "I heard about " + s
	case strings.HasPrefix(low, "my "):
		if formal {
			return "I wanted to tell you about " + s
		}
		return "I wanted to tell you about " + s
	case formal:
		return "I have been thinking about " + s
	}
	return "I keep thinking about " + s
}

// secondPerson turns the words about the recipient into words to them.
func secondPerson(words []string, recipient string) []string {
	out := make([]string, 0, len(words))
	other := false // someone else was named: "he" may be them
	subject := false
	for i, w := range words {
		core, tail := splitPunct(w)
		low := strings.ToLower(core)
		next := ""
		if i+1 < len(words) {
			next, _ = splitPunct(words[i+1])
			next = strings.ToLower(next)
		}
		prev := ""
		if i > 0 {
			prev, _ = splitPunct(words[i-1])
			prev = strings.ToLower(prev)
		}
		repl, isSubj := core, false
		switch {
		case selfWords[low] != "":
			repl = selfWords[low]
			if low == "ill" && !(i == 0 || joiners[prev]) {
				repl = core
			}
		case recipient != "" && strings.EqualFold(core, recipient):
			// "tell Rafa I'll send Rafa postcards": only a name that starts
			// a clause is a subject whose verb agrees with "you".
			repl, isSubj = "you", i == 0 || joiners[prev] || prev == "that"
		case recipient != "" && (strings.EqualFold(core, recipient+"'s") || strings.EqualFold(core, recipient+"’s")):
			repl = "your"
		case !other && (low == "she" || low == "he"):
			repl, isSubj = "you", true
		case !other && (low == "she's" || low == "he's" || low == "shes" || low == "hes"):
			// "when shes back": the apostrophe often goes untyped.
			repl = "you're"
		case !other && (low == "she'll" || low == "he'll"):
			repl = "you'll"
		case !other && (low == "she'd" || low == "he'd"):
			repl = "you'd"
		case !other && low == "him":
			repl = "you"
		case !other && low == "his":
			repl = "your"
			if next == "" || objectFollows[next] {
				repl = "yours"
			}
		case !other && low == "her":
			repl = "your"
			after := ""
			if i+2 < len(words) {
				after, _ = splitPunct(words[i+2])
				after = strings.ToLower(after)
			}
			if next == "" || objectFollows[next] || pronoun.HerIsObject(prev, next, after) {
				repl = "you"
			}
		case !other && low == "hers":
			repl = "yours"
		case !other && (low == "herself" || low == "himself"):
			repl = "yourself"
		case subject && !adverbs[low]:
			repl = agree(core)
		case proper.Words[low] != "":
			repl = proper.Words[low]
		case i > 1 && namedAfter[prev] && possessive[strings.ToLower(words[i-2])] && !notNamed[low] && isWord(core) &&
			(next == "" || tail != "" || notNamed[next]):
			// "her fiance yusuf": the word after who they are is a name.
			repl = strings.ToUpper(core[:1]) + core[1:]
			other = true
		case calendar[low] != "":
			if low != "may" || dateLead[prev] {
				repl = calendar[low]
			}
		case i > 0 && (kin[low] && (prev == "my" || prev == "our") || isName(core)):
			other = true
		}
		subject = isSubj || (subject && adverbs[low])
		out = append(out, repl+tail)
	}
	return out
}

// namedAfter are who someone is, after which a name may follow ("your
// fiance yusuf"); possessive must come before them; notNamed are the
// words after them that are no name.
var (
	namedAfter = wordset.Of(`fiance fiancé fiancee fiancée husband wife partner boyfriend girlfriend son daughter baby brother
sister mum mom dad nephew niece cousin dog cat puppy kitten grandson granddaughter stepson stepdaughter`)
	possessive = wordset.Of(`your his her their my our`)
	notNamed   = wordset.Of(`and or but who which that is was are were has had have will would could can did does do
to for from with at in on of by as so if when while too again now then the a an this these those just still
who's he she they it you i me him them us there here`)
)

// isWord reports a word of letters only, a name's shape.
func isWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

func splitPunct(w string) (string, string) {
	end := len(strings.TrimRightFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '\'' }))
	return w[:end], w[end:]
}

var selfWords = map[string]string{
	"i": "I", "im": "I'm", "i'm": "I'm", "ive": "I've", "i've": "I've", "i'll": "I'll", "ill": "I'll",
	"i'd": "I'd", "u": "you", "ur": "your", "r": "are", "dont": "don't", "cant": "can't", "wont": "won't",
	"didnt": "didn't", "couldnt": "couldn't", "wasnt": "wasn't", "isnt": "isn't", "thats": "that's",
	"its": "it's", "lets": "let's", "wanna": "want to", "gonna": "going to",
}

// joiners may come before "ill" meaning "I'll".
var joiners = map[string]bool{"and": true, "that": true, "so": true, "but": true, "then": true, "say": true, "also": true}

// objectFollows are words after "her" that make it "you", not "your".
var objectFollows = wordset.Of(`in on at to for with about from soon again and or but that the a an too so when if
tomorrow today tonight later next this know up out back over around how what all very though anyway yet
sometime sometimes know as by is was`)

var adverbs = wordset.Of(`always really just still never also actually probably often sometimes totally definitely`)

// agree puts the verb after a "you" that was "she" or "he" in its form.
func agree(w string) string {
	low := strings.ToLower(w)
	switch low {
	case "is":
		return "are"
	case "was":
		return "were"
	case "has":
		return "have"
	case "does":
		return "do"
	case "doesn't", "doesnt":
		return "don't"
	case "isn't", "isnt":
		return "aren't"
	case "wasn't", "wasnt":
		return "weren't"
	case "hasn't", "hasnt":
		return "haven't"
	}
	if len(low) < 4 || !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") || strings.HasSuffix(low, "us") {
		return w
	}
	switch {
	case strings.HasSuffix(low, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(low, "shes"), strings.HasSuffix(low, "ches"), strings.HasSuffix(low, "sses"),
		strings.HasSuffix(low, "xes"), strings.HasSuffix(low, "oes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

var calendar = map[string]string{
	"january": "January", "february": "February", "march": "March", "april": "April", "may": "May",
	"june": "June", "july": "July", "august": "August", "september": "September", "october": "October",
	"november": "November", "december": "December", "monday": "Monday", "tuesday": "Tuesday",
	"wednesday": "Wednesday", "thursday": "Thursday", "friday": "Friday", "saturday": "Saturday",
	"sunday": "Sunday", "christmas": "Christmas", "easter": "Easter", "xmas": "Christmas",
}

// dateLead come before "may" when it is the month.
var dateLead = wordset.Of(`in since until till by before after early late mid next last this of from`)

var kin = wordset.Of(`mum mom dad mother father brother sister wife husband partner boyfriend girlfriend son daughter
boss friend friends gran grandma grandad grandpa aunt uncle cousin neighbour neighbor colleague kids kid`)

// isName reports a capitalised word that is not "I" nor a month or day.
func isName(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	return calendar[strings.ToLower(w)] == "" && !strings.HasPrefix(w, "I'")
}

// hasClause reports whether words say something (a subject and a verb),
// rather than name a thing ("the concert").
func hasClause(words []string) bool {
	for i, w := range words {
		low := strings.ToLower(strings.Trim(w, ".,!?"))
		if i == 0 && clauseStart[low] {
			return true
		}
		if verbs[low] || strings.Contains(low, "'") && !strings.HasSuffix(low, "'s") {
			return true
		}
		if len(low) > 4 && strings.HasSuffix(low, "ed") {
			return true
		}
	}
	return false
}

var clauseStart = wordset.Of(`i we you he she they it there thanks thank congrats congratulations happy good sorry hope
well please let's lets cheers welcome merry best love`)

var verbs = wordset.Of(`am is are was were be been being have has had do does did will would can could should might
must shall say says said love loves miss misses got get gets go goes went come comes came see saw seen visit call
think thought hope want wants need needs like likes look looks bring brings meet met make made know knew feel felt
remember enjoy enjoyed take took give gave tell told find found keep kept try tried let wish start started finish
finished move moved live lives work works help helps`)
