package safety

import "strings"

// Someone else's risk told in the third person ("my sister keeps saying
// shed be better off dead", "he says when his wife dies hell go too") is
// the same idea as the speaker's own, said of another. The English rules
// for the speaker are many more than those for someone else, so a message
// that no rule finds, and that has someone else as a subject, is read
// once more as if that person spoke: the subject becomes "i", "she",
// "he" and "they" become "i", "her" and "his" become "my", their verbs
// lose the ending of the third person ("keeps" → "keep"). A risk found
// only in that reading is someone else's.

// asFirst are the folded words of the third person and their first
// person, as messages are folded ("she'll" → "shel", "i'll" → "il").
var asFirst = map[string]string{
	"she": "i", "he": "i",
	"shes": "im", "hes": "im",
	"shed": "id", "hed": "id",
	"shel": "il", "hel": "il",
	"his": "my", "hers": "mine", "their": "my", "theirs": "mine",
	"they": "i", "theyre": "im", "theyve": "ive", "theyd": "id", "theyl": "il",
	"him":     "me",
	"herself": "myself", "himself": "myself", "themself": "myself", "themselves": "myself",
}

// thirdVerbs are the verbs of the third person whose first person is not
// the word less its "s".
var thirdVerbs = map[string]string{
	"is": "am", "isnt": "am not", "has": "have", "hasnt": "havent", "does": "do", "doesnt": "dont",
	"was": "was", "wasnt": "wasnt", "goes": "go",
}

// fillers may stand between a subject and its verb ("she always says").
var fillers = map[string]bool{"always": true, "never": true, "just": true, "realy": true, "stil": true,
	"also": true, "even": true, "literaly": true, "actualy": true, "often": true, "sometimes": true, "now": true}

// firstPersonReading returns toks read as if the third person spoke, or
// nil when no word changed. thirds are the spans of the English third:
// subjects ("my sister", "a friend").
func firstPersonReading(toks []string, spans []span) []string {
	out := make([]string, 0, len(toks))
	changed := false
	verbNext := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// A named person as the subject: "my sister" → "i".
		// A third span that starts with a verb of telling ("said hell",
		// "keeps saying she") is no noun phrase: its pronoun is read
		// below, the verb kept ("and said ill be gone by morning").
		if end := thirdAt(spans, i); end > i && subjectSlot(prev(toks, i)) && !tellingVerbs[t] {
			out = append(out, "i")
			i = end - 1
			changed, verbNext = true, true
			continue
		}
		if verbNext {
			if fillers[t] {
				out = append(out, t)
				continue
			}
			verbNext = false
			if v, ok := thirdVerbs[t]; ok {
				out = append(out, strings.Fields(v)...)
				changed = true
				continue
			}
			if v, ok := firstOfThird(t); ok {
				out = append(out, v)
				changed = true
				continue
			}
		}
		if t == "her" {
			// "her" is "me" where nothing follows it that it could own,
			// but for someone followed or joined ("hell follow her").
			if otherPerson[prev(toks, i)] {
				out = append(out, t)
				continue
			}
			if n := next(toks, i); n == "" || n == boundary || herAsObject[n] {
				out = append(out, "me")
			} else {
				out = append(out, "my")
			}
			changed = true
			continue
		}
		// "she's been", "he's given": "has", not "is".
		if (t == "shes" || t == "hes") && hasParticiple(next(toks, i)) {
			out = append(out, "ive")
			changed, verbNext = true, false
			continue
		}
		if f, ok := asFirst[t]; ok {
			out = append(out, f)
			changed = true
			verbNext = t == "she" || t == "he"
			continue
		}
		out = append(out, t)
	}
	if !changed {
		return nil
	}
	return out
}

// tellingVerbs start the English third lines that frame what someone
// said rather than name them, spelt as messages are folded.
var tellingVerbs = squeezedSet("says", "said", "told", "tells", "keeps", "texted", "posted", "wrote", "mentioned",
	"admitted", "talks", "talked", "messaged", "wants", "thinks", "doesnt", "feels")

// subjectSlot reports whether a noun phrase after the word p stands where
// a subject does: at the start of a sentence, or after a conjunction or
// a word of time ("and my sister", "lately my dad").
func subjectSlot(p string) bool {
	return p == "" || p == boundary || conjunctions[p] || subjectOpeners[p]
}

var subjectOpeners = map[string]bool{"because": true, "cause": true, "cos": true, "coz": true, "cuz": true,
	"now": true, "today": true, "yesterday": true, "lately": true, "tonight": true, "like": true, "then": true,
	"think": true, "worried": true, "scared": true, "afraid": true, "know": true, "feel": true}

// otherPerson are the verbs whose object is someone other than their
// subject: "he says hell follow her" keeps her.
var otherPerson = squeezedSet("follow", "join", "marry", "visit")

// herAsObject are the words after which "her" is an object, not a
// possessive: "people like her", "nobody would miss her anymore".
var herAsObject = map[string]bool{"and": true, "but": true, "so": true, "if": true, "when": true, "to": true,
	"for": true, "anymore": true, "again": true, "alone": true, "out": true, "up": true, "of": true,
	"that": true, "because": true, "lol": true, "at": true, "in": true, "on": true, "with": true}

// firstOfThird returns the first person of a verb in the third person,
// folded: "wants" → "want", "tries" → "try", "wishes" → "wish".
func firstOfThird(t string) (string, bool) {
	n := len(t)
	switch {
	case n < 4 || t[n-1] != 's' || strings.HasSuffix(t, "ss") || strings.HasSuffix(t, "us"):
		return "", false
	case strings.HasSuffix(t, "ies"):
		return t[:n-3] + "y", true
	case strings.HasSuffix(t, "shes") || strings.HasSuffix(t, "ches") || strings.HasSuffix(t, "xes") || strings.HasSuffix(t, "ses"):
		return t[:n-2], true
	}
	return t[:n-1], true
}

// thirdAt returns the end of an English third-person subject span that
// starts at i and is a noun phrase of more than one word ("my sister"),
// or -1.
func thirdAt(spans []span, i int) int {
	end := -1
	for _, s := range spans {
		if s.kind == kindThird && s.lang == "en" && s.start == i && s.end-s.start > 1 {
			end = max(end, s.end)
		}
	}
	return end
}

func prev(toks []string, i int) string {
	if i == 0 {
		return ""
	}
	return toks[i-1]
}

func next(toks []string, i int) string {
	if i+1 >= len(toks) {
		return ""
	}
	return toks[i+1]
}

// anyEnglishThird reports whether a span names someone else as a subject
// in English.
func anyEnglishThird(spans []span) bool {
	for _, s := range spans {
		if s.kind == kindThird && s.lang == "en" {
			return true
		}
	}
	return false
}

// participles that follow "has" ("she's been", "he's given"), folded.
var participles = squeezedSet("been", "got", "gotten", "gone", "had", "done", "made", "taken", "written", "given",
	"left", "told", "said", "bought", "sold", "sent", "cut", "hurt", "kept", "found", "seen", "thrown", "hidden", "eaten")

func hasParticiple(t string) bool {
	return participles[t] || len(t) > 4 && strings.HasSuffix(t, "ed")
}
