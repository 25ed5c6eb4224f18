package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The content checks judge what a model says, not how it lays it out: a
// name, a number, a date, a life event, a clinical label or a judgement it
// brought in on its own; advice the guide does not give; several options in
// place of one; another language.

// clinicalWords diagnose. The companion is not a therapist: a model may
// repeat one that its source uses, never bring one in.
var clinicalWords = []string{
	"disorder", "syndrome", "depression", "depressive", "depressed", "clinical", "clinically", "diagnosis",
	"diagnose", "diagnosable", "codependency", "codependent", "co-dependent", "narcissist", "narcissistic",
	"narcissism", "ptsd", "trauma", "traumatic", "traumatized", "adhd", "autism", "autistic", "asperger",
	"bipolar", "ocd", "borderline", "schizophrenia", "psychosis", "psychotic", "phobia", "phobic",
	"social anxiety", "anxiety disorder", "attachment style", "anxious attachment", "avoidant",
	"attachment issues", "abandonment issues", "trust issues", "self-esteem", "self esteem", "self-worth",
	"self worth", "mental illness", "pathological", "symptom", "medication", "antidepressant", "neurotic",
	"insecure attachment", "people pleaser", "people-pleasing", "people pleasing", "introversion disorder",
}

// judgingWords pass judgement on someone who is not in the conversation.
var judgingWords = []string{
	"toxic", "selfish", "manipulative", "fake friend", "bad friend", "not a real friend", "not a true friend",
	"not much of a friend", "much of a friend", "not a good friend", "disrespectful", "doesn't deserve",
	"don't deserve", "does not deserve", "doesn't care about you", "don't care about you",
	"doesn't value you", "doesn't respect you", "not worth your time", "isn't worth your time",
	"red flag", "cut them off", "cut them out", "using you", "taking advantage", "gaslighting",
	"immature", "lazy", "flaky", "entitled", "rude of them", "rude of her", "rude of him",
}

// eventWords are life events and plans: a draft may only speak of one the
// person mentioned.
var eventWords = []string{
	"birthday", "anniversary", "wedding", "engaged", "engagement", "married", "pregnant", "pregnancy",
	"baby", "promotion", "promoted", "pay rise", "raise", "bonus", "graduation", "graduated", "retired",
	"retirement", "divorce", "breakup", "break-up", "funeral", "hospital", "surgery", "operation", "cancer",
	"new job", "new house", "new flat", "new home", "moved", "moving", "booked", "booking", "tickets",
	"ticket", "reservation", "reserved", "signed us up", "bought", "ordered", "invited", "invitation",
	"party", "dinner", "lunch", "brunch", "concert", "festival", "holiday", "vacation", "flight", "reunion",
	"interview", "exam", "exams", "award", "marathon", "race",
}

// inventedName returns a capitalised word of s that occurs nowhere in
// known: a name or place the model made up. The first word of a line or
// sentence is not judged; nor are capitalised words that are not names:
// "I", days and months, family words used as names, occasion greetings
// ("Happy Birthday") and interjections in capitals ("LOL", "SO proud").
func inventedName(s, known string) string {
	knownFolds := foldSet(known)
	for line := range strings.SplitSeq(s, "\n") {
		start := true
		fields := strings.Fields(line)
		for i, f := range fields {
			w := strings.TrimFunc(f, func(r rune) bool { return !isWordRune(r) })
			if w != "" && !start && isCapitalised(w) && !notAName(w, fields, i) {
				if _, ok := knownFolds[foldWord(strings.ToLower(w))]; !ok {
					return w
				}
			}
			last := lastSignificant(f)
			// A dash or an emoji on its own often stands in for a full stop.
			start = last == '.' || last == '!' || last == '?' || last == '…' || last == ':' || w == ""
		}
	}
	return ""
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// notAName reports whether the capitalised word fields[i] (w, trimmed) is
// one that is not a name.
func notAName(w string, fields []string, i int) bool {
	low := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	if _, ok := capitalWords[low]; ok {
		return true
	}
	if _, ok := capitalWords[strings.TrimSuffix(low, "'s")]; ok {
		return true
	}
	if !isAllCaps(w) {
		return false
	}
	if _, ok := interjections[low]; ok {
		return true
	}
	// Shouting: a neighbour in capitals too, or a letter held ("SOOO").
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(fields) {
			if n := strings.TrimFunc(fields[j], func(r rune) bool { return !isWordRune(r) }); utf8.RuneCountInString(n) > 1 && isAllCaps(n) {
				return true
			}
		}
	}
	return heldLetter(low)
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func heldLetter(w string) bool {
	run, prev := 0, rune(0)
	for _, r := range w {
		if r == prev {
			if run++; run >= 3 {
				return true
			}
		} else {
			run, prev = 1, r
		}
	}
	return false
}

// capitalWords are capitalised words that are not names anyone made up.
var capitalWords = wordset.Of(`i i'm i've i'd i'll ok okay
	monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december
	happy merry birthday bday anniversary christmas xmas easter new year years eve congratulations
	congrats well done good luck best wishes get soon thank thanks you holidays holiday valentine
	valentine's mother's father's mothers fathers day eid diwali hanukkah thanksgiving halloween
	ramadan season's greetings love lots xoxo cheers hugs hey hi hello dear
	mum mom dad mummy mommy daddy nan nana nanna gran granny grandma grandpa grandad granddad auntie
	aunty aunt uncle papa mama sis bro`)

// interjections are chat words written in capitals.
var interjections = wordset.Of(`lol lmao rofl omg omfg btw tbh idk fyi asap bff irl ngl xoxo xo xx xxx
	wow yay yes haha hahaha aw aww omw smh imo ikr ty thx pls hbd ily nvm ok okay oh ah hey hi yo`)

// optionRE finds the labels of alternatives: "Option 1:", "Version B",
// "Alternatively:".
var optionRE = regexp.MustCompile(`(?im)^\W*(option|version|draft|alternative|message|variant)\s*(\d+|[a-c]\b|one\b|two\b)|^\W*(alternatively|or)\s*[:,]?\s*$`)

// severalOptions reports whether s offers alternatives instead of one
// message.
func severalOptions(s string) bool {
	return len(optionRE.FindAllString(s, -1)) >= 1 && strings.Count(s, "\n") > 0
}

// foreignWords are common small words of other languages that English
// does not use.
var foreignWords = wordset.Of(`le la les des est une pour vous avec que qui dans pas sur cette nous mais très
	être votre sont aux leur peut fait comme elle je tu et du au un il ton ta mon ma tes mes
	el los las una por para con del está pero muy su más lo se y mi es estás tienes
	der die das und ist nicht ein eine ich du mit für auf sie es zu dem den wie auch dich
	di che è per non sono gli della ciao ho hai
	não você com mais muito os às
	het een niet ik je jij wat
	ihm ihr dann ohne noch schon aber oder wenn nur sehr lui demain petit cuando también`)

// otherLanguage reports whether s, without its citations, has more small
// words of another language than of English.
func otherLanguage(s string) bool {
	if foreignMost(withoutCitations(s), 3) {
		return true
	}
	// One sentence in another language is enough, even among English ones.
	for rest := withoutCitations(s); rest != ""; {
		head, tail, ok := firstSentence(rest)
		if !ok {
			head, tail = rest, ""
		}
		if foreignMost(head, 2) {
			return true
		}
		rest = tail
	}
	return false
}

// foreignMost reports whether s has at least min small words of other
// languages and more of them than English ones.
func foreignMost(s string, min int) bool {
	en, other := 0, 0
	for _, w := range words(strings.ToLower(s)) {
		if _, ok := stopWords[w]; ok {
			en++
		}
		if _, ok := foreignWords[w]; ok {
			other++
		}
	}
	return other >= min && other > en
}

// weakWords say little about which detail a mention is: a draft may leave
// them out.
var weakWords = wordset.Of(`new old got get gets getting just really last little big good great nice lot
	lots thing things time times week weeks month months year years day days always still ever mention
	remember about been being went go going said told recently finally also`)

// mentionCovered reports whether text works in the mention, perhaps in other
// words: at least half of the mention's content words (names included,
// weak words left out) occur in text, folded.
func mentionCovered(mention, text string) bool {
	have := foldSet(text)
	var need []string
	for _, w := range keyWords(mention) {
		if isSmallContraction(w) {
			continue
		}
		if _, weak := weakWords[strings.ReplaceAll(w, "’", "'")]; weak {
			continue
		}
		need = append(need, foldWord(w))
	}
	if len(need) == 0 {
		return true
	}
	found := 0
	for _, w := range need {
		if _, ok := have[w]; ok {
			found++
		}
	}
	return found*2 >= len(need)
}

// groundedShare returns the share of the content words of s that occur in
// source, folded, and how many content words s has. Citations are left out.
func groundedShare(s, source string) (float64, int) {
	have := foldSet(source)
	n, found := 0, 0
	for _, w := range keyWords(withoutCitations(s)) {
		if _, ok := metaWords[w]; ok || isSmallContraction(w) {
			continue
		}
		n++
		if _, ok := have[foldWord(w)]; ok {
			found++
		}
	}
	if n == 0 {
		return 1, 0
	}
	return float64(found) / float64(n), n
}
