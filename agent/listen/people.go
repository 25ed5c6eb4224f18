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
	if name := knownName(toks[i].word, names); name != "" {
		g := byte(0)
		if v, ok := vocatives[strings.ToLower(name)]; ok {
			g = v
		}
		return Mention{Who: name, Ref: name, Named: true, Gender: g}, 1, true
	}
	if g, ok := vocatives[w]; ok {
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
	rel := strings.ToLower(toks[j].word)
	if _, ok := relations[rel]; !ok && len(mods) > 0 && mods[len(mods)-1] == "ex" && vocatives[rel] == 0 {
		// "my ex texted": the ex is who is meant.
		return Mention{Who: "your " + strings.Join(mods, " "), Ref: "your " + strings.Join(mods, " ")}, j - i, true
	}
	ref := "your " + strings.Join(append(mods, spelledOut(rel)), " ")
	if g, ok := vocatives[rel]; ok {
		return Mention{Who: upFirst(rel), Ref: ref, Named: true, Gender: g}, j - i + 1, true
	}
	g, ok := relations[rel]
	if !ok {
		return Mention{}, 0, false
	}
	// "my sister Ana": the name is who is meant.
	if j+1 < len(toks) && toks[j].tail == "" {
		if name := knownName(toks[j+1].word, names); name != "" {
			return Mention{Who: name, Ref: name, Named: true, Gender: g}, j - i + 2, true
		}
	}
	return Mention{Who: ref, Ref: ref, Gender: g}, j - i + 1, true
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
