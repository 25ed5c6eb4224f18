package compose

import (
	"regexp"
	"strings"
)

// A message about the recipient often speaks of someone else of theirs in
// the same breath: "her dad passed away last week. we used to go to his
// restaurant after school". Each clause is rewritten to the second person
// on its own, and a clause that names nobody would take "his" for the
// recipient's ("your restaurant"). Once the message has shown which
// pronouns are the recipient's ("her dad") and who else it speaks of (her
// dad, a "he"), a pronoun of the other one's gender in a later clause is
// theirs: it is named as that person ("her dad's restaurant"), which the
// rewrite then turns to "your dad's restaurant".

// thirdParty is someone of theirs or of the writer's named with a family
// word: "her dad", "his mum", "my uncle", "Dana's brother".
var thirdParty = regexp.MustCompile(`(?i)\b(his|her|their|my|our|[a-z]+'s) ((?:late |little |big |older |younger |baby |new |ex-?)?([a-z-]+))\b`)

// recipientGender is "f" or "m" for the recipient when the message tells:
// a family word as their name ("Nan"), a family word just before their
// name ("my sister Ana"), or the first "she", "her", "he", "his" that is
// not said of someone else just named ("my dad said he…" is the dad).
func recipientGender(text, name string) string {
	first := strings.ToLower(firstName(name))
	if g := genderOfKin(first); g != "" {
		return g
	}
	words := strings.Fields(strings.ToLower(text))
	other := false
	for i, w := range words {
		core := strings.Trim(w, ",.;:!?()\"")
		if first != "" && core == first && i > 0 {
			if g := genderOfKin(strings.Trim(words[i-1], ",.;:!?")); g != "" {
				return g
			}
		}
		if g := pronounGender[core]; g != "" {
			if !other || possessive[core] && i+1 < len(words) && genderOfKin(strings.Trim(words[i+1], ",.;:!?")) != "" {
				return g
			}
			continue
		}
		if genderOfKin(core) != "" && i > 0 && (words[i-1] == "my" || words[i-1] == "our") {
			// "my dad … he": what follows is said of the dad.
			other = true
		}
	}
	return ""
}

// genderOfKin is "f" or "m" for a family word, "" otherwise.
func genderOfKin(w string) string {
	return map[string]string{"him": "m", "her": "f"}[kinPronoun(w)]
}

// namedTheirs rewrites, in each clause after the first that names someone
// of the other gender than the recipient, the first possessive that can
// only be that person's, as that person's: "his restaurant" → "her dad's
// restaurant". A clause that names someone itself is left as it is (the
// rewrite of a clause tells its own pronouns apart).
func namedTheirs(clauses []string, text, name string) []string {
	rg := recipientGender(text, name)
	if rg == "" {
		return clauses
	}
	who, whoG := "", ""
	out := make([]string, len(clauses))
	for i, c := range clauses {
		out[i] = c
		if m := lastThirdParty(c, name); m[0] != "" {
			who, whoG = m[0], m[1]
			continue
		}
		if who == "" || whoG == rg {
			continue
		}
		out[i] = nameFirstPronoun(c, who, whoG)
	}
	return out
}

// lastThirdParty is the last someone named with a family word in c, and
// their gender; empty when c names nobody of a known gender.
func lastThirdParty(c, name string) [2]string {
	var found [2]string
	first := strings.ToLower(firstName(name))
	for _, m := range thirdParty.FindAllStringSubmatch(c, -1) {
		g := genderOfKin(strings.ToLower(m[3]))
		owner := strings.ToLower(m[1])
		if g == "" {
			continue
		}
		if strings.HasSuffix(owner, "'s") && owner != first+"'s" {
			// "Mia's dad" of someone who is not the recipient: theirs
			// is not known, so nothing is assumed.
			continue
		}
		found = [2]string{strings.ToLower(m[1] + " " + m[2]), g}
	}
	return found
}

// nameFirstPronoun puts who's in place of the first pronoun of gender g
// in c when it says whose something is; c is left as it is otherwise.
func nameFirstPronoun(c, who, g string) string {
	words := strings.Fields(c)
	for i, w := range words {
		core := strings.TrimRight(w, ",.;:!?")
		tail := w[len(core):]
		low := strings.ToLower(core)
		if pronounGender[low] != g {
			continue
		}
		if !possessive[low] || i+1 == len(words) || tail != "" || low == "her" && objectFollowers[strings.ToLower(strings.TrimRight(words[i+1], ",.;:!?"))] {
			// A subject or an object ("he always made us tea") is left
			// to the rewrite, which after a death keeps it the one who
			// died; only whose something is, is named.
			return c
		}
		words[i] = who + "'s"
		return strings.Join(words, " ")
	}
	return c
}
