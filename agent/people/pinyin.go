package people

import "github.com/companion-dev/companion/agent/internal/wordset"

// Chinese given names written in pinyin without tones ("xiaoling",
// "meiling", "zhiming") can end like an English verb form, which the
// finder otherwise keeps out of names. A word made wholly of two or three
// pinyin syllables, each an initial and a final, reads as such a name.

// pinyinInitials are the initials, longest first so "zh" is tried before
// "z"; the empty initial is not allowed, which keeps English words such
// as "seeing" ("se" + "eing") out.
var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
	"r", "z", "c", "s", "y", "w"}

// pinyinFinals are the finals a syllable may end with.
var pinyinFinals = wordset.Of(`a o e i u v ai ei ao ou an en ang eng ong ia ie iao iu ian in iang ing iong ua uo uai ui uan un
uang ue ve er`)

// pinyinName reports whether w, lowercase, is two or three pinyin
// syllables and nothing else.
func pinyinName(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && !isVowel(w[i]) {
			// "running", "shopping": English doubles a consonant before
			// "-ing", which pinyin names almost never show.
			return false
		}
	}
	n := pinyinSyllables(w, 0)
	return n >= 2 && n <= 3
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// pinyinFits reports whether initial ini may take final fin: "j", "q"
// and "x" take only finals that open with "i", "u" or "v"; "g", "k", "h"
// and the others never take one that opens with "i" ("ging" is no
// syllable), save the lone "i" after "zh", "ch", "sh", "r", "z", "c", "s".
func pinyinFits(ini, fin string) bool {
	switch ini {
	case "j", "q", "x":
		return fin[0] == 'i' || fin[0] == 'u' || fin[0] == 'v'
	case "g", "k", "h", "f", "w":
		return fin[0] != 'i' && fin[0] != 'v'
	case "zh", "ch", "sh", "r", "z", "c", "s":
		return fin == "i" || fin[0] != 'i' && fin[0] != 'v'
	}
	return true
}

// pinyinSyllables is the least number of syllables w splits into from
// position i, or -1 when it does not split.
func pinyinSyllables(w string, i int) int {
	if i == len(w) {
		return 0
	}
	best := -1
	for _, ini := range pinyinInitials {
		if len(w)-i < len(ini)+1 || w[i:i+len(ini)] != ini {
			continue
		}
		for end := i + len(ini) + 1; end <= len(w) && end <= i+len(ini)+4; end++ {
			if fin := w[i+len(ini) : end]; !pinyinFinals[fin] || !pinyinFits(ini, fin) {
				continue
			}
			if rest := pinyinSyllables(w, end); rest >= 0 && (best < 0 || rest+1 < best) {
				best = rest + 1
			}
		}
	}
	return best
}
