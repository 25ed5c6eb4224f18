package safety

import "strings"

// violenceStems start the words of an act of violence or its marks, in each
// main language, written plainly and folded at start-up as messages are
// ("schlägt" is read "schlagt", "picchia" "pichia"). They tell apart two
// ways someone else can be at risk: from another person ("her boyfriend
// hits her") or from themselves ("she wants to die"), which need different
// replies. Hurting oneself is not here: "hurt" is both.
var violenceStems = map[string][]string{
	"en": {"hit", "beat", "punch", "slap", "kick", "chok", "strangl", "shov", "abus", "rape", "raping", "assault",
		"bruis", "batter", "smack", "threat", "black eye"},
	"es": {"golpe", "pega", "pego", "maltrat", "abus", "viola", "empuj", "patad", "bofet", "ahorc", "amenaz"},
	"de": {"schlag", "schlug", "geschlagen", "prügel", "verprügel", "tritt", "würg", "missbrauch",
		"vergewalt", "bedroh", "gewalt"},
	"fr": {"frapp", "cogn", "gifl", "viol", "étrangl", "menac", "maltrait", "bat"},
	"pt": {"bate", "espanc", "agred", "estupr", "ameaç", "empurr", "maltrat", "abus"},
	"it": {"picchi", "botte", "maltratt", "schiaff", "calci", "stupr", "minacc", "strangol", "abus", "violent"},
	"nl": {"slaat", "sloeg", "geslagen", "schopt", "mishandel", "misbruik", "verkracht", "bedreig",
		"wurg", "duwt"},
	"pl": {"bije", "bił", "pobi", "uderz", "kopie", "dusi", "gwałc", "zgwałc", "grozi", "znęca"},
	"tr": {"döv", "vur", "tokat", "tekme", "tecavüz", "tehdit", "boğ", "şiddet"},
}

// foldedViolence is violenceStems folded as tokens are.
var foldedViolence = func() map[string][]string {
	out := map[string][]string{}
	for lang, stems := range violenceStems {
		for _, s := range stems {
			var words []string
			for _, t := range tokens(s, nil) {
				if t != boundary {
					words = append(words, t)
				}
			}
			out[lang] = append(out[lang], strings.Join(words, " "))
		}
	}
	return out
}()

// violent reports whether the words of a match name an act of violence in
// its language.
func violent(s span, toks []string) bool {
	text := " " + strings.Join(toks[s.start:s.end], " ")
	for _, stem := range foldedViolence[s.lang] {
		if strings.Contains(text, " "+stem) {
			return true
		}
	}
	return false
}
