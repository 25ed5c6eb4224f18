package safety

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// The lexicon format, one file per language (lexicon/xx.txt), and any
// number of further files for the same language (lexicon/xx.name.txt),
// read after it and able to use its word groups:
//
//	# a comment: a line that starts with "# "
//	@name = phrase | phrase ...   a word group, used in rules as @name
//	self: pattern                 risk to oneself
//	abuse: pattern                violence or abuse at home
//	other: pattern                someone else at risk
//	medical: pattern              a medical emergency
//	third: pattern                someone else as the subject ("my friend says", "she")
//	first: pattern                the speaker as the subject ("i", "im")
//	control: pattern              control at home ("wont let me go out"): abuse
//	                              only when the message also tells of force,
//	                              a threat, fear, something taken, being locked
//	                              in or isolation over time (a grave: line or
//	                              another abuse line); a parent's rule for one
//	                              evening is none
//	threat: pattern               abuse, a threat said of the speaker ("si lo
//	                              dejo me mata"): read before the near
//	                              misses, whose words it keeps from them
//	                              ("me mata" as a figure of speech)
//	grave: pattern                what makes control abuse: force, a threat,
//	                              fear, isolation over time ("anymore", "for
//	                              months"); no situation of its own
//	young: pattern                the speaker says they are a child or a
//	                              teenager ("im 14", "tengo 15 años", "in year
//	                              9"): the reply adds a line for young people
//	not: pattern                  a near miss: the words it covers count for no rule
//	story: pattern                a near miss that tells of a story, a film, a game
//	                              or the news: as not:, but it stops where a risk
//	                              that names the speaker begins ("vi serie, e ja
//	                              escolhi o dia q vou me matar")
//	undo: pattern                 a joke or a time limit taken back ("but im not
//	                              joking", "or forever", "kidding. unless"): a
//	                              near miss that ends just before it (see
//	                              undoGap) hides nothing, so the words it
//	                              would have hidden speak again
//	turn: pattern                 the one a question asks about is the
//	                              speaker ("the friend is me", "i think i
//	                              am"): hides nothing, and takes back the
//	                              question frames of the message, whose
//	                              risk is then the speaker's (see turned.go)
//	ask: pattern                  a question frame ("how do i tell ~8"): as not:,
//	                              but its open end stops where the speaker tells
//	                              of their own danger ("how do i tell my mum my
//	                              boyfriend hits me"); see frame.go
//	keep: word word ...           real words never read as typos of a lexicon word
//	words: word word ...          common words of the language, to tell which
//	                              language a message is in
//
// A pattern is a run of words that must follow each other in the message:
//
//	word         the word, spelt as the message is folded (see tokens)
//	word*        any word that starts with word
//	#            any number
//	##           a number of 10 or more
//	.            the end of a sentence or of the message
//	(p | q r)    any one of these phrases; "/" is the same as "|"
//	p | q        at the top level too: the rule is any one of these phrases
//	x?  (p)?     optional
//	@name        any phrase of a word group
//	~2           up to two words of anything (never across a sentence end)
//	...          any number of words, up to the end of the sentence: two
//	             concepts in one sentence ("i ... pills ... tonight")
//
// No gap reaches over a word a near miss hid: the near miss speaks for the
// words around it.
//
// Words are folded like messages, so "don't", "dont" and "DON’T" are one
// word, and "müde" matches "mude".

// kind is what a lexicon line is for.
type kind uint8

const (
	kindSelf kind = iota
	kindAbuse
	kindOther
	kindMedical
	kindThird
	kindFirst
	kindGrave
	kindYoung
	kindNot
	numKinds
)

var kindNames = map[string]kind{"self": kindSelf, "abuse": kindAbuse, "other": kindOther, "medical": kindMedical,
	"third": kindThird, "first": kindFirst, "not": kindNot, "story": kindNot, "ask": kindNot, "undo": kindNot, "turn": kindNot,
	"control": kindAbuse, "threat": kindAbuse, "grave": kindGrave, "young": kindYoung}

// sentenceGap is the gap "..." stands for: longer than any sentence people
// type in chat, so it reaches the sentence end.
const sentenceGap = 64

// node is one slot of a pattern.
type node struct {
	words    map[string]bool // literal words; nil for a group or gap
	ids      []int32         // the numbers of words, sorted (see intern.go)
	prefixes []string        // words ending in *
	alts     [][]node        // a group of phrases
	altIndex *altIndex       // which of alts can start with a given word
	gap      int             // ~N, or sentenceGap for ...
	cross    int             // sentence ends a gap "... .? ..." may step over (see joinGaps)
	follow   *startSet       // for a gap: the words the slots after it can start with (see intern.go)
	number   int             // 1 for #, 10 for ##: a number at least this big
	end      bool            // .: the end of a sentence
	optional bool
}

// rule is one parsed lexicon line.
type rule struct {
	kind kind
	lang string
	src  string // the file it comes from, without .txt: "en", "en.sentence"
	line int
	seq  []node
	need [][]int32 // the anchors each of its phrases needs: see reach.go
	// story is set for a near miss written "story:": it speaks for a
	// story, a film or the news, up to where the speaker's own risk
	// begins (see speakerClause).
	story bool
	// ask is set for a near miss written "ask:", a question frame ("how
	// do i tell ~8"); core is a near miss's pattern without its open end,
	// nil when it has none (see frameEnd).
	ask  bool
	core []node
	// control is set for an abuse line written "control:", which decides
	// only beside a grave: line or another abuse line (see decide).
	control bool
	// undo is set for a line written "undo:": it hides nothing, and takes
	// back the near misses that end just before it (see hideNearMisses).
	undo bool
	// turn is set for a line written "turn:": it hides nothing, and when
	// it matches, the question frames of the message are taken back (see
	// turned.go).
	turn bool
	// threat is set for an abuse line written "threat:", matched before
	// the near misses are hidden and kept from them (see
	// hideNearMisses).
	threat bool
}

// lexicon is one language's parsed file.
type lexicon struct {
	lang  string
	rules []rule
	keep  []string
	words []string
}

// parseLexicon reads one language's file.
func parseLexicon(lang, text string) (*lexicon, error) {
	return parseLexiconFile(lang, text, map[string]node{})
}

// parseLexiconFile reads one lexicon file, src being its name without
// .txt ("en", "en.sentence"); the language is the part before the first
// dot. groups holds the word groups of the files of the language read
// before, and is given this file's.
func parseLexiconFile(src, text string, groups map[string]node) (*lexicon, error) {
	lang, _, _ := strings.Cut(src, ".")
	lx := &lexicon{lang: lang}
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "# ") || line == "#" {
			continue
		}
		if strings.HasPrefix(line, "@") {
			name, body, ok := strings.Cut(line[1:], "=")
			if !ok {
				return nil, fmt.Errorf("%s.txt:%d: a word group needs \"= phrases\"", src, n)
			}
			alts, err := parsePattern("("+body+")", lang, groups)
			if err != nil {
				return nil, fmt.Errorf("%s.txt:%d: %w", src, n, err)
			}
			groups[strings.TrimSpace(name)] = alts[0]
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("%s.txt:%d: want \"kind: pattern\"", src, n)
		}
		head = strings.TrimSpace(head)
		if head == "keep" || head == "words" {
			for _, w := range strings.Fields(body) {
				if isHedge(w) {
					continue
				}
				f := foldWord(w)
				if lang == "de" {
					f = umlautSpelling.Replace(f)
				}
				if f == "" {
					return nil, fmt.Errorf("%s.txt:%d: %q is not one word", src, n, w)
				}
				if head == "keep" {
					lx.keep = append(lx.keep, f)
				} else {
					lx.words = append(lx.words, f)
				}
			}
			continue
		}
		k, ok := kindNames[head]
		if !ok {
			return nil, fmt.Errorf("%s.txt:%d: unknown kind %q", src, n, head)
		}
		seq, err := parsePattern("("+body+")", lang, groups)
		if err != nil {
			return nil, fmt.Errorf("%s.txt:%d: %w", src, n, err)
		}
		if len(firstSlots(seq)) == 0 || startsOpen(seq) {
			return nil, fmt.Errorf("%s.txt:%d: a pattern must start with a word", src, n)
		}
		r := rule{kind: k, lang: lang, src: src, line: n, seq: seq, story: head == "story", ask: head == "ask", control: head == "control", threat: head == "threat", undo: head == "undo", turn: head == "turn"}
		if core, open := openCore(seq); k == kindNot && !r.undo && !r.turn && open && len(firstSlots(core)) > 0 {
			r.core = core
		}
		lx.rules = append(lx.rules, r)
	}
	return lx, sc.Err()
}

// foldWord folds one lexicon word the way messages are folded; it returns
// "" for a word that a message would split in two ("self-harm").
func foldWord(w string) string {
	star := strings.HasSuffix(w, "*")
	t := tokens(strings.TrimSuffix(w, "*"), nil)
	if len(t) != 2 { // the word and the end
		return ""
	}
	out := t[0]
	if star {
		out += "*"
	}
	return out
}

// parsePattern parses a pattern of language lang into a run of slots.
func parsePattern(s, lang string, groups map[string]node) ([]node, error) {
	p := &patternParser{lang: lang, src: lexPattern(s, lang), groups: groups}
	seq, err := p.seq()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.src) {
		return nil, fmt.Errorf("unexpected %q", p.src[p.i])
	}
	if len(seq) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	return seq, nil
}

// lexPattern splits a pattern of language lang into words and the marks
// ( ) | ?; a hedge, of every language or of lang, is hedgeMark.
func lexPattern(s, lang string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		w := cur.String()
		cur.Reset()
		// A chat spelling that stands for several words ("wanna") is the
		// phrase of those words, as it is in a message.
		if !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			ws := tokens(w, nil)
			if len(ws) == 0 || len(ws) == 2 && langHedges[lang][ws[0]] {
				out = append(out, hedgeMark)
				return
			}
			if len(ws) > 2 && !slices.Contains(ws[:len(ws)-1], boundary) {
				out = append(out, "(")
				out = append(out, ws[:len(ws)-1]...)
				out = append(out, ")")
				return
			}
		}
		out = append(out, w)
	}
	for _, r := range s {
		switch r {
		case '(', ')', '|', '?', '/':
			flush()
			if r == '/' {
				r = '|'
			}
			out = append(out, string(r))
		case ' ', '\t':
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return joinElisions(out, lang)
}

// elided are the words French and Italian write joined to the next by an
// apostrophe ("j'ai", "c'est", "l'insulina", "d'addio"). A message drops
// the apostrophe and reads one word ("jai", "linsulina"), or two where it
// was typed as a space ("j ai"); a pattern that writes the two words
// accepts either.
var elided = map[string]map[string]bool{
	"fr": {"j": true, "l": true, "d": true, "c": true, "m": true, "t": true, "s": true, "n": true, "qu": true},
	"it": {"l": true, "d": true, "c": true, "m": true, "t": true, "s": true, "n": true},
}

// joinElisions rewrites, in the lexed pattern src of lang, each elided
// word followed by a word ("j ai") as the choice of the two and of the
// word they make joined ("(j ai | jai)").
func joinElisions(src []string, lang string) []string {
	el := elided[lang]
	if el == nil {
		return src
	}
	mark := func(t string) bool {
		return t == "(" || t == ")" || t == "|" || t == "?" || t == hedgeMark || strings.HasPrefix(t, "@") || strings.HasPrefix(t, "~") || t == "." || t == "..." || t == "#" || t == "##"
	}
	var out []string
	for i := 0; i < len(src); i++ {
		t := src[i]
		if !el[t] || i+1 >= len(src) || mark(src[i+1]) || i+2 < len(src) && src[i+2] == "?" {
			out = append(out, t)
			continue
		}
		w := src[i+1]
		star := strings.HasSuffix(w, "*")
		joined := tokens(t+"'"+strings.TrimSuffix(w, "*"), nil)
		if len(joined) != 2 {
			out = append(out, t)
			continue
		}
		j := joined[0]
		if star {
			j += "*"
		}
		out = append(out, "(", t, w, "|", j, ")")
		i++
	}
	return out
}

type patternParser struct {
	lang   string
	src    []string
	i      int
	groups map[string]node
	hedged bool // the phrase being read had a hedge, which reads as no word
}

func (p *patternParser) seq() ([]node, error) {
	var seq []node
	for p.i < len(p.src) {
		t := p.src[p.i]
		if t == ")" || t == "|" {
			break
		}
		p.i++
		var nd node
		switch {
		case t == "(":
			var alts [][]node
			for {
				s, err := p.seq()
				if err != nil {
					return nil, err
				}
				switch {
				case len(s) > 0:
					alts = append(alts, s)
				case p.hedged:
					// A phrase of hedges alone ("(just)?", "(i|just) od")
					// is left out: a message never has it, and the words
					// beside it stay needed.
				default:
					return nil, fmt.Errorf("empty phrase in a group")
				}
				p.hedged = false
				if p.i >= len(p.src) {
					return nil, fmt.Errorf("unclosed (")
				}
				p.i++
				if p.src[p.i-1] == ")" {
					break
				}
			}
			if len(alts) == 0 {
				// A group of hedges alone is no slot, as hedges are no
				// words in a message.
				if p.i < len(p.src) && p.src[p.i] == "?" {
					p.i++
				}
				continue
			}
			nd = collapse(alts)
		case t == "#":
			nd.number = 1
		case t == "##":
			nd.number = 10
		case t == ".":
			nd.end = true
		case t == hedgeMark:
			p.hedged = true
			if p.i < len(p.src) && p.src[p.i] == "?" {
				p.i++
			}
			continue
		case t == "?":
			return nil, fmt.Errorf("? follows nothing")
		case strings.HasPrefix(t, "@"):
			g, ok := p.groups[t[1:]]
			if !ok {
				return nil, fmt.Errorf("unknown word group %s", t)
			}
			nd = g
		case t == "...":
			nd.gap = sentenceGap
		case strings.HasPrefix(t, "~"):
			n, err := strconv.Atoi(t[1:])
			if err != nil || n < 1 || n > 8 {
				return nil, fmt.Errorf("bad gap %q (want ~1 to ~8)", t)
			}
			nd.gap = n
		default:
			nd.words = map[string]bool{}
			f := foldWord(t)
			if p.lang == "de" {
				f = umlautSpelling.Replace(f)
			}
			switch {
			case f == "" || f == "*":
				return nil, fmt.Errorf("%q is not one word as a message would be read", t)
			case strings.HasSuffix(f, "*"):
				if len(f) < 4 {
					return nil, fmt.Errorf("prefix %q is too short (three letters at least)", t)
				}
				nd.prefixes = append(nd.prefixes, strings.TrimSuffix(f, "*"))
			default:
				nd.words[f] = true
			}
		}
		if p.i < len(p.src) && p.src[p.i] == "?" {
			p.i++
			nd.optional = true
		}
		seq = append(seq, nd)
	}
	return joinGaps(seq), nil
}

// joinGaps reads "... .? ..." as one gap that may step over a sentence
// end: the same words, but each place the next slot could start is tried
// once, where the gaps one after the other would try the places of the
// last gap again for each place the first could end.
func joinGaps(seq []node) []node {
	sentence := func(n *node) bool {
		return n.gap == sentenceGap && !n.optional && n.words == nil && n.alts == nil
	}
	out := seq[:0]
	for i := 0; i < len(seq); i++ {
		n := seq[i]
		if sentence(&n) {
			for i+2 < len(seq) && seq[i+1].end && seq[i+1].optional && sentence(&seq[i+2]) {
				n.cross += seq[i+2].cross + 1
				i += 2
			}
		}
		out = append(out, n)
	}
	return out
}

// altIndex lists, for a group of phrases, the phrases that can start with
// each word; open lists the phrases that may start otherwise (a prefix, a
// number, a sentence end, an optional slot), which are always tried. Both
// lists are in the order the phrases were written.
type altIndex struct {
	byWord map[string][]int
	ids    []int32 // the numbers of byWord's words, sorted (see intern.go)
	byID   [][]int // byWord's lists in the order of ids
	open   []int
}

// newAltIndex indexes a group's phrases by their first word: a group of a
// hundred phrases is then only tried on the few that can match here.
func newAltIndex(alts [][]node) *altIndex {
	x := &altIndex{byWord: map[string][]int{}}
	for i, a := range alts {
		words, ok := plainFirst(a)
		if !ok {
			x.open = append(x.open, i)
			continue
		}
		for _, w := range words {
			if l := x.byWord[w]; len(l) == 0 || l[len(l)-1] != i {
				x.byWord[w] = append(l, i)
			}
		}
	}
	return x
}

// plainFirst returns the words a phrase must start with, and false when
// it may start with anything else.
func plainFirst(seq []node) ([]string, bool) {
	if len(seq) == 0 {
		return nil, false
	}
	n := &seq[0]
	if n.optional || n.gap > 0 || n.end || n.number > 0 || len(n.prefixes) > 0 {
		return nil, false
	}
	if n.alts != nil {
		var out []string
		for _, a := range n.alts {
			w, ok := plainFirst(a)
			if !ok {
				return nil, false
			}
			out = append(out, w...)
		}
		return out, true
	}
	out := make([]string, 0, len(n.words))
	for w := range n.words {
		out = append(out, w)
	}
	return out, len(out) > 0
}

// collapse makes a group whose phrases are all single words one slot
// that looks its word up, rather than trying each phrase in turn.
func collapse(alts [][]node) node {
	one := node{words: map[string]bool{}}
	for _, a := range alts {
		if len(a) != 1 || a[0].words == nil || a[0].optional {
			return node{alts: alts, altIndex: newAltIndex(alts)}
		}
		for w := range a[0].words {
			one.words[w] = true
		}
		one.prefixes = append(one.prefixes, a[0].prefixes...)
	}
	return one
}

// nullable reports whether a slot can match no words.
func (n *node) nullable() bool {
	if n.optional || n.gap > 0 {
		return true
	}
	for _, a := range n.alts {
		if seqNullable(a) {
			return true
		}
	}
	return false
}

func seqNullable(seq []node) bool {
	for i := range seq {
		if !seq[i].nullable() {
			return false
		}
	}
	return true
}

// startsOpen reports whether a pattern could begin with a gap, which the
// index cannot look up.
func startsOpen(seq []node) bool {
	for i := range seq {
		if seq[i].gap > 0 {
			return true
		}
		for _, a := range seq[i].alts {
			if startsOpen(a) {
				return true
			}
		}
		if !seq[i].nullable() {
			return false
		}
	}
	return seqNullable(seq)
}

// slot is a word or a prefix a pattern can start with.
type slot struct {
	word   string
	prefix bool
}

// firstSlots lists the words and prefixes a pattern can start with.
func firstSlots(seq []node) []slot {
	var out []slot
	for i := range seq {
		n := &seq[i]
		for w := range n.words {
			out = append(out, slot{word: w})
		}
		if n.number > 0 {
			out = append(out, slot{word: "#"})
		}
		for _, p := range n.prefixes {
			out = append(out, slot{word: p, prefix: true})
		}
		for _, a := range n.alts {
			out = append(out, firstSlots(a)...)
		}
		if !n.nullable() {
			break
		}
	}
	return out
}
