package people

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// Two people named together ("tom & jess", "Ana and Leo", "mum and dad",
// "my nan and grandad") are one recipient: a message to both of them,
// greeted by both names. "&" and "+" are read as "and", so "mum &" is
// never anyone's name.

// joinPairs makes one reading of two people named side by side with "and"
// between them. Two people each said with their own description ("my son
// Michael and my old friend Dorothy") stay two.
func joinPairs(toks []token, cands []candidate) []candidate {
	for i := range cands {
		cands[i].withMe = withMe(toks, cands[i])
	}
	for i := 0; i < len(cands); i++ {
		a := cands[i]
		if a.Group || a.gone || a.named {
			continue
		}
		if i+1 == len(cands) || cands[i+1].pos > a.pos+6 {
			// "kwame & ama", "my aunt and uncle": the second one
			// found by the "and" alone.
			if b, ok := second(toks, a); ok {
				cands = append(cands[:i+1], append([]candidate{b}, cands[i+1:]...)...)
			}
		}
		if i+1 == len(cands) {
			break
		}
		b := cands[i+1]
		if b.Group || b.gone || b.named || b.Name != "" && b.Relation != "" && !kinAfterAnd(toks, b) {
			// "my son Michael and my old friend Dorothy", "my dad and
			// my old flatmate jonas": the second said with who they
			// are is someone of their own.
			continue
		}
		if !pairJoined(toks, a, b) {
			continue
		}
		if kinAfterAnd(toks, b) && a.Relation != "" {
			// "my uncle dev and aunt meena": Dev and Meena, each by
			// name, as the first is.
			b.Name = strings.TrimPrefix(b.Name, upFirst(toks[b.pos].low)+" ")
		}
		joined, ok := joinTwo(a, b)
		if !ok {
			continue
		}
		cands[i] = joined
		cands = append(cands[:i+1], cands[i+2:]...)
	}
	return cands
}

// kinAfterAnd reports a second one said by a family word right after
// "and", with no "my": "my uncle dev and aunt meena" are greeted together.
func kinAfterAnd(toks []token, b candidate) bool {
	return b.pos > 0 && toks[b.pos-1].low == "and" && kinTitles[toks[b.pos].low]
}

// pairJoined reports an "and" joining a to b: false when the words
// between them are more than a's own words and an "and" (with "my" or
// "our" after it when neither has a name).
func pairJoined(toks []token, a, b candidate) bool {
	k := b.pos - 1
	if k > 0 && (toks[k].low == "my" || toks[k].low == "our") && a.Name == "" && b.Name == "" {
		k--
	}
	if k <= a.pos || toks[k].low != "and" || toks[k].start {
		return false
	}
	if toks[k-1].stop && !toks[k-1].comma && strings.ContainsAny(toks[k-1].raw, ".!?") {
		return false
	}
	for j := a.pos + 1; j < k; j++ {
		if !toks[j].used {
			return false
		}
	}
	return true
}

// joinTwo is the reading of a and b together, and false when they cannot
// be greeted together (a relationship nobody is greeted by, next to a
// name).
func joinTwo(a, b candidate) (candidate, bool) {
	c := a
	c.object = a.object || b.object
	c.Confidence = max(a.Confidence, b.Confidence)
	switch {
	case a.Name != "" && b.Name != "":
		c.Name = a.Name + " and " + b.Name
		if a.Relation != b.Relation {
			c.Relation, c.Said = "", ""
		}
	case a.Name == "" && b.Name == "":
		c.Relation = pairRelation(a.Relation, b.Relation)
		c.Said = a.Said + " and " + b.Said
		if a.Said == "" || b.Said == "" {
			return candidate{}, false
		}
	default:
		one, other := a.Address(), b.Address()
		if one == "" || other == "" {
			return candidate{}, false
		}
		c.Name, c.Relation, c.Said = one+" and "+other, "", ""
	}
	return c, true
}

// pairRelation is the plain relationship of two relatives named together:
// a mother and a father are parents.
func pairRelation(a, b string) string {
	for _, p := range [][3]string{
		{"mother", "father", "parents"}, {"grandmother", "grandfather", "grandparents"},
		{"aunt", "uncle", "family"}, {"son", "daughter", "children"}, {"brother", "sister", "siblings"},
	} {
		if a == p[0] && b == p[1] || a == p[1] && b == p[0] {
			return p[2]
		}
	}
	if a == b {
		return a
	}
	return "family"
}

// pairAddress greets two relatives said together ("mum and dad" gives "Mum
// and Dad"); "" when either is not greeted by a family word.
func pairAddress(said string) string {
	one, other, ok := strings.Cut(said, " and ")
	if !ok {
		return ""
	}
	a, b := AddressFor(one), AddressFor(other)
	if a == "" || b == "" {
		return ""
	}
	return a + " and " + b
}

// second finds the one named after "and" right behind a when nothing else
// did: a lowercase name ("kwame & ama") or a bare family word ("my aunt
// and uncle").
func second(toks []token, a candidate) (candidate, bool) {
	k := a.pos + 1
	for k < len(toks) && toks[k].used && toks[k].low != "and" {
		k++
	}
	if k+1 >= len(toks) || toks[k].low != "and" || toks[k].start || toks[k-1].stop && !toks[k-1].comma {
		return candidate{}, false
	}
	tk := toks[k+1]
	if tk.used || tk.place || !lettersOnly(tk.low) {
		return candidate{}, false
	}
	end := k+2 == len(toks) || tk.stop || tk.poss || pairFollowers[toks[k+2].low]
	switch {
	case a.Name == "" && relations[tk.low].canon != "" && !relations[tk.low].plural:
		rel, said := relations[tk.low].canon, tk.low
		if inLaw(toks, k+1) {
			// "my brother and sister in law".
			rel, said = relations[tk.low+"-in-law"].canon, tk.low+"-in-law"
		}
		return candidate{Person: Person{Relation: rel, Said: said, Confidence: a.Confidence}, pos: k + 1}, true
	case a.Name != "" && end && a.Confidence >= 0.7 && (IsFirstName(tk.raw) || capitalised(tk.raw) && IsName(tk.raw)) && !verbForm(tk.low) && !verbish(tk.low):
		return candidate{Person: Person{Name: written(tk.raw), Confidence: a.Confidence}, pos: k + 1}, true
	case a.Name != "" && a.Confidence >= 0.85 && (k+2 < len(toks) && pairFollowers[toks[k+2].low] && !tk.stop || tk.comma) && lowerName(tk):
		// "congratulate tariq & leyla on their engagement": a second
		// lowercase name, unknown to the list, between a sure first
		// one and what the message is for, or a comma.
		return candidate{Person: Person{Name: written(tk.raw), Confidence: a.Confidence - 0.1}, pos: k + 1}, true
	}
	return candidate{}, false
}

// pairFollowers may come right after two people named together: "for
// their wedding", "about the party", "on their news".
var pairFollowers = wordset.Of(`for about on to that who re with from at since after`)

// withMe reports whether c is named together with the writer: "mum & me",
// "me and tom", "jess and i".
//
// A pair that something happened between ("me and my brother haven't spoken
// in two years", "jess and i fell out") is no sending side: the message is
// to the other one.
func withMe(toks []token, c candidate) bool {
	if c.named {
		// "her name is priya and i said something mean": someone
		// introduced by name is spoken of, never on the sending side.
		return false
	}
	k := c.pos + 1
	for k < len(toks) && toks[k].used && toks[k].low != "and" {
		k++
	}
	if c.pos >= 2 && toks[c.pos-1].low == "and" && (toks[c.pos-2].low == "me" || toks[c.pos-2].low == "i") {
		return !between(toks, k)
	}
	if k+1 < len(toks) && toks[k].low == "and" && !toks[k-1].stop && (toks[k+1].low == "me" || toks[k+1].low == "i") {
		return !between(toks, k+2)
	}
	return false
}

// reBetween is what happens between two people: a silence or a falling out.
var reBetween = regexp.MustCompile(`^(?:(?:have|had|havent|haven't|hadnt|hadn't|not|dont|don't|didnt|didn't|never|kind of|kinda|sort of|really|just|both|still|recently|totally|basically|kinda|have been|had been|ve) )*(?:spoken|talked|talk|speak|seen each other|been in touch|fell out|fallen out|had a (?:fight|falling out|row|big fight|huge fight|argument)|drifted|lost touch|argued|fought|grew apart|stopped (?:talking|speaking)|are not talking|arent talking|aren't talking|used to be close|broke up|split up)\b`)

// between reports whether the words from toks[k] tell what happened between
// the two.
func between(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	var ws []string
	for _, t := range toks[k:min(len(toks), k+6)] {
		ws = append(ws, t.low)
	}
	return reBetween.MatchString(strings.Join(ws, " "))
}

// lowerName reports a lowercase word that may be a name nobody listed: no
// ordinary or calendar word, no verb, no relationship or title.
func lowerName(tk token) bool {
	w := tk.low
	return len(w) >= 3 && !capitalised(tk.raw) && !isStop(w) && !verbForm(w) && !verbish(w) && !pastVerb(w) &&
		relations[w].canon == "" && titles[w] == "" && !groupWords[w] && !particles[w]
}
