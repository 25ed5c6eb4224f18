package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/internal/pronoun"
)

// objectFollowers are words after which "her" is the object ("thank her
// for"), not the possessive ("her garden").
var objectFollowers = wordset.Of(`to for with about at in on from and up out back down off over too again a an the some
this that these those when while so if since but or as by into after before tonight today tomorrow yesterday
know feel is was has had soon later sometime once properly already anyway no whatever regardless loads lots enough`)

// whenWord and timeUnit make "next week" and "this Friday": after "her",
// they say when, not whose.
var (
	whenWord = wordset.Of(`next last this`)
	timeUnit = wordset.Of(`week weekend month year monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night summer spring autumn winter christmas easter`)
)

// agree turns a verb that followed "she" or "he" into the form "you" takes.
var agree = map[string]string{"is": "are", "was": "were", "has": "have", "doesn't": "don't", "hasn't": "haven't",
	"wasn't": "weren't", "isn't": "aren't", "does": "do", "goes": "go", "'s": "'re"}

// dropNamingWords blanks the "my landlord" or "our old neighbour" just
// before the name at i, when only describing words stand between: not
// "my mum about" in "i told my mum about abdul".
func dropNamingWords(words []string, i int) {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		low := strings.ToLower(words[j])
		if low == "my" || low == "our" {
			for k := j; k < i; k++ {
				words[k] = ""
			}
			return
		}
		if objectFollowers[low] || strings.TrimRight(low, ",.;:!?") != low {
			return
		}
	}
}

// secondPerson rewrites a clause about the recipient so it speaks to them:
// "she fed my cat" → "you fed my cat", "his dad died" → "your dad died",
// "Marcus's dad" → "your dad". Third-person subjects are left alone when
// keepSubject is set (after a death, "he" is often the one who died).
func secondPerson(s, name string, keepSubject bool) string {
	return secondPersonOf(s, name, keepSubject, "")
}

// secondPersonOf is secondPerson when the recipient's gender is known
// ("f" or "m") before the clause says it: writing to Nan after Grandad
// died, "he always made her tea" is him making you tea.
// youreDone is "you're" before a past participle, where "'s" stood for
// "has": "she's flown home".
var youreDone = regexp.MustCompile(`(?i)\b(you)'re (flown|gone|been|got|done|left|moved|started|finished|taken|made|seen|come|become|lost|won|written|given|found|known|had|heard|booked|bought|sold|passed|landed|signed|joined|quit|handed|accepted)\b`)

func secondPersonOf(s, name string, keepSubject bool, gender string) string {
	words := strings.Fields(s)
	first := firstName(name)
	// "my brother Leo got the job": the whole phrase is the recipient.
	if len(words) > 1 && first != "" && (strings.EqualFold(words[0], "my") || strings.EqualFold(words[0], "our")) {
		for i := 1; i < len(words) && i <= 4; i++ {
			core := strings.TrimRight(words[i], ",.;:!?")
			if strings.EqualFold(core, first) || strings.EqualFold(core, first+"'s") {
				words = words[i:]
				break
			}
		}
	}
	youSubject := false
	other := false
	// objectYou marks the words rewritten to a "you" that is no subject
	// ("send him photos"): what follows it is no verb to agree.
	objectYou := map[int]bool{}
	// subject is where the clause's third-person subject starts, -1 when
	// it has none.
	subject := -1
	for i, w := range words {
		core := strings.TrimRight(w, ",.;:!?")
		tail := w[len(core):]
		low := strings.ToLower(core)
		rep := ""
		if i > 0 && otherPerson[low] && determiner[strings.ToLower(words[i-1])] && (i > 1 || !animal[low]) {
			// "a film where the guy fakes his death": from here on, he is
			// the guy.
			other = true
		}
		if other && pronounGender[low] != "" && !(possessive[low] && i+1 < len(words) && animal[strings.ToLower(strings.TrimRight(words[i+1], ",.;:!?"))]) {
			// "a dog that looked like his dog": his is still theirs.
			continue
		}
		// The first gendered pronoun tells which one is the recipient; a
		// pronoun of the other gender is someone else ("her dog died, she
		// had him 14 years": him is the dog).
		if g := pronounGender[low]; g != "" {
			if gender == "" {
				gender = g
			} else if g != gender {
				continue
			}
		}
		if clauseStart(words, i) {
			subject = -1
			if keepSubject && thirdSubject(words, i) {
				subject = i
			}
		}
		switch {
		case (low == "her" || low == "him") && i > 0 && namingVerbs[strings.ToLower(words[i-1])]:
			// "named her Aurora": a grown recipient is given no name, so
			// who was named is someone else (a baby, a pet), and stays so.
			continue
		case (low == "she" || low == "he") && !keepSubject:
			rep, youSubject = "you", true
		case (low == "she's" || low == "he's") && !keepSubject:
			rep, youSubject = "you're", true
			if i+1 < len(words) && (strings.HasPrefix(words[i+1], "been") || strings.HasPrefix(words[i+1], "got") || strings.HasPrefix(words[i+1], "had")) {
				rep = "you've"
			}
		case (low == "she'd" || low == "he'd") && !keepSubject:
			rep, youSubject = "you'd", true
		case (low == "she'll" || low == "he'll") && !keepSubject:
			rep, youSubject = "you'll", true
		case keepSubject && subject >= 0 && i > subject+1 && (low == "him" || low == "her" && (i+1 == len(words) || tail != "" || objectFollowers[strings.ToLower(strings.TrimRight(words[i+1], ",.;:!?"))])):
			// "his grandad taught him to fish", "he was so proud of him":
			// one who did something is never its object as well, so
			// the object is the recipient.
			rep = "you"
		case low == "him" && !keepSubject:
			rep = "you"
		case low == "his":
			rep = "your"
		case low == "hers":
			rep = "yours"
		case low == "herself" || low == "himself":
			rep = "yourself"
		case low == "her" && keepSubject && (i+1 == len(words) || objectFollowers[strings.ToLower(strings.TrimRight(words[i+1], ",.;:!?"))]):
			// After a death, "her" as an object is the one who died.
		case low == "her":
			rep = "your"
			if i+1 == len(words) || tail != "" || objectFollowers[strings.ToLower(strings.TrimRight(words[i+1], ",.;:!?"))] ||
				i > 0 && giveVerbs[strings.ToLower(words[i-1])] && !ownWords[strings.ToLower(strings.TrimRight(words[i+1], ",.;:!?"))] ||
				herObject(words, i) {
				// "brought her flowers": she was given them.
				rep = "you"
			}
			if i+2 < len(words) && whenWord[strings.ToLower(words[i+1])] && timeUnit[strings.ToLower(strings.TrimRight(words[i+2], ",.;:!?"))] {
				// "see her next week": when, not whose.
				rep = "you"
			}
		case first != "" && strings.EqualFold(core, first+"'s"):
			rep = "your"
		case first != "" && core == strings.ToLower(first)+"s" && i+1 < len(words) && i > 0:
			// "forgot toms leaving do": Tom's, typed without the apostrophe.
			rep = "your"
		case first != "" && strings.EqualFold(core, first) && i == 0:
			rep, youSubject = "you", true
		case first != "" && strings.EqualFold(core, first) && i > 0 && !titles[strings.ToLower(strings.TrimSuffix(words[i-1], "."))]:
			rep = "you"
			// "i asked my landlord abdul to fix it": the words naming
			// the recipient go with the name.
			dropNamingWords(words, i)
			if j := lastWord(words, i); j < 0 || clauseJoin[strings.ToLower(words[j])] {
				// "and my old colleague chidi now works there": the
				// name starts a clause, so its verb follows "you".
				youSubject = true
			}
		case first != "" && low == "my" && i+1 < len(words) && strings.EqualFold(strings.TrimRight(words[i+1], ",.;:!?"), first):
			// Writing to Grandpa, "my grandpa is turning 90" is about him.
			rep, youSubject = "you", i == 0
			words[i+1] = ""
		case youSubject && i > 0 && !objectYou[i-1] && (isYou(words[i-1]) || strings.EqualFold(words[i-1], "and")):
			rep = verbForYou(low)
		}
		if rep != "" {
			if rep == "you" && (low == "him" || low == "her" || i > 0 && !youSubject) {
				objectYou[i] = true
			}
			words[i] = rep + tail
		}
	}
	out := strings.Join(strings.Fields(strings.Join(words, " ")), " ")
	// "she's flown home" is "you've flown home", not "you're".
	out = youreDone.ReplaceAllString(out, "${1}'ve $2")
	if strings.HasPrefix(out, "you and your ") {
		// "you and your partner bought their first house"
		out = strings.ReplaceAll(out, " their ", " your ")
	}
	return out
}

// otherPerson are nouns for someone else, after whom "he" and "his" are
// theirs; determiner are the words that introduce them.
var (
	otherPerson = wordset.Of(`guy man woman girl boy bloke lady someone character dude kid lad chap stranger actor actress singer
dog cat puppy kitten pup rabbit horse pony`)
	determiner = wordset.Of(`a an the this that some one my our`)
	// animal are the others that, as the subject ("my dog dug up his
	// flower bed"), leave "his" to the recipient.
	animal = wordset.Of(`dog cat puppy kitten pup rabbit horse pony`)
)

// namingVerbs give someone a name: "named her Aurora", "calling him Bo".
var namingVerbs = wordset.Of(`named name names naming christened christen nicknamed nickname dubbed`)

// giveVerbs are the verbs after which "her" is who was given something,
// not whose it was.
var giveVerbs = wordset.Of(`brought made gave sent bought cooked sang read wrote told showed baked knitted handed offered lent owed promised taught`)

// ownWords after "her" make it whose: "made her first film".
var ownWords = wordset.Of(`first new own dream big old favourite favorite last debut best`)

// possessive are the pronouns that say whose something is.
var possessive = wordset.Of(`his her their`)

// pronounGender maps a third-person pronoun to the gender it names.
var pronounGender = map[string]string{"she": "f", "she's": "f", "she'd": "f", "she'll": "f", "her": "f", "hers": "f",
	"herself": "f", "he": "m", "he's": "m", "he'd": "m", "he'll": "m", "him": "m", "his": "m", "himself": "m"}

func isYou(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ",.;:!?"))
	return w == "you" || w == "just" || w == "still" || w == "always" || w == "never" || w == "also" || w == "recently" ||
		w == "now" || w == "currently" || w == "already" || w == "usually" || w == "often"
}

// clauseJoin are the words after which a name starts a clause of its own.
var clauseJoin = wordset.Of(`and but so because cause since while when that though although if`)

// lastWord is the index of the last word before i not blanked out, -1 when
// there is none; a word ending a clause ("job,") counts as none.
func lastWord(words []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if words[j] == "" {
			continue
		}
		if strings.TrimRight(words[j], ",.;:!?") != words[j] {
			return -1
		}
		return j
	}
	return -1
}

// verbForYou returns the form of a present-tense verb after "you"; "" when
// w needs no change.
func verbForYou(w string) string {
	if a, ok := agree[w]; ok {
		return a
	}
	if isYou(w) || strings.HasSuffix(w, "ways") || strings.HasSuffix(w, "ly") {
		// "you always grew them": an adverb, not a verb.
		return ""
	}
	switch {
	case len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") ||
		strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "ous"):
		return ""
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses"):
		return strings.TrimSuffix(w, "es")
	}
	return strings.TrimSuffix(w, "s")
}

// firstName is the part of a name a person is called by in text: "Mrs
// Okafor" stays whole, "Karen Whitfield" is "Karen".
func firstName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	if titles[strings.ToLower(strings.TrimSuffix(f[0], "."))] && len(f) > 1 {
		return f[len(f)-1]
	}
	return f[0]
}

var titles = wordset.Of(`mr mrs ms miss dr prof professor sir dame auntie aunty aunt uncle grandma grandpa grandad granddad nan nana gran granny coach`)

// gerund turns a clause's first verb into its -ing form: "fed my cat" →
// "feeding my cat", "got promoted" → "getting promoted". ok is false when
// the first word is not a verb it knows how to change.
func gerund(s string) (string, bool) {
	w, rest, _ := strings.Cut(s, " ")
	low := strings.ToLower(w)
	rest = andVerb.ReplaceAllStringFunc(rest, func(m string) string {
		// "found my wallet and posted it back", "kept my parcels and
		// even brought them up": both verbs take -ing.
		lead := andLead.FindString(m)
		if g, ok := gerund(strings.TrimPrefix(m, lead)); ok {
			return lead + g
		}
		return m
	})
	if g, ok := irregularIng[low]; ok {
		return strings.TrimSpace(g + " " + rest), true
	}
	switch {
	case strings.HasSuffix(low, "ied") && len(low) > 4:
		return strings.TrimSpace(strings.TrimSuffix(low, "ied") + "ying " + rest), true
	case strings.HasSuffix(low, "ed") && len(low) > 4:
		return strings.TrimSpace(strings.TrimSuffix(low, "ed") + "ing " + rest), true
	case strings.HasSuffix(low, "ing"):
		return s, true
	}
	return s, false
}

// baseGerund turns a clause's first verb in its plain form into its -ing
// form: "meet up in june" → "meeting up in june", "start again" →
// "starting again", "have a picnic" → "having a picnic".
func baseGerund(s string) string {
	w, rest, _ := strings.Cut(s, " ")
	low := strings.ToLower(w)
	var g string
	switch {
	case low == "be" || low == "see" || strings.HasSuffix(low, "ee") || strings.HasSuffix(low, "ing"):
		g = low
		if !strings.HasSuffix(low, "ing") {
			g += "ing"
		}
	case strings.HasSuffix(low, "ie"):
		g = strings.TrimSuffix(low, "ie") + "ying"
	case strings.HasSuffix(low, "e") && len(low) > 2:
		g = strings.TrimSuffix(low, "e") + "ing"
	case len(low) == 3 && shortDoubled(low):
		g = low + low[2:] + "ing"
	default:
		g = low + "ing"
	}
	return strings.TrimSpace(g + " " + rest)
}

// shortDoubled is a three-letter verb whose last letter doubles before
// -ing: "get", "run", "sit", never "row" or "fix".
func shortDoubled(w string) bool {
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	return !vowel(w[0]) && vowel(w[1]) && !vowel(w[2]) && strings.IndexByte("wxy", w[2]) < 0
}

var andLead = regexp.MustCompile(`^and (?:also )?(?:(?:even|then|still|always|kindly|actually) )?`)

var andVerb = regexp.MustCompile(`\band (?:also )?(?:(?:even|then|still|always|kindly|actually) )?(?:\w+ed|rang|took|found|gave|brought|sent|came|drove|made|kept|left|got|put|ran|sat|stood|told|wrote|paid|lent|bought|met|did)\b`)

var irregularIng = map[string]string{
	"fed": "looking after", "got": "getting", "ran": "running", "won": "winning", "had": "having", "made": "making",
	"gave": "giving", "took": "taking", "drove": "driving", "bought": "buying", "became": "becoming",
	"came": "coming", "sent": "sending", "lent": "lending", "let": "letting", "put": "putting", "sat": "sitting",
	"kept": "keeping", "left": "leaving", "met": "meeting", "brought": "bringing", "found": "finding",
	"did": "doing", "went": "going", "held": "holding", "told": "telling", "said": "saying", "wrote": "writing",
	"stood": "standing", "taught": "teaching", "paid": "paying", "cooked": "cooking", "picked": "picking",
	"stopped": "stopping", "planned": "planning", "listened": "listening", "helped": "helping",
	"watered": "watering", "covered": "covering", "looked": "looking", "passed": "passing", "hosted": "hosting",
	"organised": "organising", "organized": "organizing", "moved": "moving", "drove me": "driving me",
	"spent": "spending", "built": "building", "dug": "digging", "sang": "singing", "caught": "catching", "dealt": "dealing", "forgave": "forgiving", "stuck": "sticking",
	"forgot": "forgetting", "rang": "ringing", "missed": "missing", "was": "being", "were": "being", "said something": "what I said",
}

// herObject reports whether the "her" at i is who something is done to or
// given to ("I called her fake", "I owe her big time"), not whose.
func herObject(words []string, i int) bool {
	at := func(j int) string {
		if j < 0 || j >= len(words) {
			return ""
		}
		return strings.ToLower(strings.Trim(words[j], ",.;:!?\"'()"))
	}
	next, after := at(i+1), at(i+2)
	if i+1 < len(words) && strings.TrimRight(words[i+1], ",.;:!?") != words[i+1] {
		// "called her fake, which…": nothing of hers comes after.
		after = ""
	}
	return pronoun.HerIsObject(at(i-1), next, after)
}

// clauseStart reports whether words[i] opens a clause: the first word, one
// after a stop or a comma, or one after a word that joins clauses.
func clauseStart(words []string, i int) bool {
	if i == 0 {
		return true
	}
	prev := words[i-1]
	core := strings.TrimRight(prev, ",.;:!?")
	// "so" joins clauses only after a comma: "he was so proud of her"
	// is one clause.
	low := strings.ToLower(core)
	return len(core) < len(prev) || clauseJoin[low] && low != "so"
}

// thirdSubject reports whether the clause opening at words[i] has someone
// other than the writer as its subject: "he", "she", "his grandad", "her
// nan", "grandad".
func thirdSubject(words []string, i int) bool {
	low := strings.ToLower(strings.TrimRight(words[i], ",.;:!?"))
	switch {
	case low == "he" || low == "she":
		return true
	case kinWord[low] || doerNoun[low]:
		return true
	case possessive[low] && low != "their" && i+1 < len(words):
		next := strings.ToLower(strings.TrimRight(words[i+1], ",.;:!?"))
		return kinWord[next] || doerNoun[next] || otherPerson[next]
	}
	return false
}

// doerNoun are the people, beyond close family, who may be a clause's
// subject in what is told of a loss.
var doerNoun = wordset.Of(`father mother grandfather grandmother brother sister wife husband partner son daughter cousin
friend boss coach teacher mentor neighbour neighbor`)

// objectsToYou turns to "you" the object pronouns of a clause whose
// subject is someone else: told of a loss, "he taught him to fish" is the
// one who died teaching the recipient. Subjects are kept.
func objectsToYou(c string) string {
	words := strings.Fields(c)
	subject := -1
	for i, w := range words {
		if clauseStart(words, i) {
			subject = -1
			if thirdSubject(words, i) {
				subject = i
			}
		}
		core := strings.TrimRight(w, ",.;:!?")
		tail := w[len(core):]
		low := strings.ToLower(core)
		if subject >= 0 && i > subject+1 && (low == "him" || low == "her" && (i+1 == len(words) || tail != "" || objectFollowers[strings.ToLower(strings.TrimRight(words[i+1], ",.;:!?"))] || herObject(words, i))) {
			words[i] = "you" + tail
		}
	}
	return strings.Join(words, " ")
}
