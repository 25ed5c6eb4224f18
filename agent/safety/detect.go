// Package safety recognises crisis language in many languages and wordings,
// by rules a person can read, and knows where to send someone: the words
// of the crisis replies in each language, and the crisis, domestic-abuse
// and emergency numbers of each country.
//
// The rules are data: one lexicon file per language under lexicon/ (the
// format is described in lexicon.go). Nothing here asks a language model.
package safety

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// Situation is what a crisis message is about; each gets its own reply.
type Situation uint8

const (
	// None is an ordinary message.
	None Situation = iota
	// Self is a risk to the person themselves: suicide, self-harm, not
	// wanting to be here.
	Self
	// Abuse is violence or abuse at home, or fear of someone close.
	Abuse
	// Other is someone else at risk: a friend who wants to die.
	Other
	// Medical is a medical emergency happening now.
	Medical
)

var situationNames = [...]string{"none", "self", "abuse", "other", "medical"}

// String returns the situation's name: none, self, abuse, other or medical.
func (s Situation) String() string {
	if int(s) < len(situationNames) {
		return situationNames[s]
	}
	return fmt.Sprintf("Situation(%d)", uint8(s))
}

// ParseSituation is the inverse of String; ok is false for an unknown name.
func ParseSituation(name string) (Situation, bool) {
	i := slices.Index(situationNames[:], name)
	return Situation(max(i, 0)), i >= 0
}

// Result is what Detect found.
type Result struct {
	Situation Situation
	// Lang is the language of the words that matched ("en", "es", ...),
	// the message's own when its words matched too; empty when Situation
	// is None.
	Lang string
	// Violence is set when an act of abuse decided: someone else at risk
	// is then at risk from another person ("my dad gets drunk and hits my
	// mum"), and the reply speaks of that rather than of ending a life.
	Violence bool
	// Young is set when the message says its writer is a child or a
	// teenager ("im 14", "tengo 15 años", "i'm in year 9"), whatever its
	// situation: the reply then adds a line for young people.
	Young bool
}

// Crisis reports whether the message needs a crisis reply.
func (r Result) Crisis() bool { return r.Situation != None }

//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// Detector matches messages against the lexicons. It is safe for
// concurrent use.
type Detector struct {
	rules     []rule
	fuzzy     *fuzzer
	anchors   anchorIndex
	langs     []string
	common    map[string][]int   // a common word → the languages (indexes into langs) it belongs to
	vocab     map[string]int32   // every lexicon word → its number (see intern.go)
	anchorIDs [][]int32          // anchors.words by word number
	threats   []start            // the rules written "threat:" (see starts.go)
	starts    [passes]startIndex // the rules each pass tries at a word (see starts.go)
	needs     []int32            // the anchors of every rule, one after the other (see starts.go)
}

// Languages lists the languages the built-in lexicons cover.
func Languages() []string { return slices.Clone(Default().langs) }

var defaultDetector = sync.OnceValue(func() *Detector {
	d, err := Load(lexiconFiles, "lexicon")
	if err != nil {
		panic("safety: built-in lexicon: " + err.Error())
	}
	return d
})

// Default returns the detector built from the embedded lexicons.
func Default() *Detector { return defaultDetector() }

// Detect runs the built-in lexicons on text.
func Detect(text string) Result { return Default().Detect(text) }

// Load builds a detector from every dir/xx.txt file in fsys, xx being the
// language code, and the dir/xx.name.txt files that add to it.
func Load(fsys fs.FS, dir string) (*Detector, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("load lexicons: %w", err)
	}
	var names []string
	for _, e := range entries {
		if path.Ext(e.Name()) == ".txt" {
			names = append(names, strings.TrimSuffix(e.Name(), ".txt"))
		}
	}
	// A language's own file first, then the files that add to it, which
	// use its word groups.
	slices.SortFunc(names, func(a, b string) int {
		la, _, _ := strings.Cut(a, ".")
		lb, _, _ := strings.Cut(b, ".")
		if la != lb {
			return strings.Compare(la, lb)
		}
		return cmp.Compare(len(a), len(b))
	})
	var lexs []*lexicon
	var groups map[string]node
	for _, name := range names {
		data, err := fs.ReadFile(fsys, path.Join(dir, name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("load lexicons: %w", err)
		}
		lang, _, more := strings.Cut(name, ".")
		if more && (len(lexs) == 0 || lexs[len(lexs)-1].lang != lang) {
			return nil, fmt.Errorf("load lexicons: %s.txt adds to %s.txt, which is missing", name, lang)
		}
		if !more {
			groups = map[string]node{}
		}
		lx, err := parseLexiconFile(name, string(data), groups)
		if err != nil {
			return nil, fmt.Errorf("load lexicons: %w", err)
		}
		if more {
			base := lexs[len(lexs)-1]
			base.rules = append(base.rules, lx.rules...)
			base.keep = append(base.keep, lx.keep...)
			base.words = append(base.words, lx.words...)
			continue
		}
		lexs = append(lexs, lx)
	}
	return newDetector(lexs), nil
}

func newDetector(lexs []*lexicon) *Detector {
	d := &Detector{common: map[string][]int{}}
	var keep []string
	for _, lx := range lexs {
		for _, w := range lx.words {
			d.common[w] = append(d.common[w], len(d.langs))
		}
		d.langs = append(d.langs, lx.lang)
		d.rules = append(d.rules, lx.rules...)
		keep = append(keep, lx.keep...)
	}
	index := map[string][]int32{}        // first word → rules
	prefix := map[string][]prefixEntry{} // first three letters of a first prefix → rules
	for i, r := range d.rules {
		seen := map[slot]bool{}
		for _, s := range firstSlots(r.seq) {
			if seen[s] {
				continue
			}
			seen[s] = true
			if s.prefix {
				k := s.word[:3]
				prefix[k] = append(prefix[k], prefixEntry{prefix: s.word, start: start{rule: int32(i)}})
			} else {
				index[s.word] = append(index[s.word], int32(i))
			}
		}
	}
	d.fuzzy = newFuzzer(d.rules, keep)
	d.indexAnchors()
	d.intern(index)
	d.indexStarts(index, prefix)
	return d
}

// span is one rule matched at toks[start:end].
type span struct {
	kind       kind
	rule       int32
	lang       string
	start, end int
	control    bool // an abuse line written "control:"
}

// Detect reports what text is about.
func (d *Detector) Detect(text string) Result {
	var buf [48]string
	toks, quotes := unquote(d.words(text, buf[:0]))
	if len(toks) == 0 {
		return Result{}
	}
	var p presence
	var ids [48]int32
	p.ids = d.wordIDs(toks, ids[:0])
	d.note(toks, &p)
	lang := d.language(toks)
	var orig [48]string
	plain := append(orig[:0], toks...)
	turned := d.hideNearMisses(toks, lang, &p, nil)
	var found [16]span
	spans := d.matches(toks, &p, found[:0])
	// Read before decide, which drops bare control matches in place.
	young := saysYoung(spans, toks)
	third := lang == "en" && anyEnglishThird(spans)
	r := decide(spans, toks, lang, quotes)
	r.Young = young
	// Only a message no near miss spoke for: a near miss read in the
	// third person (a story, a question how to help) would not be read
	// again in the first.
	if r.Situation == None && third && !slices.Contains(toks, "") {
		if d.selfAsThird(plain, spans, lang) {
			r = Result{Situation: Other, Lang: "en", Young: young}
		}
	}
	if turned {
		r = turnedOnSpeaker(r)
	}
	return r
}

// selfAsThird reports whether toks, read as if the third person they tell
// of spoke (see asthird.go), is a risk to the one speaking: then it is a
// risk to that person.
func (d *Detector) selfAsThird(toks []string, spans []span, lang string) bool {
	first := firstPersonReading(toks, spans)
	if first == nil {
		return false
	}
	var p presence
	var ids [48]int32
	p.ids = d.wordIDs(first, ids[:0])
	d.note(first, &p)
	d.hideNearMisses(first, lang, &p, nil)
	var found [16]span
	again := d.matches(first, &p, found[:0])
	return decide(again, first, lang, nil).Situation == Self
}

// words splits text into folded words, appended to dst, each spelled as
// the lexicon spells it when it is a near miss of a lexicon word, the chat
// spellings of the message's language read as their words, without the
// hedges of that language.
func (d *Detector) words(text string, dst []string) []string {
	toks := tokens(text, dst)
	var typed []string // the words as typed, when one may hold an umlaut written out
	for _, t := range toks {
		if hasUmlautSpelling(t) {
			typed = slices.Clone(toks)
			break
		}
	}
	for i, t := range toks {
		toks[i] = d.fuzzy.correct(t)
	}
	lang := d.language(toks)
	if lang == "de" && typed != nil {
		for i, t := range typed {
			if hasUmlautSpelling(t) {
				toks[i] = d.fuzzy.correct(umlautSpelling.Replace(t))
			}
		}
	}
	toks = d.splitElisions(toks, lang)
	toks = d.splitClitics(toks, lang)
	toks = expandChat(toks, lang)
	return dropHedges(toks, cmp.Or(lang, "en"))
}

// splitElisions reads, in a French or Italian message, a word typed with
// its apostrophe dropped ("linsulina", "jarrete") as the elided word and
// the word it was joined to ("l insulina"), where the whole is no lexicon
// word and the rest, four letters or more from a vowel or an h, is one.
func (d *Detector) splitElisions(toks []string, lang string) []string {
	el := elided[lang]
	if el == nil {
		return toks
	}
	var out []string
	for i, t := range toks {
		p, rest := elisionSplit(t, el, d.fuzzy.known)
		if p == "" {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(toks)+2), toks[:i]...)
		}
		out = append(out, p, rest)
	}
	if out == nil {
		return toks
	}
	return out
}

func elisionSplit(t string, el map[string]bool, known map[string]bool) (string, string) {
	if known[t] {
		return "", ""
	}
	for _, n := range [2]int{1, 2} {
		if len(t) < n+4 || !el[t[:n]] {
			continue
		}
		rest := t[n:]
		if strings.IndexByte("aeiouh", rest[0]) >= 0 && known[rest] {
			return t[:n], rest
		}
	}
	return "", ""
}

// umlautSpelling reads the German way of typing without umlauts ("fuer",
// "moechte", "waere") as the folded word ("fur", "mochte", "ware"). It is
// applied to the words of German messages and of the German lexicon
// alike, so a word with a plain ae, oe or ue ("neue", "trauern") is read
// the same way on both sides.
var umlautSpelling = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")

func hasUmlautSpelling(t string) bool {
	return strings.Contains(t, "ae") || strings.Contains(t, "oe") || strings.Contains(t, "ue")
}

// hideNearMisses blanks, left to right, the words each near-miss rule
// covers, so that no other rule matches them. p holds the anchors of the
// message (see reach.go), lang its language ("" when unknown). The near
// misses of the nine main languages are read in every message (a
// Portuguese joke often is a Spanish one); those of the others only in a
// message of their own language or of none found: the Swedish "låt" (a
// song) is the Polish "lat" (years). seen, when not nil, is told of every
// near miss found.
//
// A threat said of the speaker (a threat: line) is read first, and its
// words are kept from the near misses: "si lo dejo me mata" is a threat,
// though "me mata" alone is a figure of speech ("el calor me mata").
//
// It reports whether a turn: line matched: the question the message asks
// of someone else is about its speaker (see turned.go).
func (d *Detector) hideNearMisses(toks []string, lang string, p *presence, seen func(span)) (turned bool) {
	var cand [64]int32
	var keptBuf [4][2]int
	kept := keptBuf[:0]
	for _, s := range d.threats {
		if !d.reachFrom(s.need, p, 0) {
			continue
		}
		for i := range toks {
			if e := matchAt(d.rules[s.rule].seq, nil, toks, p.ids, i); e > i {
				kept = append(kept, [2]int{i, e})
			}
		}
	}
	undone, turned := d.takeBacks(toks, p)
	if turned {
		undone = d.askFrames(toks, p, undone)
	}
	for i := range toks {
		end := -1
		for _, r := range d.startsAt(passHide, toks, p, i, cand[:0]) {
			rl := &d.rules[r]
			if lang != "" && rl.lang != lang && !shared[rl.lang] || negated(toks, i) {
				continue
			}
			if e := matchAt(rl.seq, nil, toks, p.ids, i); e > i && !takenBack(undone, i, e) {
				switch {
				case rl.story:
					e = d.speakerClause(toks, p, i, e)
				case rl.core != nil:
					e = d.frameEnd(toks, p, rl, i, e)
				}
				end = max(end, e)
				if seen != nil {
					seen(span{kind: rl.kind, lang: rl.lang, rule: r, start: i, end: e})
				}
			}
		}
		kept = releaseThreats(kept, toks, i, end)
		for j := i; j < end; j++ {
			if toks[j] != boundary && !within(kept, j) {
				toks[j] = ""
				p.ids[j] = noWord
			}
		}
	}
	return turned
}

// undoGap is how many words may stand between the end of a near miss and
// the words that take it back: "my family would throw a party if i died
// lmao. might give them the chance soon", "my friends think im joking
// when i say ill be dead by christmas but im not".
const undoGap = 4

// undoLead is how many words before a near miss the words that take it
// back may start: "im already dead inside, might as well make it
// official" takes back "dead inside" from its subject on.
const undoLead = 3

// takeBacks returns the spans where the undo: lines match toks, before
// anything is hidden, nil when none does, and whether a turn: line
// matches. An undo: line is tried only
// where its first word stands, as every other rule is: tried at every
// word, the lines that take back a past near miss in each language cost
// a third of the matching of an everyday message.
func (d *Detector) takeBacks(toks []string, p *presence) (at [][2]int, turned bool) {
	var cand [64]int32
	for i := range toks {
		for _, r := range d.startsAt(passBack, toks, p, i, cand[:0]) {
			rl := &d.rules[r]
			if turned && rl.turn {
				continue
			}
			if e := matchAt(rl.seq, nil, toks, p.ids, i); e > i {
				if rl.turn {
					turned = true
					continue
				}
				at = append(at, [2]int{i, e})
			}
		}
	}
	return at, turned
}

// takenBack reports whether a near miss at toks[start:end] is taken back
// by an undo: line that overlaps it, starts within undoGap words after it
// or within undoLead words before it: a near miss that reaches over its own
// retraction ("years ago i tried to end it and now i want to again", "my
// mates reckon im having a clear out") speaks for nothing.
func takenBack(undone [][2]int, start, end int) bool {
	for _, u := range undone {
		if u[0] < end && u[1] > start || u[0] >= end && u[0]-end <= undoGap || u[0] < start && start-u[0] <= undoLead {
			return true
		}
	}
	return false
}

// matches appends to dst every rule other than a near miss that matches
// toks, whose anchors are p.
func (d *Detector) matches(toks []string, p *presence, dst []span) []span {
	var cand [64]int32
	for i := range toks {
		for _, r := range d.startsAt(passMatch, toks, p, i, cand[:0]) {
			rl := &d.rules[r]
			if end := matchAt(rl.seq, nil, toks, p.ids, i); end > i {
				dst = append(dst, span{kind: rl.kind, lang: rl.lang, rule: r, start: i, end: end, control: rl.control})
			}
		}
	}
	return dst
}

// language guesses the language of a message from its common words; ""
// when none is found.
func (d *Detector) language(toks []string) string {
	var score [32]int
	best, bestScore := -1, 0
	for _, t := range toks {
		for _, l := range d.common[t] {
			if l < len(score) {
				score[l]++
				if score[l] > bestScore {
					best, bestScore = l, score[l]
				}
			}
		}
	}
	if best < 0 {
		return ""
	}
	return d.langs[best]
}

// decide turns the matches into one situation. A risk to the person
// themselves comes first, then abuse of them, then someone else at risk,
// then a medical emergency: an overdose taken to die is a risk to oneself,
// one without a word of why is a medical emergency. A risk whose nearest
// subject is someone else ("my friend says she wants to die") is someone
// else's.
func decide(spans []span, toks []string, lang string, quotes []int) Result {
	spans = dropBareControl(spans)
	// When the message's own language matched, its rules alone decide: a
	// word shared by several lexicons ("suicidal") is read in the
	// language of the message around it.
	own := false
	for _, s := range spans {
		own = own || s.lang == lang && s.kind <= kindMedical
	}
	var best span
	bestSit := None
	for _, s := range spans {
		if own && s.lang != lang {
			continue
		}
		var sit Situation
		switch s.kind {
		case kindSelf:
			if insideAbuse(s, spans, toks) {
				continue
			}
			sit = Self
			if !aboutSpeaker(s, toks) && !verbAfterNamesSpeaker(s, toks) && (insideOther(s, spans, toks) || subjectIsOther(s, spans, toks)) {
				sit = Other
			}
			// "my friend texted "i cant do this anymore, goodbye"": the
			// "i" of a quote someone else is said to have written is theirs.
			if reportedQuote(s, spans, toks, quotes) {
				sit = Other
			}
		case kindAbuse:
			// "my aunt is being beaten by her husband": abuse whose words
			// do not name the speaker and whose subject is someone else
			// is someone else at risk.
			// English only: the other languages name the speaker in
			// endings and possessives ("telefonumu", "meu celular") that
			// speakerWords does not list, and write abuse of someone else
			// as other: lines of their own.
			sit = Abuse
			if s.lang == "en" && passive[toks[s.start]] && !aboutSpeaker(s, toks) && subjectIsOther(s, spans, toks) {
				sit = Other
			}
			// An act whose words do not name the speaker is someone
			// else's when a rule for someone else at risk names its
			// victim ("il mio patrigno si ubriaca e picchia mia madre"),
			// or holds it with no word for the speaker before it
			// ("母が父に殴られてる").
			if !aboutSpeaker(s, toks) && !speakerJoined(s, toks) && (victimIsOther(s, spans) || insideOther(s, spans, toks)) {
				sit = Other
			}
			if reportedQuote(s, spans, toks, quotes) {
				sit = Other
			}
			// "she said he choked her and shes scared to go home": fear
			// whose subject is someone a rule already finds at risk is
			// theirs.
			if !aboutSpeaker(s, toks) && !speakerJoined(s, toks) && subjectIsOther(s, spans, toks) && anyKind(spans, kindOther) {
				sit = Other
			}
			if aboutThemselves(s, spans, toks) || speakerHolds(s, spans, toks) {
				continue
			}
		case kindOther:
			sit = Other
			// "he hits my mum and me": violence to someone else that
			// names the speaker as a victim too is abuse of the speaker.
			if speakerJoined(s, toks) && violent(s, toks) {
				sit = Abuse
			}
		case kindMedical:
			sit = Medical
		default:
			continue
		}
		if bestSit == None || rank(sit) < rank(bestSit) {
			best, bestSit = s, sit
		}
	}
	if bestSit == None {
		return Result{}
	}
	// The reply for someone else at risk speaks of violence, not of
	// ending a life, when the words that decided were an act of abuse.
	violence := bestSit == Other && (best.kind == kindAbuse || violent(best, toks))
	return Result{Situation: bestSit, Lang: best.lang, Violence: violence}
}

func rank(s Situation) int {
	switch s {
	case Self:
		return 0
	case Abuse:
		return 1
	case Other:
		return 2
	default:
		return 3
	}
}

// dropBareControl removes, in place, the control matches ("my mum wont
// let me go out tonight") of a message that tells of no force, threat,
// fear, loss or isolation over time: a rule at home is abuse only with
// one of them, which a grave: line or another abuse line finds.
func dropBareControl(spans []span) []span {
	grave, control := false, false
	for _, s := range spans {
		grave = grave || s.kind == kindGrave || s.kind == kindAbuse && !s.control
		control = control || s.control
	}
	if grave || !control {
		return spans
	}
	out := spans[:0]
	for _, s := range spans {
		if !s.control {
			out = append(out, s)
		}
	}
	return out
}

// shared are the languages whose near misses are read in a message of
// any language: the nine main ones, whose near misses were written
// beside each other.
var shared = map[string]bool{"en": true, "es": true, "de": true, "fr": true, "pt": true, "it": true, "nl": true,
	"pl": true, "tr": true}

// within reports whether j falls inside one of the ranges.
// releaseThreats drops from kept the threats that end on the word of
// their condition ("said shed kill me if") and that a near miss at
// toks[i:end] reads on from: one that starts inside such a threat, after
// its first word, and goes past its end reads what the threat hangs on
// ("if i ate her leftovers"), and a trifle there is a joke. A threat told
// after its condition ("si lo dejo me mata") keeps its words from every
// near miss.
func releaseThreats(kept [][2]int, toks []string, i, end int) [][2]int {
	for k := 0; k < len(kept); k++ {
		if kept[k][0] < i && i < kept[k][1] && end > kept[k][1] && conditionWords[toks[kept[k][1]-1]] {
			kept = slices.Delete(kept, k, k+1)
			k--
		}
	}
	return kept
}

// conditionWords open a condition, in the nine languages: "if", "unless".
var conditionWords = squeezedSet("if", "unless", "when", "whenever", "si", "cuando", "wenn", "falls", "sobald",
	"quand", "se", "quando", "als", "wanneer", "jesli", "jezeli", "gdy", "kiedy", "eger")

func within(ranges [][2]int, j int) bool {
	for _, r := range ranges {
		if r[0] <= j && j < r[1] {
			return true
		}
	}
	return false
}
