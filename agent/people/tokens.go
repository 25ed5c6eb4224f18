package people

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/places"
)

// token is one word of a message.
type token struct {
	raw string // as typed, without surrounding punctuation or a possessive 's
	low string // folded
	// start is true for the first word of a sentence.
	start bool
	// stop is true when punctuation or the end of the text comes right after.
	stop bool
	// comma is true when a comma or dash comes right before.
	comma bool
	// used is set once the word belongs to a found person, place or self-name.
	used bool
	// place is set when the word is part of a place ("moved to berlin").
	place bool
	// poss is true when the word was typed with a possessive 's
	// ("keiko's").
	poss bool
}

// tokenize splits text into words, noting sentence starts and punctuation.
func tokenize(text string) []token {
	var toks []token
	start, comma := true, false
	var bare []int // words read as a name with its possessive typed bare
	fields := strings.Fields(ampersand.Replace(text))
	for fi, f := range fields {
		w := strings.TrimFunc(f, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		lead := f[:strings.Index(f, w)]
		if w == "" {
			if strings.ContainsAny(f, ".!?") {
				start = true
			}
			if strings.ContainsAny(f, ",-–—:;") {
				comma = true
			}
			if symbolsOnly(f) && len(toks) > 0 {
				// "thought of kezia 😂 write her something": an emoji
				// between words ends what came before, as a comma would.
				toks[len(toks)-1].stop = true
				comma = true
			}
			continue
		}
		poss := false
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
				w = strings.TrimSuffix(w, suf)
				poss = true
				break
			}
		}
		if low := foldWord(w); !poss && len(low) > 3 && strings.HasSuffix(low, "s") && !firstNames[low] && firstNames[low[:len(low)-1]] && !isStop(low) && !timeUnits[low] {
			// "Sunitas spreadsheet", "bens mum": a known name with its
			// possessive typed without the apostrophe. A word of its own
			// that only looks like one ("10 mins", "a few secs")
			// stays that word.
			f = strings.Replace(f, w, w[:len(w)-1], 1)
			w, poss = w[:len(w)-1], true
			bare = append(bare, len(toks))
		}
		if low := foldWord(w); !poss && kinOwnsDay(low, fields, fi) {
			// "mums birthday tomorrow": the family word's possessive,
			// typed without the apostrophe, before the day it owns.
			f = strings.Replace(f, w, w[:len(w)-1], 1)
			w, poss = w[:len(w)-1], true
		}
		tail := f[strings.Index(f, w)+len(w):]
		tail = strings.TrimLeft(tail, "'’s")
		t := token{raw: w, low: foldWord(w), start: start, comma: comma || strings.ContainsAny(lead, ",-–—("), poss: poss}
		t.stop = tail != "" && strings.ContainsAny(tail, ".,!?;:)-–—")
		if tail == "." && shortTitles[t.low] {
			// "Dr. Okafor": the full stop ends the title, not the sentence.
			t.stop, tail = false, ""
		}
		toks = append(toks, t)
		start = strings.ContainsAny(tail, ".!?")
		comma = strings.ContainsAny(tail, ",-–—:;(")
	}
	if n := len(toks); n > 0 {
		toks[n-1].stop = true
	}
	for _, i := range bare {
		followed := i+1 < len(toks) && !toks[i].stop
		if followed && unowned[toks[i+1].low] || !followed && i > 0 && thingLeads[toks[i-1].low] {
			// "we only talk about bills now": a possessive owns what
			// follows it, and "now" is no thing owned; nor is a word
			// after "the" or "about" with nothing after it. The word
			// stays the plural it was typed as.
			toks[i].raw, toks[i].low, toks[i].poss = toks[i].raw+"s", toks[i].low+"s", false
		}
	}
	return toks
}

// unowned are words that follow a plural but never a possessive: what a
// name with an "s" typed on would own is not among them.
var unowned = wordset.Of(`now then anymore lately either too again today tonight tomorrow yesterday though tho mostly
mainly only all every each really`)

// thingLeads come before a thing talked of: "the bills", "about bills".
var thingLeads = wordset.Of(`the about paying pay`)

// ampersand reads "&" and "+" between words as "and": "tom & jess",
// "mum+dad".
var ampersand = strings.NewReplacer("&", " and ", " + ", " and ")

// capitalised is true for "Ana", "McKenzie", "Zoë", not for "ana", "OK" or "I".
func capitalised(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r[1:] {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// markPlaces flags the words that are places: table places after "in",
// "from" and the like, anything after "moved to" or "lives in", and table
// places that are not also first names anywhere.
func markPlaces(toks []token) {
	for i := range toks {
		if toks[i].low == "up" && i > 0 && climbWords[toks[i-1].low] && !toks[i-1].stop {
			// "a hike up ben nevis", "we climbed up Snowdon": the hill
			// climbed, in however many words, is a place.
			for k := i + 1; k < len(toks) && k <= i+3 && !isStop(toks[k].low) && relations[toks[k].low].canon == ""; k++ {
				toks[k].place = true
				if toks[k].stop {
					break
				}
			}
			continue
		}
		goneWith := toks[i].low == "to" && goingWith(toks, i)
		prep := placePreps[toks[i].low] || (toks[i].low == "to" && i > 0 && placeVerbs[toks[i-1].low]) || goneWith
		if !prep {
			continue
		}
		strong := i > 0 && placeVerbs[toks[i-1].low] || goneWith && i+1 < len(toks) && !strings.HasSuffix(toks[i+1].low, "'s")
		j := i + 1
		for j < len(toks) && (toks[j].low == "the" || toks[j].low == "a") {
			j++
		}
		if n := placeLen(toks, j); n > 0 {
			for k := j; k < j+n; k++ {
				toks[k].place = true
			}
			continue
		}
		if strong && j < len(toks) && !isStop(toks[j].low) && relations[toks[j].low].canon == "" {
			toks[j].place = true
			for k := j + 1; k < len(toks) && capitalised(toks[k].raw) && !toks[k-1].stop; k++ {
				toks[k].place = true
			}
		}
	}
	for i := range toks {
		if n := placeLen(toks, i); n > 1 || (n == 1 && placeOnly(toks[i].low)) {
			for k := i; k < i+n; k++ {
				toks[k].place = true
			}
		}
	}
}

// placeLen is the number of words from i that make a known place, or 0.
func placeLen(toks []token, i int) int {
	for n := min(4, len(toks)-i); n >= 1; n-- {
		words := make([]string, n)
		for k := range n {
			words[k] = toks[i+k].low
		}
		if places.Known(strings.Join(words, " ")) {
			return n
		}
	}
	return 0
}

// placeOnly is true for a place name that is not also a first name:
// "berlin" is a place, "jordan" may be a person.
func placeOnly(w string) bool {
	return places.Known(w) && !firstNames[w]
}

// markSelf flags the person's own name after "call me", "my name is".
func markSelf(toks []token) {
	for i := range toks {
		for _, lead := range [][]string{{"call", "me"}, {"my", "name", "is"}, {"my", "name's"}, {"my", "names"}} {
			if !matchAt(toks, i, lead) {
				continue
			}
			for k := i; k < i+len(lead) && k < len(toks); k++ {
				toks[k].used = true
			}
			for k := i + len(lead); k < len(toks) && k < i+len(lead)+3; k++ {
				toks[k].used = true
				if toks[k].stop {
					break
				}
			}
		}
	}
}

func matchAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].low != w {
			return false
		}
	}
	return true
}

// written is how a name found in text is written: as typed when it has a
// capital, else with its first letter raised ("jess" gives "Jess").
func written(raw string) string {
	if capitalised(raw) {
		return raw
	}
	w := upFirst(strings.ToLower(raw))
	if len(w) > 2 && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
		// "o'connor" is written O'Connor, "d'souza" D'Souza.
		at := 2
		if w[1] != '\'' {
			at = 1 + len("’")
		}
		w = w[:at] + upFirst(w[at:])
	}
	return w
}

// shortTitles are written with a full stop in some places ("Mrs.", "Dr.").
var shortTitles = wordset.Of(`mr mrs ms mx dr prof st rev`)

// climbWords come before "up" and the hill or mountain climbed.
var climbWords = wordset.Of(`hike hikes hiked hiking climb climbs climbed climbing walk walked walking trek trekked trekking
scramble scrambled run ran cycle cycled ride rode`)

// goingWith reports whether the "to" at i ends a journey made with
// someone: "come with her to Enugu", "fly with them to Accra". Where one
// goes with a person is a place, never someone written to.
func goingWith(toks []token, i int) bool {
	return i >= 3 && toks[i-2].low == "with" && objPronouns[toks[i-1].low] && journeyVerbs[toks[i-3].low]
}

var (
	objPronouns  = wordset.Of(`her him them me us you`)
	journeyVerbs = wordset.Of(`come comes coming came go goes going went fly flying flew drive driving drove travel travelling
traveling head heading walk walking take taking took ride riding get getting`)
)

// kinOwnsDay reports a family word with an "s" typed before a day of
// theirs ("mums birthday", "dads 60th"), fields[i] being the word.
func kinOwnsDay(low string, fields []string, i int) bool {
	if !strings.HasSuffix(low, "s") || relations[low[:len(low)-1]].address == "" || i+1 >= len(fields) {
		return false
	}
	next := strings.ToLower(strings.Trim(fields[i+1], ".,!?;:"))
	return kinDay.MatchString(next)
}

// kinDay is a day someone has: "birthday", "bday", "60th", "funeral".
var kinDay = regexp.MustCompile(`^(?:birthday|bday|b-day|anniversary|funeral|retirement|party|\d+(?:st|nd|rd|th))$`)

// symbolsOnly reports a field made only of symbols such as emoji.
func symbolsOnly(f string) bool {
	for _, r := range f {
		if !unicode.IsSymbol(r) && !unicode.Is(unicode.Mn, r) && r != '\u200d' && r != '\ufe0f' {
			return false
		}
	}
	return f != ""
}
