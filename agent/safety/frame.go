package safety

import "slices"

// A near miss is often a frame with an open end: "how do i tell ~8" quiets
// advice about a topic, "years ago ~8" the past, "a course on ~5" study.
// Its open end (the gaps its pattern ends with) speaks for the topic,
// never for the speaker's own danger told inside it: "how do i tell my
// mum my boyfriend hits me" asks how to say a thing, and says it. The
// words the frame itself names (its core) stay quiet in every case:
// "how do i help a friend who self harms" is advice.

// openCore returns seq without the gaps it ends with, in each of its
// top-level phrases, and whether any was taken off.
func openCore(seq []node) ([]node, bool) {
	if len(seq) == 0 {
		return seq, false
	}
	last := seq[len(seq)-1]
	switch {
	case last.gap > 0:
		core, _ := openCore(seq[:len(seq)-1])
		return core, true
	case last.alts != nil && len(seq) == 1:
		alts := make([][]node, len(last.alts))
		cut := false
		for i, a := range last.alts {
			c, ok := openCore(a)
			if len(c) == 0 {
				return seq, false
			}
			alts[i], cut = c, cut || ok
		}
		if !cut {
			return seq, false
		}
		n := last
		n.alts, n.altIndex = alts, newAltIndex(alts)
		return []node{n}, true
	}
	return seq, false
}

// frameEnd returns where the near miss rl, matched at toks[i:end], stops:
// before the first disclosure of the speaker's own danger in its open end.
// A question frame (written "ask:") stops at any such disclosure; any
// other frame only where the disclosure starts a clause of its own ("a
// few years back i was in a bad way, and now i want to die").
func (d *Detector) frameEnd(toks []string, p *presence, rl *rule, i, end int) int {
	c := matchAt(rl.core, nil, toks, p.ids, i)
	if c < 0 || c >= end {
		return end
	}
	for j := max(c, i+1); j < end; j++ {
		if toks[j] == "" || toks[j] == boundary || !rl.ask && !clauseStart(toks, i, j) {
			continue
		}
		if d.disclosureAt(toks, p, c, j, rl.ask) && !d.nearMissOver(toks, p, i, j) {
			return j
		}
	}
	return end
}

// disclosureAt reports whether a rule of the speaker's own danger (a risk
// to them, abuse of them, an emergency of theirs) matches from toks[j],
// its subject no further back than toks[from].
func (d *Detector) disclosureAt(toks []string, p *presence, from, j int, ask bool) bool {
	var cand [64]int32
	for _, r := range d.startsAt(passMatch, toks, p, j, cand[:0]) {
		rl := &d.rules[r]
		if rl.kind != kindSelf && rl.kind != kindAbuse && rl.kind != kindMedical {
			continue
		}
		e := matchAt(rl.seq, nil, toks, p.ids, j)
		if e <= j {
			continue
		}
		switch {
		case !ask:
			// A clause of its own that tells of a danger is the
			// speaker's unless it names someone else's act on
			// themselves: a language that drops its subjects
			// ("y ahora quiero matarme") says who in the verb.
			if !slices.ContainsFunc(toks[j:e], func(t string) bool { return reflexives[t] }) {
				return true
			}
		case ownDanger(rl.kind, rl.lang, toks, from, j, e), rl.kind == kindSelf && topicWords[toks[j-1]] && isGerund(toks[j]):
			return true
		}
	}
	return false
}

// ownDanger reports whether the risk matched at toks[j:e] is the
// speaker's: its words or the subject just before it (no further back than
// toks[from]) name them. For a risk
// to oneself "my" is enough ("my suicidal thoughts"); abuse or an
// emergency must name the speaker as the one it happens to ("my dad hits
// me", not "my dad hits my mum").
func ownDanger(k kind, lang string, toks []string, from, j, e int) bool {
	if j-1 >= from && speaks(speakerSubjects, toks[j-1], lang) || j-2 >= from && speaks(speakerSubjects, toks[j-2], lang) && toks[j-1] != "" {
		return true
	}
	for _, t := range toks[j:e] {
		if speaks(speakerObjects, t, lang) || k == kindSelf && speaks(speakerWords, t, lang) {
			return true
		}
	}
	return false
}

// speakerObjects name the speaker as the one something happens to, or as
// the one who acts, in the nine languages.
var speakerObjects = map[string]bool{"me": true, "myself": true, "i": true, "im": true, "ive": true, "id": true,
	"il": true, "mich": true, "mir": true, "ich": true, "moi": true, "je": true, "mij": true, "ik": true, "mnie": true,
	"mi": true, "beni": true, "bana": true, "eu": true, "yo": true, "io": true}

// topicWords introduce what a question is about: "what do i say to my gp
// about wanting to die".
var topicWords = map[string]bool{"about": true, "that": true, "with": true, "regarding": true}

// isGerund reports whether an English word is an -ing form, whose subject
// after "about" is the one asking.
func isGerund(t string) bool {
	return len(t) > 4 && t[len(t)-3:] == "ing"
}

// clauseStarters begin a clause that tells of now, in the nine languages:
// "now", "still", "again", "today", "tonight".
var clauseStarters = squeezedSet("now", "still", "again", "today", "tonight", "lately", "recently",
	"nowadays", "ahora", "todavia", "aun", "hoy", "jetzt", "immer", "wieder", "heute", "maintenant", "encore", "aujourdhui",
	"agora", "ainda", "hoje", "ora", "adesso", "ancora", "oggi", "nu", "nog", "weer", "vandaag", "teraz",
	"znowu", "dzisiaj", "dzis", "simdi", "hala", "yine", "bugun", "artik")

// contrasts turn from what a frame told to something else: "but".
var contrasts = squeezedSet("but", "however", "pero", "aber", "doch", "mais", "mas", "ma", "maar",
	"ale", "ama", "fakat", "ancak", "men")

// clauseWindow is how many words before a disclosure the word that opens
// its clause may stand: "but these days i want to die".
const clauseWindow = 4

// clauseStart reports whether toks[j], inside a frame matched from
// toks[i], starts a clause of its own: "but" or a word for now stands no
// more than clauseWindow words before it ("..., but these days i want to
// die", "..., ahora quiero matarme"). "and" does not: it goes on with the
// past the frame told ("years ago i was in a dark place and thought about
// ending it").
func clauseStart(toks []string, i, j int) bool {
	for k := j - 1; k > i && k >= j-clauseWindow; k-- {
		if clauseStarters[toks[k]] || contrasts[toks[k]] {
			return true
		}
	}
	return false
}

// nearMissOver reports whether another near miss, starting inside the
// frame at toks[i+1:j], covers toks[j] with the words it names: "how do i tell a friend they hurt
// me" is about feelings, whatever the frame around it.
func (d *Detector) nearMissOver(toks []string, p *presence, i, j int) bool {
	var cand [64]int32
	for k := i + 1; k <= j; k++ {
		for _, r := range d.startsAt(passHide, toks, p, k, cand[:0]) {
			rl := &d.rules[r]
			// A frame covers the words it names; its open end is the
			// one being decided.
			seq := rl.seq
			if rl.core != nil {
				seq = rl.core
			}
			if e := matchAt(seq, nil, toks, p.ids, k); e > j {
				return true
			}
		}
	}
	return false
}

// negations deny what follows them, in the nine languages.
var negations = squeezedSet("not", "no", "never", "isnt", "aint", "wasnt", "nicht", "kein", "keine", "keinen", "pas", "nao",
	"non", "niet", "geen", "nie", "degil", "nunca", "jamais", "mai", "nooit", "nigdy")

// jokeWords name a joke, a pretence or an exaggeration: a near miss that
// starts with one speaks for a message that is not meant.
var jokeWords = squeezedSet("joke", "jokes", "joking", "joked", "kidding", "kid", "meme", "memes", "exaggerating",
	"dramatic", "grapje", "geintje", "broma", "bromeando", "blague", "rigole", "scherzo", "scherzando", "piada",
	"brincando", "brincadeira", "spass", "witz", "zart", "zartuje", "saka", "sakaydi")

// negated reports whether a near miss that starts at toks[i] with a
// joke is denied by the word before it, or by the word before an
// article: "im not joking, i want to die" and "no joke" say the rest is
// meant. Other near misses keep their negations ("not wake up till noon").
func negated(toks []string, i int) bool {
	if !jokeWords[toks[i]] {
		return false
	}
	switch {
	case i > 0 && negations[toks[i-1]]:
		return true
	case i > 1 && negations[toks[i-2]] && articles[toks[i-1]]:
		return true
	}
	return false
}

// articles stand between a negation and what it denies: "not a joke".
var articles = map[string]bool{"a": true, "an": true, "the": true, "even": true, "un": true, "une": true,
	"una": true, "uno": true, "um": true, "uma": true, "een": true, "ein": true, "eine": true, "einen": true}
