package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent/internal/proper"
	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/places"
)

// A clause is one statement from what the person typed, tidied: typing
// shortcuts spelled out, filler dropped, and pronouns for the recipient
// turned to "you" so that it can speak to them.
type clause struct {
	raw  string // as typed, tidied of shortcuts only
	text string // rewritten to speak to the recipient
	low  string // text, lower case
}

// spelled turns typing shortcuts into words and drops what never belongs in
// a message someone sends ("lol", "tbh").
var spelled = map[string]string{
	"im": "I'm", "ive": "I've", "i": "I", "i'm": "I'm", "i've": "I've", "i'd": "I'd", "i'll": "I'll", "dont": "don't", "didnt": "didn't",
	"cant": "can't", "couldnt": "couldn't", "wont": "won't", "wouldnt": "wouldn't", "havent": "haven't",
	"hasnt": "hasn't", "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "shes": "she's", "hes": "he's",
	"theyre": "they're", "youre": "you're", "u": "you", "ur": "your", "msg": "message", "bday": "birthday",
	"yrs": "years", "w": "with", "min": "minute", "mins": "minutes", "bc": "because", "yr": "year", "mths": "months", "wks": "weeks", "tmrw": "tomorrow", "tonite": "tonight",
	"pls": "", "plz": "", "please": "", "lol": "", "lmao": "", "haha": "", "tbh": "", "ngl": "", "omg": "",
	"basically": "", "literally": "", "kinda": "", "totally": "", "honestly": "", "super": "", "just": "",
	"really": "", "finally": "", "actually": "", "xx": "", "x": "", "lowkey": "", "highkey": "", "tbf": "", "btw": "", "fyi": "",
	"monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday", "thursday": "Thursday", "friday": "Friday",
	"saturday": "Saturday", "sunday": "Sunday", "january": "January", "february": "February", "march": "March",
	"april": "April", "june": "June", "july": "July", "august": "August", "september": "September",
	"october": "October", "november": "November", "december": "December", "christmas": "Christmas",
	"rn": "", "atm": "", "eid": "Eid", "ramadan": "Ramadan", "diwali": "Diwali", "hanukkah": "Hanukkah", "thanksgiving": "Thanksgiving", "gonna": "going to", "wanna": "want to", "gotta": "have to", "hed": "he'd", "theyve": "they've", "youve": "you've",
	"thats": "that's", "weve": "we've", "n": "and", "abt": "about", "bf": "boyfriend", "gf": "girlfriend", "coz": "because", "cuz": "because",
}

func init() {
	// Languages, letters and the like are written as they are in English.
	for low, w := range proper.Words {
		if _, ok := spelled[low]; !ok {
			spelled[low] = w
		}
	}
}

// calledWhat reports a word whose name may follow "called": a pet, a baby.
func calledWhat(w string) bool {
	w = strings.ToLower(w)
	return petWord[w] || namedWord[w]
}

// laughs are the dropped words that end a thought when typed.
var laughs = wordset.Of(`lol lmao haha omg xx x`)

// petWord are the animals whose name may follow them; notPetName are the
// words that follow them and are no name.
var (
	petWord      = wordset.Of(`cat dog kitten puppy pup rabbit bunny horse pony parrot hamster`)
	notPetName   = wordset.Of(`and who was is has had died passed the that which with for she he they sitting food bowl bed toys lady person people owner`)
	namedWord    = wordset.Of(`baby boy girl son daughter twins kid bump`)
	afterPetName = wordset.Of(`and who is was has had died passed got just put every each all for while when on at in again today yesterday`)
)

// likeFiller is "like" used as a filler: "for like half a year".
var likeFiller = regexp.MustCompile(`(?i)\b(for|in|about|since|was|is|it's|been|after|before) like\b`)

// idLike is "id like", typed for "I'd like".
var idLike = regexp.MustCompile(`\bid (like|love|rather|prefer|never|hate|be|have)\b`)

// illWill is "ill" typed for "I'll": before a verb it cannot be the
// adjective ("say ill call him tonight").
var illWill = regexp.MustCompile(`(?i)\bill (call|ring|phone|text|message|see|visit|come|be|send|bring|get|make|do|try|pay|take|buy|cook|help|drop|pop|let|pick|sort|give|write|keep|meet|book|check|miss|always|never|definitely|probably|def)\b`)

// kinOwns is a family word's possessive typed without its apostrophe:
// "his dads 70th".
var kinOwns = regexp.MustCompile(`(?i)\b(mum|dad|mom|nan|gran|grandad|grandma|grandpa|sister|brother|wife|husband|son|daughter|uncle|aunt|cousin|boyfriend|girlfriend|friend|coworker|colleague|neighbour|neighbor|nephew|niece|partner|fiance|fiancee|boss|mate|flatmate|roommate)s (\d+(?:st|nd|rd|th)|birthday|bday|party|funeral|wedding|house|place|car|garden|dog|cat|retirement|graduation|recital|gig|show|baby|kids|mum|dad|mom|mother|father|grandma|gran|nan|grandad|grandpa|grandmother|grandfather|sister|brother|wife|husband)\b`)

// oneKinOwns is a possessive typed without its apostrophe after a family
// word that is hardly ever plural: "nans favourite song", "dads surprise
// party". What follows must not read as a verb or a link word ("my mums
// are", "the dads at school").
var oneKinOwns = regexp.MustCompile(`(?i)\b(?:mums|moms|dads|nans|nanas|grans|grannys|grandads|grandmas|grandpas|granddads)\s+[a-z]+\b`)

// notOwned are words after such a word that make it a plural or a verb's
// subject, not an owner.
var notOwned = wordset.Of(`are were have had do did and or who that which at in on of to for with will would can could should
	is was be been get got say said went go all both were weren't aren't don't didn't`)

// manyOwn is a plural owner typed without its apostrophe: "our
// grandparents house", "my parents place".
var manyOwn = regexp.MustCompile(`(?i)\b(grandparents|parents|cousins|in-laws|inlaws|neighbours|neighbors)\s+(house|home|place|flat|farm|garden|kitchen|caravan|cottage|village|street|anniversary|wedding)\b`)

// kidsOwn is children, or a few people, owning something, typed without
// the apostrophe: "your kids birthday party", "the girls night out", "the
// twins christening". Only before a thing that cannot be a verb, so "the
// kids play outside" stays as it is.
var kidsOwn = regexp.MustCompile(`(?i)\b(kids|grandkids|twins|boys|girls|babies|students|pupils|grandchildren|cousins|parents|neighbours|neighbors|guests|lads)\s+(birthday|birthdays|bday|party|parties|school|nursery|teacher|teachers|class|classes|homework|room|bedroom|toys|clothes|club|swimming|football|netball|christening|sports day|nativity|recital|concert|night|night out|holiday|trip|lunch|lunches|uniforms?|bikes?|shoes|first day|graduation|wedding|anniversary)\b`)

// irregularOwn is a plural without "s" owning something, typed without the
// apostrophe: "the childrens hospital", "the mens final".
var irregularOwn = regexp.MustCompile(`(?i)\b(?:children|men|women|people|grandchildren)s\b`)

// atKins is a family home said as its owner with the apostrophe left out:
// "while i was at my dads", "staying round my nans".
var atKins = regexp.MustCompile(`(?i)\b(at|to|from|round|over at|staying at|stayed at) (my|our|his|her|their|your) (mum|dad|mom|nan|gran|grandma|grandad|grandpa|sister|brother|aunt|auntie|uncle|cousin|mate|friend)s\b`)

// wereWe is "we're" typed without its apostrophe, where "were" cannot
// be the verb: "i want her to know were here".
var wereWe = regexp.MustCompile(`(?i)\b(know|that|and|but|so|say|tell \w+) were (here|there|thinking|always|sending|both|all|so|really|around|going|proud|happy)\b`)

// shedWould is "she'd" or "he'd" typed without the apostrophe: before a
// verb "shed" cannot be the noun ("asking if shed be a reference").
var shedWould = regexp.MustCompile(`(?i)\b(sh|h)ed (be|have|like|love|want|need|never|probably|rather|prefer|been|say|do|know|mind|help|come|get|go|enjoy|hate|find|make)\b`)

// yourSoon is "your" typed for "you" after a verb and before when: "come
// visit your soon".
var yourSoon = regexp.MustCompile(`(?i)\b(see|visit|call|ring|text|meet|hug|catch|thank|show|help|miss|love|phone) your (soon|tomorrow|today|tonight|later|again|sometime|next|this|on|at)\b`)

// inMay is the month, not the verb.
var inMay = regexp.MustCompile(`\b(in|since|until|by|next|last|early|late|mid) may\b`)

// tidyWords spells out shortcuts, word by word, keeping punctuation.
// foundOut is how the writer came to know the news, which the message
// never says: "just found out my aunt retired", "heard that he got the
// job".
var foundOut = regexp.MustCompile(`(?i)(^|[.!?,;]\s+|\band\s+|\bso\s+)(?:i )?(?:just |only just |recently |finally )?(?:found out|(?:heard|learned|learnt|read|saw) that) (?:that )?`)

// newNoArticle is "have new baby", a new thing said without its article,
// as English learnt later often has it.
var newNoArticle = regexp.MustCompile(`(?i)\b(have|has|had|got|having|bought|found|started)\s+new\s+(baby|job|house|home|flat|apartment|car|puppy|kitten|dog|cat|role|position|boyfriend|girlfriend|partner|business|shop)\b`)

// doubtAsked is a question to the companion about the message itself:
// "is that weird?", "would it be too much?". It is answered, never sent.
var doubtAsked = regexp.MustCompile(`(?i),?\s*\b(?:is that|is this|is it|would that be|would it be|would this be|will that be|will it be)\s+(?:too\s+|a bit\s+|kinda\s+|kind of\s+|really\s+|even\s+|super\s+)?(?:weird|odd|strange|ok|okay|fine|alright|too much|cringe|cringey|awkward|random|creepy|stupid|dumb)\s*\?+`)

// selfStressed is a subject stressed by its reflexive: "ines herself is
// doing chemo" says "ines is doing chemo".
var selfStressed = regexp.MustCompile(`(?i)\b([a-z][\w'-]*) (?:himself|herself|themselves|themself) (is|was|has|had|will|would|can|could|needs|wants)\b`)

func tidyWords(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "!!", "!", "??", "?").Replace(s)
	s = likeFiller.ReplaceAllString(s, "$1")
	s = agreeBe(s)
	s = newNoArticle.ReplaceAllString(s, "$1 a new $2")
	s = selfStressed.ReplaceAllString(s, "$1 $2")
	s = doubtAsked.ReplaceAllString(s, "")
	s = foundOut.ReplaceAllString(s, "$1")
	s = idLike.ReplaceAllString(s, "I'd $1")
	s = illWill.ReplaceAllString(s, "I'll $1")
	s = kinOwns.ReplaceAllString(s, "$1's $2")
	s = atKins.ReplaceAllString(s, "$1 $2 $3's")
	s = oneKinOwns.ReplaceAllStringFunc(s, func(m string) string {
		f := strings.Fields(m)
		if notOwned[strings.ToLower(f[1])] {
			return m
		}
		return f[0][:len(f[0])-1] + "'s " + f[1]
	})
	s = manyOwn.ReplaceAllString(s, "$1' $2")
	s = kidsOwn.ReplaceAllString(s, "$1' $2")
	s = irregularOwn.ReplaceAllStringFunc(s, func(m string) string {
		// "childrens", "mens": never right without the apostrophe.
		return m[:len(m)-1] + "'s"
	})
	s = inMay.ReplaceAllString(s, "$1 May")
	s = yourSoon.ReplaceAllString(s, "$1 you $2")
	s = inLaw.ReplaceAllString(s, "$1-in-law")
	s = wereWe.ReplaceAllString(s, "$1 we're $2")
	s = shedWould.ReplaceAllString(s, "${1}e'd $2")
	words := unshout(strings.Fields(s))
	out := words[:0]
	for i, w := range words {
		core := strings.TrimRightFunc(w, func(r rune) bool { return strings.ContainsRune(",.;:!?)", r) })
		tail := w[len(core):]
		if rep, ok := spelled[strings.ToLower(core)]; ok && (core == strings.ToLower(core) || strings.ToLower(core) == "i") {
			if rep == "" {
				if tail == "" && laughs[strings.ToLower(core)] && i+1 < len(words) {
					// "at the show lol she's been baking for ages": a laugh
					// ends what came before it.
					tail = ","
				}
				if tail != "" && len(out) > 0 && !strings.ContainsAny(out[len(out)-1][len(out[len(out)-1])-1:], ",.;:!?") {
					out[len(out)-1] += tail
				}
				continue
			}
			core = rep
			if core == "minute" && i > 0 && manyNumber.MatchString(words[i-1]) {
				// "20 min" is twenty minutes; "a min" one.
				core = "minutes"
			}
		}
		// A pet's name typed in lower case: "her cat mochi".
		if len(out) > 0 && core == strings.ToLower(core) && len(core) > 2 && petWord[strings.ToLower(strings.TrimRight(out[len(out)-1], ","))] &&
			!notPetName[core] && (tail != "" || i+1 == len(words) || afterPetName[strings.ToLower(words[i+1])] || laughs[strings.ToLower(words[i+1])]) {
			core = upFirst(core)
		}
		// "a puppy called biscuit": what a pet or a baby is called is a
		// name, however it was typed.
		if n := len(out); n > 1 && core == strings.ToLower(core) && len(core) > 2 && (out[n-1] == "called" || out[n-1] == "named") &&
			(calledWhat(out[n-2]) || n > 2 && (out[n-2] == "is" || out[n-2] == "was" || out[n-2] == "'s") && calledWhat(out[n-3])) && !notPetName[core] {
			core = upFirst(core)
		}
		// A name typed in lower case after a relationship word is still a
		// name: "her boyfriend tom" is Tom.
		if len(out) > 0 && core == strings.ToLower(core) && people.IsFirstName(core) &&
			people.Relation(strings.TrimRight(out[len(out)-1], ",")) != "" {
			core = upFirst(core)
		}
		out = append(out, core+tail)
	}
	return examNames.Replace(places.Capitalize(strings.Join(out, " ")))
}

// examNames are exams typed in lower case.
var examNames = strings.NewReplacer(" a levels", " A-levels", " a-levels", " A-levels", " a level ", " A-level ", " gcses", " GCSEs",
	" gcse ", " GCSE ", " sats", " SATs", " ib ", " IB ", " lsat", " LSAT", " mcat", " MCAT")

// unshout lowers a run of two or more words typed in capitals ("SHE SAID
// YES", "GOT THE JOB"): shouting, not names; "I" stays as it is.
func unshout(words []string) []string {
	caps := func(w string) bool {
		letters := 0
		for _, r := range w {
			switch {
			case r >= 'a' && r <= 'z':
				return false
			case r >= 'A' && r <= 'Z':
				letters++
			}
		}
		return letters > 0 && w != "I" && !strings.HasPrefix(w, "I'")
	}
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && caps(words[j]) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				words[k] = strings.ToLower(words[k])
			}
		}
		i = max(j, i+1)
	}
	return words
}

// inLaw is a family tie by marriage, written as one word: "sister in law".
var inLaw = regexp.MustCompile(`(?i)\b(sister|brother|mother|father|son|daughter|mum|dad|parent)s? in law\b`)

// manyNumber is a number above one: "20 min" is twenty minutes.
var manyNumber = regexp.MustCompile(`^(?:[2-9]|\d\d+|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty)$`)

// sentenceEnd splits text into sentences; the abbreviations of titles keep
// their full stop.
var (
	titleDot   = regexp.MustCompile(`(?i)\b(Mr|Mrs|Ms|Dr|Prof|St)\.`)
	sentenceRe = regexp.MustCompile(`[.!?;]+(?:\s+|$)|\s+[-–—]\s+|\n+`)
	// clauseBreak splits a sentence where a new statement starts: a comma,
	// "but", "because", "so", or "and" before a new subject or a modal.
	clauseBreak = regexp.MustCompile(`(?i),\s+|\s+and\s+(?:maybe|also|then maybe)\s+|\s+and\s+(?:always|often|still)\s+|:\s+|\s+(?:but|because|cause|cos|then|and then|though)\s+|\s+so\s+(?:I|i|she|he|they|we)\s|\s+and\s+(?:(?:I|she|he|they|we|it|you)(?:'\w+)?\s|(?:could|would|need|want|might|ask|still|is|has|was|am|have|mad|obsessed|loves|likes)\s)|\s+since\s+(?:she|he|they)\s|\s+and\s+(?:today|yesterday|this morning|this afternoon|tonight|last night)\s|\s+and\s+(?:then\s+)?(?:snapped|yelled|shouted|forgot|missed|cancelled|canceled|bailed|ignored|lied|blanked|took it out|spent|stayed|cooked|cleaned|painted|drove|brought|fixed|sorted|picked|dropped|walked|fed|watered|came|made)\s`)
)

// theySaid is "and" before what someone else said or thinks.
var theySaid = regexp.MustCompile(`(?i)\s+and\s+((?:the|his|her|their|my|our) (?:[\w'-]+ ){1,3}?(?:said|says|told|thinks|reckons))\b`)

// nameAfter is "and" before a name told afterwards: "he was 14 and his
// name was Bruno".
var nameAfter = regexp.MustCompile(`(?i)\s+and\s+((?:his|her|its|their) name (?:was|is)\b)`)

// ownerDid is "and" before what someone's relative or friend did: "we were
// close in first year and her mum used to send us parcels".
var ownerDid = regexp.MustCompile(`(?i)\s+and\s+((?:his|her|their|our|my) (?:[\w'-]+ ){1,2}?(?:used to|would always|always|was always|loved|taught|made)\b)`)

// splitOwnerDid makes what someone's relative did a statement of its own
// when a statement of four words or more comes before it; "my mum and my
// dad used to" stays one.
func splitOwnerDid(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range ownerDid.FindAllStringSubmatchIndex(text, -1) {
		before := text[last:m[0]]
		if i := strings.LastIndexAny(before, ".,;!?"); i >= 0 {
			before = before[i+1:]
		}
		if len(strings.Fields(before)) < 4 {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(", ")
		b.WriteString(text[m[2]:m[3]])
		last = m[3]
	}
	return b.String() + text[last:]
}

// aside is a remark in brackets.
var aside = regexp.MustCompile(`\s*\([^()]{0,60}\)`)

// splitClauses cuts a message into its statements.
func splitClauses(text string) []string {
	text = titleDot.ReplaceAllString(text, "$1")
	// "(3rd time)": an aside for the companion, not for the message.
	text = aside.ReplaceAllString(text, "")
	// An emoji ends what came before it: "got the job 🎉 help me write".
	text = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.So, r) || r == '\ufe0f' || r == '\u200d' {
			return '.'
		}
		return r
	}, text)
	// "…and the vet said it might not be long": what someone else said
	// is a statement of its own.
	text = theySaid.ReplaceAllString(text, ", $1")
	text = splitOwnerDid(text)
	text = nameAfter.ReplaceAllString(text, ", $1")
	var out []string
	for _, sent := range sentenceRe.Split(text, -1) {
		sent = strings.TrimSpace(sent)
		if sent == "" {
			continue
		}
		last := 0
		for _, loc := range clauseBreak.FindAllStringIndex(sent, -1) {
			part := sent[last:loc[0]]
			// Keep the subject or modal the break matched on with what follows.
			sep := sent[loc[0]:loc[1]]
			keep := ""
			if f := strings.Fields(sep); len(f) >= 2 && (strings.EqualFold(f[0], "and") || strings.EqualFold(f[0], "since")) && !strings.EqualFold(f[1], "then") {
				keep = f[len(f)-1] + " "
			}
			out = appendClause(out, part)
			last = loc[1] - len(keep)
		}
		out = appendClause(out, sent[last:])
	}
	return out
}

func appendClause(out []string, s string) []string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ",;:-\"'"))
	if s != "" && strings.ContainsFunc(s, unicode.IsLetter) {
		out = append(out, s)
	}
	return out
}

// upFirst capitalises the first letter.
func upFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowFirst lower-cases the first letter unless the word is "I" or a name.
func lowFirst(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if w == "I" || strings.HasPrefix(w, "I'") || len(w) > 1 && unicode.IsUpper(rune(w[1])) {
		return s
	}
	if first := strings.TrimRight(w, ",.!?"); properNoun(first) {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// properNoun reports whether w, capitalised, is always written so.
func properNoun(w string) bool {
	if rep, ok := spelled[strings.ToLower(w)]; ok && rep == w && w != "I" {
		return true
	}
	return false
}

// sentence makes s a sentence: capital first letter, closing punctuation.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	s = upFirst(s)
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

// wordsOf are the lower-case words of s, for comparisons.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}
