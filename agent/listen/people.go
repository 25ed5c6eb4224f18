package listen

import "strings"

// Mention is someone an answer speaks of: a name ("Dorothy"), a family word
// used as one ("Grandma"), or a relation ("your cousin").
type Mention struct {
	// Who is how the companion names them back: "Dorothy", "Grandma",
	// "your cousin".
	Who string
	// Named is true when Who can open a message ("Hi Grandma"): a name or a
	// family word people use as one, not "your cousin".
	Named bool
	// Ref is how a sentence refers to them: "your dad" when the person said
	// "my dad", else Who.
	Ref string
	// Gender is 'f' or 'm' when the words say so ("my nan", "my brother"),
	// else 0: a name alone says nothing sure about it.
	Gender byte
}

// vocatives are family words people use as names; the value is the gender.
var vocatives = map[string]byte{
	"mum": 'f', "mom": 'f', "mam": 'f', "mama": 'f', "mummy": 'f', "mommy": 'f', "grandma": 'f', "gran": 'f',
	"granny": 'f', "nan": 'f', "nana": 'f', "nanna": 'f', "grandmother": 'f', "auntie": 'f', "aunty": 'f',
	"dad": 'm', "daddy": 'm', "papa": 'm', "grandad": 'm', "granddad": 'm', "grandpa": 'm', "grandfather": 'm',
	"gramps": 'm', "abuela": 'f', "abuelita": 'f', "abuelo": 'm', "nonna": 'f', "nonno": 'm', "oma": 'f', "opa": 'm',
	"bubbe": 'f', "lola": 'f', "lolo": 'm', "baba": 'm', "babcia": 'f', "dziadek": 'm', "amma": 'f', "appa": 'm',
	"ammi": 'f', "abbu": 'm', "nani": 'f', "nanu": 'm', "dadi": 'f', "bibi": 'f', "yaya": 'f', "mamma": 'f',
}

// someonesKin are words before "mum" or "dad" that make it anyone's ("a
// dad", "every mum", "the other mums"), not a name the person calls their
// own.
var someonesKin = map[string]bool{
	"a": true, "an": true, "the": true, "another": true, "every": true, "any": true, "some": true,
	"new": true, "single": true, "other": true,
}

// relations are words for who someone is; the value is the gender, or 0.
var relations = map[string]byte{
	"sister": 'f', "brother": 'm', "aunt": 'f', "uncle": 'm', "cousin": 0, "niece": 'f', "nephew": 'm',
	"wife": 'f', "husband": 'm', "girlfriend": 'f', "boyfriend": 'm', "partner": 0, "son": 'm', "daughter": 'f',
	"mother": 'f', "father": 'm', "friend": 0, "bestie": 0, "flatmate": 0, "roommate": 0, "housemate": 0,
	"colleague": 0, "coworker": 0, "neighbour": 0, "neighbor": 0, "boss": 0, "mentor": 0, "teacher": 0,
	"sis": 'f', "bro": 'm', "stepmum": 'f', "stepmom": 'f', "stepdad": 'm', "godmother": 'f', "godfather": 'm',
	"mate": 0, "pal": 0, "ex": 0, "kids": 0, "parents": 0, "family": 0, "friends": 0, "grandparents": 0,
	"cousins": 0, "siblings": 0, "folks": 0, "team": 0, "teammates": 0,
	"roomie": 0, "bff": 0, "buddy": 0, "workmate": 0, "classmate": 0, "hubby": 'm', "fiance": 'm', "fiancee": 'f',
	"fiancé": 'm', "fiancée": 'f', "bf": 'm', "gf": 'f', "grandson": 'm', "granddaughter": 'f', "stepsister": 'f',
	"stepbrother": 'm', "missus": 'f', "wifey": 'f', "auntie": 'f', "aunty": 'f', "godson": 'm', "goddaughter": 'f',
	"teammate": 0, "babysitter": 0, "nanny": 0, "landlord": 'm', "landlady": 'f', "tutor": 0, "coach": 0,
	"manager": 0, "stepson": 'm', "stepdaughter": 'f', "flatmates": 0, "housemates": 0, "bestfriend": 0,
}

// relationMods may stand between "my" and the relation: "my best friend".
var relationMods = map[string]bool{"best": true, "old": true, "oldest": true, "closest": true, "close": true,
	"little": true, "big": true, "younger": true, "older": true, "baby": true, "twin": true, "uni": true,
	"school": true, "work": true, "childhood": true, "new": true, "dear": true, "late": true, "ex": true}

// Mentions lists the people a text speaks of, in order, once each. names
// are the personal names already found in it (the caller knows names
// better); a relation followed by one of them ("my sister Ana") is that
// name.
func Mentions(text string, names []string) []Mention {
	toks := tokenize(text)
	var out []Mention
	add := func(m Mention) {
		for _, o := range out {
			if strings.EqualFold(o.Who, m.Who) {
				return
			}
		}
		out = append(out, m)
	}
	for i := 0; i < len(toks); i++ {
		if m, n, ok := mentionAt(toks, i, names); ok {
			add(m)
			i += n - 1
		}
	}
	return out
}

// mentionAt reads a mention starting at toks[i] and says how many tokens it
// took.
func mentionAt(toks []token, i int, names []string) (Mention, int, bool) {
	w := strings.ToLower(toks[i].word)
	if name, n := nameAt(toks, i, names); name != "" {
		g := byte(0)
		if v, ok := vocatives[strings.ToLower(name)]; ok {
			g = v
		}
		if t, ok := titles[w]; ok && n > 1 {
			g = t
		}
		return Mention{Who: name, Ref: name, Named: true, Gender: g}, n, true
	}
	if g, ok := vocatives[w]; ok {
		if i > 0 && toks[i-1].tail == "" && someonesKin[strings.ToLower(toks[i-1].word)] {
			// "becoming a dad": a role, not the person's own Dad.
			return Mention{}, 0, false
		}
		if i+1 < len(toks) && toks[i].tail == "" {
			// "aunty ngozi", "nana rose": the name that follows is what
			// she is called, one person.
			if name, n := nameAt(toks, i+1, names); name != "" {
				return Mention{Who: name, Ref: name, Named: true, Gender: g}, 1 + n, true
			}
		}
		return Mention{Who: upFirst(w), Ref: upFirst(w), Named: true, Gender: g}, 1, true
	}
	if w != "my" && w != "our" {
		return Mention{}, 0, false
	}
	j := i + 1
	var mods []string
	for j < len(toks) && relationMods[strings.ToLower(toks[j].word)] && toks[j-1].tail == "" {
		mods = append(mods, strings.ToLower(toks[j].word))
		j++
	}
	if j >= len(toks) || toks[j-1].tail != "" {
		return Mention{}, 0, false
	}
	if k, rel, ok := inLaws(toks, j); ok {
		// "my in laws", "my sister-in-law": family by marriage.
		ref := "your " + strings.Join(append(mods, rel), " ")
		g := relations[strings.TrimSuffix(rel, "-in-law")]
		if k < len(toks) && toks[k-1].tail == "" {
			// "my sister-in-law Hana" is Hana.
			if name, n := nameAt(toks, k, names); name != "" {
				return Mention{Who: name, Ref: name, Named: true, Gender: g}, k - i + n, true
			}
		}
		return Mention{Who: ref, Ref: ref, Gender: g}, k - i, true
	}
	if _, isRel := relations[strings.ToLower(toks[j].word)]; !isRel && vocatives[strings.ToLower(toks[j].word)] == 0 {
		// "my old football coach", "my piano teacher": a word or two
		// saying which, before the relation.
		for k := j + 1; k <= j+2 && k < len(toks) && toks[k-1].tail == ""; k++ {
			if notFree[strings.ToLower(toks[k-1].word)] {
				// "my own sister's": said of oneself, not which sister.
				break
			}
			if _, ok := relations[strings.ToLower(toks[k].word)]; ok && !groupLike(strings.ToLower(toks[k].word)) {
				for _, t := range toks[j:k] {
					mods = append(mods, strings.ToLower(t.word))
				}
				j = k
				break
			}
		}
	}
	rel := strings.ToLower(toks[j].word)
	if _, ok := relations[rel]; !ok && len(mods) > 0 && mods[len(mods)-1] == "ex" && vocatives[rel] == 0 {
		// "my ex texted": the ex is who is meant.
		return Mention{Who: "your " + strings.Join(mods, " "), Ref: "your " + strings.Join(mods, " ")}, j - i, true
	}
	ref := "your " + strings.Join(append(mods, spelledOut(rel)), " ")
	if g, ok := vocatives[rel]; ok {
		if j+1 < len(toks) && toks[j].tail == "" {
			// "my grandma nani", "my nan Edie": the name that follows is
			// what she is called.
			next := strings.ToLower(toks[j+1].word)
			if name, n := nameAt(toks, j+1, names); name != "" {
				return Mention{Who: name, Ref: name, Named: true, Gender: g}, j - i + 1 + n, true
			}
			if _, voc := vocatives[next]; voc && next != rel {
				return Mention{Who: upFirst(next), Ref: ref + " " + upFirst(next), Named: true, Gender: g}, j - i + 2, true
			}
		}
		return Mention{Who: upFirst(rel), Ref: ref, Named: true, Gender: g}, j - i + 1, true
	}
	g, ok := relations[rel]
	if !ok {
		return Mention{}, 0, false
	}
	// "my sister Ana": the name is who is meant.
	if j+1 < len(toks) && toks[j].tail == "" {
		if name, n := nameAt(toks, j+1, names); name != "" {
			if t, ok := titles[strings.ToLower(toks[j+1].word)]; ok && n > 1 && g == 0 {
				g = t
			}
			return Mention{Who: name, Ref: name, Named: true, Gender: g}, j - i + 1 + n, true
		}
		// "my friend from uni oscar", "my cousin from back home dani":
		// where they are from, then the name, is one person.
		if k := fromPlaceEnd(toks, j+1); k > 0 {
			if name, n := nameAt(toks, k, names); name != "" {
				return Mention{Who: name, Ref: name, Named: true, Gender: g}, k - i + n, true
			}
		}
	}
	return Mention{Who: ref, Ref: ref, Gender: g}, j - i + 1, true
}

// fromPlaceEnd reads "from uni", "from my old job", "from back home" at
// toks[k], a place of up to three words with no pause inside, and returns
// the index after it, or 0.
func fromPlaceEnd(toks []token, k int) int {
	if k >= len(toks) || strings.ToLower(toks[k].word) != "from" || toks[k].tail != "" {
		return 0
	}
	for end := k + 2; end <= k+5 && end < len(toks); end++ {
		if toks[end-1].tail != "" {
			break
		}
		if _, rel := relations[strings.ToLower(toks[end-1].word)]; rel {
			return 0
		}
		if placeWords[strings.ToLower(toks[end-1].word)] {
			return end
		}
	}
	if k+2 < len(toks) && toks[k+1].tail == "" {
		// "from manchester priya": a place of one word.
		return k + 2
	}
	return 0
}

// placeWords end where someone is from: "from my old job", "from the
// running club".
var placeWords = map[string]bool{"uni": true, "university": true, "school": true, "college": true, "work": true,
	"job": true, "office": true, "club": true, "gym": true, "church": true, "home": true, "team": true, "class": true,
	"course": true, "choir": true, "mosque": true, "temple": true, "group": true, "days": true}

// titles go before a surname: "mrs achterberg" is one person, Mrs
// Achterberg. The value is the gender the title says, or 0.
var titles = map[string]byte{"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "dr": 0, "prof": 0, "mx": 0}

// nameAt is the name that starts at toks[i], a title and the surname after
// it taken as one ("Mrs Achterberg"), and how many tokens it took; "" when
// toks[i] starts none.
func nameAt(toks []token, i int, names []string) (string, int) {
	w := strings.TrimSuffix(strings.ToLower(toks[i].word), ".")
	if _, ok := titles[w]; ok && i+1 < len(toks) && strings.TrimSuffix(toks[i].tail, ".") == "" {
		if sur := knownName(toks[i+1].word, names); sur != "" && !strings.EqualFold(sur, w) {
			return upFirst(w) + " " + upFirst(sur), 2
		}
	}
	if name := knownName(toks[i].word, names); name != "" {
		return name, 1
	}
	return "", 0
}

// inLaws reads family by marriage at toks[j]: "in laws", "in-laws",
// "sister-in-law". It returns the index after it and how it is said.
func inLaws(toks []token, j int) (int, string, bool) {
	w := strings.ToLower(toks[j].word)
	switch {
	case w == "in-laws" || w == "inlaws":
		return j + 1, "in-laws", true
	case w == "in" && j+1 < len(toks) && toks[j].tail == "" && strings.ToLower(toks[j+1].word) == "laws":
		return j + 2, "in-laws", true
	}
	if rel, ok := strings.CutSuffix(w, "-in-law"); ok {
		if _, known := relations[rel]; known {
			return j + 1, w, true
		}
	}
	if _, known := relations[w]; known && j+2 < len(toks) && toks[j].tail == "" && toks[j+1].tail == "" &&
		strings.ToLower(toks[j+1].word) == "in" && strings.TrimRight(strings.ToLower(toks[j+2].word), "s") == "law" {
		// "my mother in law", typed without its hyphens.
		return j + 3, w + "-in-law", true
	}
	return 0, "", false
}

// notFree are words that never say which relation is meant.
var notFree = map[string]bool{"own": true, "other": true, "only": true, "poor": true, "the": true, "a": true}

// groupLike are relations that name many people, never led by a free word
// ("my old uni friends" is read by its modifiers).
func groupLike(rel string) bool {
	return strings.HasSuffix(rel, "s") && rel != "boss"
}

// shortForms are relations typed as letters or clipped, said back in
// full: "my gf" is "your girlfriend". Words people say aloud ("roomie",
// "hubby") are kept as they are.
var shortForms = map[string]string{"gf": "girlfriend", "bf": "boyfriend", "bff": "best friend", "sis": "sister",
	"bro": "brother"}

// spelledOut is rel in full.
func spelledOut(rel string) string {
	if full, ok := shortForms[rel]; ok {
		return full
	}
	return rel
}

// knownName returns the name in names that w is, whatever its case.
func knownName(w string, names []string) string {
	for _, n := range names {
		if strings.EqualFold(n, w) {
			return n
		}
	}
	return ""
}

func upFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
