package people

import "github.com/companion-dev/companion/agent/internal/wordset"

// A family word is not always someone spoken to. Said as the owner of a
// place ("summers at our nani's house", "watching the match at dads
// place") it says where something happened; a parent's word from another
// language said on its own in the middle of a sentence ("singing abba the
// whole way") is most often a band, a food or a word of English. Neither
// is taken for who a message is for.

// kinAsPlace reports the family word at j typed as the owner of a place
// that follows it: "nani's house", "dads place", "my gran's garden".
func kinAsPlace(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].stop {
		return false
	}
	owned := toks[j].poss || relations[toks[j].low].address != "" && len(toks[j].low) > 2 && toks[j].low[len(toks[j].low)-1] == 's' &&
		relations[toks[j].low[:len(toks[j].low)-1]].canon == relations[toks[j].low].canon
	if !owned {
		return false
	}
	k := j + 1
	if k+1 < len(toks) && placeAdjectives[toks[k].low] && !toks[k].stop {
		k++ // "nani's old house"
	}
	return ownedPlaces[toks[k].low]
}

// strayTongueWord reports a parent's word from another language at i that
// stands where no person does: not opening the message, not owned ("my
// abba"), and not what a request is for ("write to baba").
func strayTongueWord(toks []token, i int) bool {
	if !relations[toks[i].low].tongue || i == 0 || toks[i].start || toks[i].poss || isObject(toks, i) {
		return false
	}
	if i+1 < len(toks) && !toks[i].stop && personAfter[toks[i+1].low] {
		// "when abba retired", "and baba says hi": someone doing
		// something.
		return false
	}
	return !personBefore[toks[i-1].low]
}

var (
	// ownedPlaces are places a family word can own.
	ownedPlaces = wordset.Of(`house home place flat apartment garden kitchen farm village cottage bungalow caravan
allotment shop restaurant bakery cafe grave table porch yard backyard balcony attic basement`)
	// placeAdjectives may stand between the owner and the place.
	placeAdjectives = wordset.Of(`old little big new tiny own`)
	// personBefore are words after which a family word is someone:
	// "and baba", "with abba", "for amma".
	// personAfter are words after which a family word is someone: "abba
	// is", "baba loves".
	personAfter = wordset.Of(`is was has had just loves loved said says turned turns retired called texted
rang asked told died passed always never still will would wants wanted and`)
	personBefore = wordset.Of(`and with for to from love miss visit visited call called tell told ask asked text texted thank dear`)
)

// sendersKin marks every unnamed mention of a family word as on the
// sending side once one mention is: "a note from me and my son… waiting
// for my son to give him a treat" is the same son both times, writing
// with the person, never the one written to.
func sendersKin(cands []candidate) {
	with := map[string]bool{}
	for _, c := range cands {
		if c.withMe && c.Name == "" && c.Relation != "" && !c.Group {
			with[c.Relation] = true
		}
	}
	for i := range cands {
		if c := &cands[i]; c.Name == "" && with[c.Relation] && !c.Group {
			c.withMe = true
		}
	}
}

// namedRole is the one person named in a message whose best reading is a
// role said without a name ("missed dilnoza's birthday… she's a uni
// friend"): the name is who the role is. Family words never take a name
// this way ("my sister was dumped by marco" is to the sister), nor does
// someone a request is for ("tell my colleague that tom is leaving").
func namedRole(cands []candidate, best candidate) (Person, bool) {
	if best.Name != "" || best.Group || best.object || best.gone || best.withMe || best.Relation == "" ||
		personal[best.Relation] && best.Relation != "friend" {
		return Person{}, false
	}
	var named []candidate
	for _, c := range cands {
		// The name comes first, and a capitalised word opening the
		// message ("Welp my teammate…") is a name only if it is one.
		if c.Name != "" && c.Relation == "" && !c.Group && !c.gone && !c.withMe && !c.place && c.Confidence >= 0.7 &&
			c.pos < best.pos && (c.pos > 0 || IsFirstName(firstWord(c.Name))) {
			named = append(named, c)
		}
	}
	if len(named) != 1 {
		return Person{}, false
	}
	p := named[0].Person
	p.Relation, p.Said = best.Relation, best.Said
	return p, true
}
