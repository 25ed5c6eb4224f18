// Package places knows where people say they live: countries, regions and
// large cities, each with its IANA timezone. The table is data
// (zones.tsv, embedded), written for this project; Go's timezone database
// then does the arithmetic. A lookup only succeeds when the message is a
// place, give or take "I live in" and the like, so an unrelated word that
// happens to share a place's name never sets a timezone.
package places

import (
	_ "embed"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/internal/fold"
)

//go:embed zones.tsv
var zonesTSV string

// Place is a place the table knows.
type Place struct {
	// Name is the place as the table spells it, lowercase ("sao paulo").
	Name string
	// Zone is its IANA timezone ("America/Sao_Paulo"); empty for a country
	// or region with several zones, where a city is needed.
	Zone string
}

// Several reports whether the place spans more than one timezone.
func (p Place) Several() bool { return p.Zone == "" }

// table maps a folded place name to its zone ("" for several); longest is
// the most words any name has.
var table, longest = load(zonesTSV)

func load(src string) (map[string]string, int) {
	m := map[string]string{}
	n := 0
	for line := range strings.SplitSeq(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, zone, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if zone == "-" {
			zone = ""
		}
		key := Fold(name)
		m[key] = zone
		n = max(n, len(strings.Fields(key)))
	}
	return m, n
}

// Fold lowercases s, takes accents off and turns punctuation other than
// apostrophes and dots inside words into spaces: "São Paulo!" gives
// "sao paulo".
func Fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		first, second := fold.Rune(r)
		for _, c := range []rune{first, second} {
			switch {
			case c == 0:
			case unicode.IsLetter(c) || unicode.IsDigit(c) || c == '\'' || c == '.':
				b.WriteRune(c)
			case fold.IsApostrophe(c):
				b.WriteByte('\'')
			default:
				b.WriteByte(' ')
			}
		}
	}
	words := strings.Fields(b.String())
	for i, w := range words {
		words[i] = strings.TrimRight(w, ".'")
		if words[i] != w && strings.Count(w, ".") > 1 {
			words[i] = strings.TrimRight(w, "'") // "u.s." keeps its dots
		}
	}
	return strings.Join(words, " ")
}

// Known reports whether the words are a place in the table ("berlin",
// "new york"), in any case and with or without accents.
func Known(words string) bool {
	_, ok := table[Fold(words)]
	return ok
}

// Find reads the place a person names when asked where they are: the whole
// message ("Manchester", "UK") or the place after a lead-in ("I live in
// Lyon", "im in sao paulo", "near Leeds, in England"). The place nearest the
// end wins, since "from Madrid but I live in Lyon" means Lyon. It returns
// false when the message names no place of the table.
func Find(text string) (Place, bool) {
	words := strings.Fields(Fold(text))
	words = trimFiller(words)
	if len(words) == 0 {
		return Place{}, false
	}
	if p, ok := lookup(words); ok {
		return p, true
	}
	// A lead-in word ("in", "near") followed by a place, scanning from the end.
	for i := len(words) - 1; i >= 0; i-- {
		if !leadIns[words[i]] {
			continue
		}
		for n := min(longest, len(words)-i-1); n >= 1; n-- {
			if p, ok := lookup(trimFiller(words[i+1 : i+1+n])); ok {
				return p, true
			}
		}
	}
	return Place{}, false
}

// Only reads a message that is a place and nothing more, give or take the
// words around it ("UK", "in the uk", "London please"): said with no
// question on screen, such a message can only be telling where one is.
// "from Madrid but I live in Lyon" is more than a place, and false; so is
// a word that is mostly something else ("nice", "us") said on its own.
func Only(text string) (Place, bool) {
	all := strings.Fields(Fold(text))
	words := trimFiller(all)
	if len(words) == 0 || len(all) == 1 && ordinary[all[0]] {
		return Place{}, false
	}
	return lookup(words)
}

// ordinary are places whose name is more often a word or a first name:
// alone, "nice" is a reply and "jordan" a person.
var ordinary = wordset.Of(`nice us split la turkey cork chile cali rio salvador kingston darwin perth victoria georgia
jordan york bern bath reading mobile china oman chad peru cuba`)

func lookup(words []string) (Place, bool) {
	key := strings.Join(words, " ")
	zone, ok := table[key]
	if !ok {
		key = strings.TrimPrefix(key, "the ")
		zone, ok = table[key]
	}
	return Place{Name: key, Zone: zone}, ok
}

// trimFiller takes the words that may surround a place off both ends: "i
// live in", "it's", "now", "thanks".
func trimFiller(words []string) []string {
	for len(words) > 0 && (headFiller[words[0]] || leadIns[words[0]]) {
		words = words[1:]
	}
	for len(words) > 0 && tailFiller[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return words
}

var (
	leadIns    = wordset.Of(`in near from at outside around nr`)
	headFiller = wordset.Of(`i i'm im i've ive we we're were our my me it's its it is am are live living lives based
moved move just now currently actually um so oh ok okay well yeah yes sure city of town timezone time zone
zone tz same as like probably mostly usually at`)
	tailFiller = wordset.Of(`now please pls thanks thank you thx lol area time timezone zone city currently these days
atm for at the moment too mostly ok btw fyi lol haha`)
)
