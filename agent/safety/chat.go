package safety

import (
	"strings"
	"unicode"
)

// chatWords are the chat spellings read as the words they stand for, in
// their folded form (doubled letters already squeezed: "wanna" is
// "wana"). Messages and lexicon patterns both go through them, so a rule
// written "want to die" also meets "wanna die", "u" meets "you" and
// "tmrw" meets "tomorrow", and no rule needs to list the chat spellings
// of its words.
var chatWords = map[string]string{
	"wana": "want to", "wanan": "want to", "gona": "going to", "gna": "going to", "finna": "going to", "fina": "going to",
	"tryna": "trying to", "trna": "trying to", "gota": "got to",
	"ima": "im going to", "imma": "im going to", "outa": "out of",
	"leme": "let me", "gime": "give me", "duno": "dont know", "dunno": "dont know",
	"u": "you", "yu": "you", "ur": "your", "urself": "yourself", "r": "are",
	"ppl": "people", "ppls": "peoples", "evry": "every", "everyi": "everyone", "evryone": "everyone",
	"noi": "noone", "somei": "someone", "anyi": "anyone",
	"bc": "because", "bcs": "because", "bcz": "because", "bcuz": "because", "becuz": "because", "cuz": "because",
	"coz": "because", "cus": "because", "bcos": "because", "bcoz": "because",
	"tmrw": "tomorow", "tmr": "tomorow", "tmrow": "tomorow", "tmw": "tomorow", "tomoro": "tomorow",
	"tmoro": "tomorow", "2moro": "tomorow", "2morow": "tomorow", "tomoz": "tomorow",
	"aever": "forever", "aeva": "forever", "foreva": "forever", "tonite": "tonight", "2nite": "tonight", "2night": "tonight", "tnite": "tonight", "nite": "night",
	"abt": "about", "bout": "about", "wat": "what", "wut": "what", "wot": "what", "thru": "through",
	"wats": "whats", "wuts": "whats", "whts": "whats", "wots": "whats", "godby": "goodbye", "gudbye": "goodbye", "gudby": "goodbye",
	"luv": "love", "wud": "would", "wld": "would", "cud": "could", "cld": "could",
	"shud": "should", "shld": "should", "dnt": "dont", "wnt": "want", "nvr": "never",
	"pls": "please", "plz": "please", "msg": "message", "msgs": "messages", "txt": "text", "txted": "texted",
	"وما": "و ما", "ومش": "و مش", "ومو": "و مو", "وانا": "و انا",
	"bf": "boyfriend", "gf": "girlfriend", "bestie": "best friend", "bff": "best friend",
	"smth": "something", "sth": "something", "smthn": "something", "somethin": "something", "smthg": "something",
	"b": "be", "n": "and", "tn": "tonight", "evrythin": "everything", "everythin": "everything", "nothin": "nothing",
	"livin": "living", "tryin": "trying", "thinkin": "thinking", "goin": "going", "doin": "doing", "nuthin": "nothing",
}

// chatSplit holds, for each chat spelling, the words it stands for,
// spelt as tokens spells them ("noone" is "none", as the lexicon's
// "noone" is read).
var chatSplit = func() map[string][]string {
	out := make(map[string][]string, len(chatWords))
	for k, v := range chatWords {
		if k == v {
			continue
		}
		for _, w := range strings.Fields(v) {
			for s := range squeezedSet(w) {
				out[k] = append(out[k], s)
			}
		}
	}
	return out
}()

// chatSpelling returns the words a folded chat spelling stands for, and
// false when w is an ordinary word.
func chatSpelling(w string) ([]string, bool) {
	ws, ok := chatSplit[w]
	return ws, ok
}

// hedges are the words people put between the parts of a statement to
// soften or stress it ("whats even the point", "i honestly just want it
// to stop"). They carry no part of what is said, so they are no words:
// messages and patterns both drop them, and a rule matches with or
// without them in between.
var hedges = squeezedSet("just", "really", "honestly", "literally", "actually", "seriously", "genuinely",
	"basically", "lowkey", "highkey", "tbh", "ngl", "truly", "simply", "totally", "kinda", "sorta", "prolly",
	"probably", "maybe", "perhaps", "tho", "though", "idk", "rly", "jst", "evn", "srsly", "defo", "prob", "probs")

// squeezedSet is a set of plain lowercase words, spelt as tokens spells
// them: runs of one letter squeezed to one.
func squeezedSet(ws ...string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		b := []byte{}
		for i := 0; i < len(w); i++ {
			if i == 0 || w[i] != w[i-1] {
				b = append(b, w[i])
			}
		}
		out[string(b)] = true
	}
	return out
}

// isHedge reports whether a lexicon word is a hedge, which a message never
// has among its words.
func isHedge(w string) bool {
	return w != "" && len(tokens(w, nil)) == 0 && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
}

// hedgeMark stands, in a lexed pattern, for a hedge word: no slot.
const hedgeMark = "%"

// langHedges are hedges in one language that are words in another: the
// English "even" ("why am i even alive") is the Dutch for "a moment"
// ("ik wil even weg"). Each main language has its own ("ik wil gewoon
// weg voorgoed", "ich will einfach nicht mehr"). The patterns of that
// language drop them, and a message drops them when it is read in that
// language (see Detect).
var langHedges = map[string]map[string]bool{
	"en": {"even": true},
	"nl": squeezedSet("gewoon", "gwn", "gewoonweg", "echt", "eigenlijk", "serieus", "letterlijk"),
	"de": squeezedSet("einfach", "echt", "wirklich", "eigentlich", "ehrlich", "ernsthaft", "buchstablich", "ehrlichgesagt"),
	"fr": squeezedSet("juste", "vraiment", "franchement", "serieusement", "litteralement", "carrement", "sincerement"),
	"es": squeezedSet("simplemente", "realmente", "sinceramente", "literalmente", "honestamente", "neta"),
	"pt": squeezedSet("simplesmente", "sinceramente", "literalmente", "realmente", "honestamente"),
	"it": squeezedSet("semplicemente", "davvero", "sinceramente", "letteralmente", "onestamente", "veramente"),
	"pl": squeezedSet("naprawde", "serio", "szczerze", "doslownie", "totalnie"),
	"tr": squeezedSet("sadece", "gercekten", "cidden", "resmen", "acikcasi", "harbiden"),
}

// dropHedges removes from toks, in place, the hedges of lang.
func dropHedges(toks []string, lang string) []string {
	h := langHedges[lang]
	if h == nil {
		return toks
	}
	out := toks[:0]
	for _, t := range toks {
		if !h[t] {
			out = append(out, t)
		}
	}
	return out
}
