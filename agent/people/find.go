package people

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// candidate is one reading of who is meant.
type candidate struct {
	Person
	pos int
	// object is true when the words follow a request word ("text", "to",
	// "about"): they are who the request is for.
	object bool
	// named is true for a name introduced as one: "her name is Nadia".
	named bool
	// gone is true for someone the message says died (gone.go).
	gone bool
	// withMe is true for someone named together with the writer ("mum &
	// me", "me and tom"): on the sending side, not who it is for.
	withMe bool
	// before is true for a name said just before who they are: "ms
	// adeyemi, my daughter's teacher".
	before bool
	// topic is true for a group spoken of after "about": "ask her about
	// the team" names what the message asks about, not who it is for.
	topic bool
	// place is true for a family word said as the owner of a place
	// ("at dads place", kinplace.go): where something happened, taken
	// for who it is for only when nobody else is named.
	place bool
}

// Find returns who a message is about: the person a request is for when
// there is one ("remind me to call mum", "write to my sister Ana"),
// otherwise the first person named. The zero Person means nobody.
func Find(text string) Person {
	cands := candidates(text)
	if len(cands) == 0 {
		return Person{}
	}
	markGone(text, cands)
	sendersKin(cands)
	cands = withoutStrayObjects(cands)
	best := cands[0]
	for _, c := range cands[1:] {
		if better(c, best) {
			best = c
		}
	}
	if best.Group && !best.object && toOnePerson.MatchString(strings.ToLower(text)) {
		// "our old neighbours moved away and i miss agnieszka… help me
		// write to her": the request is for one person, the last named.
		for k := len(cands) - 1; k >= 0; k-- {
			if c := cands[k]; !c.Group && c.Name != "" && !c.gone && !c.withMe {
				return c.Person
			}
		}
	}
	if c, ok := namedRole(cands, best); ok {
		return c
	}
	return best.Person
}

// withoutStrayObjects leaves out a word read as a name only because it
// follows "to" or "for" ("taught me to knit", "out for pho") when the text
// names someone surely, with who they are to the writer ("my friend
// Thandiwe", "my nan"): an unknown word in lower case is a thing or a
// verb there, never the one written to.
func withoutStrayObjects(cands []candidate) []candidate {
	sure := false
	for _, c := range cands {
		sure = sure || !c.Group && !c.gone && !c.withMe && c.Relation != "" && c.Address() != "" && c.Confidence >= SureAt
	}
	if !sure {
		return cands
	}
	var kept []candidate
	for _, c := range cands {
		if c.object && !c.Group && c.Confidence < SureAt && c.Name != "" && !IsFirstName(firstWord(c.Name)) {
			continue
		}
		kept = append(kept, c)
	}
	if len(kept) == 0 {
		return cands
	}
	return kept
}

// toOnePerson is a request for a message to one person, by pronoun: "write
// to her", "text him", "something for her".
var toOnePerson = regexp.MustCompile(`\b(?:write to|text|message|msg|email|dm|thank|tell|ask|congratulate|something for|a message for|a note for|a card for|reach out to|get in touch with|check in (?:on|with)) (?:her|him)\b`)

// FindAll returns everyone a message names, in order: "my son Michael and my
// old friend Dorothy" gives Michael (son) and Dorothy (friend).
func FindAll(text string) []Person {
	var out []Person
	for _, c := range candidates(text) {
		out = append(out, c.Person)
	}
	return out
}

// better reports whether a should be preferred to b: a group over a single
// guess, then the object of a request, then a name with a relationship,
// then the surer guess, then the earlier.
func better(a, b candidate) bool {
	if a.gone != b.gone {
		// The one who died is spoken of; the other is written to.
		return b.gone
	}
	if a.place != b.place {
		// "me and tomasz watched every match at dads place": the
		// place's owner is where it happened.
		return b.place
	}
	if a.withMe != b.withMe {
		// "mum & me want to send my aunt something": the aunt.
		return b.withMe
	}
	if a.Group != b.Group {
		// A group wins, unless the one person is who a request is for
		// and the group is not: "thank my sister bex for having the
		// kids", "thank mum for having the kids".
		g, one := a, b
		if b.Group {
			g, one = b, a
		}
		if one.object && (!g.object || g.topic) || g.topic && !g.object && one.Name != "" {
			// A group only asked about gives way to the one named.
			return a == one
		}
		if one.object && g.object && one.Name != "" && one.Relation != "" && one.Confidence >= SureAt && one.pos < g.pos {
			// "write to my tia esperanza … made mole for my roommates":
			// the one named with who they are, asked for first, is who
			// the message is for; the group came later in the telling.
			return a == one
		}
		if childGroups[g.Said] && one.Name != "" && (!g.object || one.object) {
			// "my friend rania watched the kids", "text my sister
			// rosa, she's been helping with the kids": children
			// looked after are no one to write to.
			return a == one
		}
		return a.Group
	}
	if a.object != b.object && !unsureObject(a, b) && !unsureObject(b, a) {
		return a.object
	}
	if a.named && b.Name == "" && !b.Group {
		// "the midwife who delivered our son, her name is nadia".
		return true
	}
	ra, rb := a.Name != "" && a.Relation != "", b.Name != "" && b.Relation != ""
	if ra != rb {
		return ra
	}
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence+0.05 && !(b.Confidence >= SureAt && a.Confidence >= SureAt)
	}
	return false
}

// qualifierLen is the length of a "from work", "at my old school" after a
// relationship word at i, with no punctuation inside; 0 when there is none.
func qualifierLen(toks []token, i int) int {
	if i >= len(toks) || toks[i].low != "from" && toks[i].low != "at" || toks[i].stop {
		return 0
	}
	for n := 1; n <= 4 && i+n < len(toks); n++ {
		tk := toks[i+n]
		if qualifierNouns[tk.low] {
			if tk.stop {
				return 0
			}
			return n + 1
		}
		if tk.stop || !(tk.low == "my" || tk.low == "the" || tk.low == "our" || relAdjectives[tk.low]) {
			return 0
		}
	}
	return 0
}

// qualifierNouns end a "from work" after a relationship word.
var qualifierNouns = wordset.Of(`work job office school uni university college gym church class team club choir band
course company firm lab ward`)

// girlsAndLads are groups named after who is in them, with "the" before:
// "the lads", "the netball girls".
var girlsAndLads = wordset.Of(`girls guys boys lads`)

// childGroups are groups of children, who are looked after rather than
// written to.
var childGroups = wordset.Of(`kids children`)

// namedPair reads two names joined by "and" at i: "giorgos and eleni",
// "Ana and Leo". It returns them as written and the number of words taken.
func namedPair(toks []token, i int) (string, int) {
	one := func(k int) (string, int) {
		if k >= len(toks) || toks[k].used || toks[k].place {
			return "", 0
		}
		if w := toks[k].low; firstNames[w] && !softNames[w] || capitalised(toks[k].raw) && !isStop(w) && relations[w].canon == "" {
			// A comma around them is fine here: "my in-laws, giorgos
			// and eleni, for…".
			return written(toks[k].raw), 1
		}
		name, n, _ := nameAfterRelation(toks, k)
		return name, n
	}
	a, n := one(i)
	if a == "" || i+n+1 >= len(toks) || toks[i+n].low != "and" {
		return "", 0
	}
	b, m := one(i + n + 1)
	if b == "" {
		return "", 0
	}
	return a + " and " + b, n + 1 + m
}

// bondVerbs before "to" or "with" tie two people together: who follows is
// the other half of someone's news, not who a request is for.
var bondVerbs = wordset.Of(`engaged married marry marrying wed proposed moved moving living lives dating together
eloped hitched`)

// stepKin are the step relations of family words: "step mum" is a
// stepmother.
var stepKin = map[string]string{"mother": "stepmother", "father": "stepfather", "sister": "stepsister",
	"brother": "stepbrother", "son": "stepson", "daughter": "stepdaughter"}

// unsureObject reports an unsure guess after a request word ("off sick
// with burnout", "messaged Carla about brunch") set against a sure name
// ("my colleague Sunita", "Carla"): the request word alone does not make
// it the one.
func unsureObject(obj, other candidate) bool {
	// A name said with who they are ("my uncle tunde") outweighs a
	// less sure word after "about" ("…about mortgages").
	return obj.object && obj.Confidence < SureAt && other.Name != "" && (other.Relation != "" && (other.Confidence >= SureAt || other.Confidence > obj.Confidence) ||
		other.Confidence >= 0.85 || obj.Name != "" && IsFirstName(firstWord(other.Name)) && !IsFirstName(firstWord(obj.Name)))
}

// firstWord is the first word of a name.
func firstWord(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return w
}

// candidates finds every reading of who is meant, in text order.
func candidates(text string) []candidate {
	toks := tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	markSelf(toks)
	markPlaces(toks)
	bareOwners(toks)
	var out []candidate
	out = append(out, groups(toks)...)
	out = append(out, relationPhrases(toks)...)
	out = append(out, slangFriends(toks)...)
	attachLateNames(toks, out)
	out = append(out, names(toks)...)
	// Keep text order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].pos < out[j-1].pos; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	out = joinPairs(toks, out)
	workmates(toks, out)
	return out
}

// slangFriends finds a friend called by a word of slang before a name:
// "my boy dre", "my guy tunde", "my girl priya". Without a name after
// it, "my boy" may well be a son and is left alone.
func slangFriends(toks []token) []candidate {
	var out []candidate
	for i := 0; i+2 < len(toks); i++ {
		rel, ok := slangFriendWords[toks[i+1].low]
		if toks[i].low != "my" || !ok || toks[i+1].used || toks[i+1].stop {
			continue
		}
		name, n, conf := nameAfterRelation(toks, i+2)
		if name == "" {
			continue
		}
		for k := i; k < i+2+n; k++ {
			toks[k].used = true
		}
		out = append(out, candidate{Person: Person{Name: name, Relation: rel, Said: toks[i+1].low, Confidence: conf},
			pos: i, object: isObject(toks, i)})
		i += 1 + n
	}
	return out
}

// slangFriendWords call a friend by a word of slang, with the relationship
// each says ("my girl" may be a girlfriend or a friend, so none).
var slangFriendWords = map[string]string{"boy": "friend", "guy": "friend", "dude": "friend", "homie": "friend",
	"homeboy": "friend", "girl": "", "gal": ""}

// workmates gives the relationship of a colleague to a name said with
// where the writer works: "jess from work", "dev at the office".
func workmates(toks []token, cands []candidate) {
	for i := range cands {
		c := &cands[i]
		k := c.pos + 1
		for k < len(toks) && toks[k].used && !toks[k-1].stop {
			k++
		}
		if c.Name == "" || c.Relation != "" || c.Group || toks[k-1].stop || k+1 >= len(toks) {
			continue
		}
		if p := toks[k].low; p != "from" && p != "at" {
			continue
		}
		place := toks[k+1].low
		if place == "the" && k+2 < len(toks) {
			place = toks[k+2].low
		}
		if place == "work" || place == "office" {
			c.Relation, c.Said = "colleague", "colleague"
		}
	}
}

// isObject reports whether the word at i follows a request word, possibly
// across "my", "the" and adjectives: "text my old friend", "write to".
func isObject(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].low
		if triggers[w] && (w != "to" && w != "with" || k == 0 || !bondVerbs[toks[k-1].low]) {
			return true
		}
		if triggers[w] {
			// "engaged to her girlfriend zoe": a bond, not a request.
			return false
		}
		if w == "my" || w == "our" || w == "the" || w == "a" || w == "an" || relAdjectives[w] || relations[w].canon != "" ||
			titles[w] != "" || w == "me" || w == "up" || w == "out" || w == "in" || w == "touch" || w == "back" {
			continue
		}
		return false
	}
	return false
}

// newborns are children told of together, who are a group to write to
// only when a message is for them.
var newborns = wordset.Of(`twins triplets`)

// groups finds a group: "the group chat", "our family chat", "the lads",
// "my uni housemates", "everyone from school".
func groups(toks []token) []candidate {
	var out []candidate
	for i := range toks {
		w := toks[i].low
		det := i > 0 && (toks[i-1].low == "the" || toks[i-1].low == "our" || toks[i-1].low == "my")
		switch {
		case familyByName(toks, i):
			// "the okonkwo family", "call the Harpers": a household by
			// its surname.
			said := "the " + toks[i].low
			if i+1 < len(toks) && toks[i+1].low == "family" {
				said += " family"
				toks[i+1].used = true
			}
			toks[i].used = true
			out = append(out, candidate{Person: Person{Relation: "family", Said: said, Confidence: 0.85}, pos: i - 1, object: isObject(toks, i-1)})
		case groupWords[w] && i > 0 && !toks[i].used:
			// "the book club", "our dead group chat", "the Flat group chat",
			// "message the group": a group word with a determiner before it,
			// within four words.
			found := false
			reach := 4
			if w == "chat" || w == "gc" || w == "groupchat" {
				// "the five a side lads chat": a chat's name may be long.
				reach = 5
			}
			for k := i - 1; k >= 0 && k >= i-reach; k-- {
				if l := toks[k].low; l == "the" || l == "our" || l == "my" || l == "this" || l == "that" || triggers[l] {
					found = true
					break
				}
				if toks[k].start && (w == "chat" || w == "gc" || w == "groupchat") && k >= i-2 {
					// "cousins group chat has been silent": the message
					// opens with which chat.
					found = true
					break
				}
				if toks[k].stop {
					break
				}
			}
			if !found && (w == "chat" || w == "gc" || w == "groupchat") && ((groupKinds[toks[i-1].low] || toks[i-1].low == "group") && !toks[i-1].stop || revivedBefore(toks, i)) {
				// "sunday league lads chat", "wake up a chat": what the
				// chat is, or waking it, makes it a group.
				found = true
			}
			if !found || (w == "team" && !det && !(i > 1 && toks[i-1].low == "whole")) {
				continue
			}
			if i > 1 && (toks[i-2].low == "from" || toks[i-2].low == "at") || i > 2 && (toks[i-3].low == "from" || toks[i-3].low == "at") && (toks[i-2].low == "the" || toks[i-2].low == "my" || toks[i-2].low == "our") {
				// "my friend from book club": where they know each other.
				continue
			}
			if i+1 < len(toks) && !toks[i].stop && groupThings[toks[i+1].low] {
				// "in the team meeting": a thing the group has, not the group.
				continue
			}
			if talkedOf(toks, i) && w != "chat" && w != "gc" && w != "groupchat" {
				continue
			}
			if w == "chat" && !revivedBefore(toks, i) && (notGroupChat[toks[i-1].low] || i > 1 && (toks[i-2].low == "a" || toks[i-2].low == "an") && toks[i-1].low != "group" && !ownedBefore(toks, i-2) ||
				i > 2 && (toks[i-3].low == "a" || toks[i-3].low == "an") && toks[i-2].low != "group" && !ownedBefore(toks, i-3)) {
				// "ask for a coffee chat", "a 20 min chat" is a talk, not a
				// group.
				continue
			}
			said := "group"
			if w == "chat" || w == "gc" || w == "groupchat" || (w == "group" && i+1 < len(toks) && toks[i+1].low == "chat") {
				said = "group chat"
			}
			out = append(out, candidate{Person: Person{Relation: "group", Said: said, Group: true, Confidence: 0.85},
				pos: i, object: isObject(toks, i), topic: aboutBefore(toks, i) || placeOfWhatHappened(toks, i)})
		case relations[w].plural && (det || (i > 1 && (toks[i-2].low == "my" || toks[i-2].low == "our") && relAdjectives[toks[i-1].low])) ||
			girlsAndLads[w] && i > 1 && toks[i-2].low == "the" ||
			relations[w].plural && i > 2 && (toks[i-3].low == "my" || toks[i-3].low == "our"):
			if newborns[w] && !isObject(toks, i) {
				// "the twins arrived!": babies announced, not a group
				// to write to; "message the twins" is one.
				continue
			}
			if stayingAt(toks, i) {
				// "she's staying at our parents": where, not who.
				continue
			}
			if i+1 < len(toks) && !toks[i].stop && possessed[toks[i+1].low] {
				// "my oldest friends wedding", "our neighbours porch": one
				// person's thing, the apostrophe left out.
				continue
			}
			if relations[w].canon == "group" && !det && !(i > 1 && (toks[i-2].low == "my" || toks[i-2].low == "our" || toks[i-2].low == "the")) &&
				!(i > 2 && (toks[i-3].low == "my" || toks[i-3].low == "our")) {
				continue
			}
			if talkedOf(toks, i) {
				continue
			}
			if girlsAndLads[w] {
				// "the lads", "the netball girls", "the work guys".
				if toks[i-1].low != "the" && !(i > 1 && toks[i-2].low == "the" && !toks[i-1].used && !isStop(toks[i-1].low)) {
					continue
				}
			}
			if pair, n := namedPair(toks, i+1); pair != "" {
				// "my in-laws, giorgos and eleni": two people, greeted
				// by name, not a group chat.
				for k := i; k <= i+n; k++ {
					toks[k].used = true
				}
				out = append(out, candidate{Person: Person{Name: pair, Relation: w, Said: w, Confidence: 0.85},
					pos: i, object: isObject(toks, i)})
				continue
			}
			rel := relations[w].canon
			if toks[i-1].low == "the" {
				// "the parents in my kid's class" are other people's.
				rel = "group"
			}
			out = append(out, candidate{Person: Person{Relation: rel, Said: w, Group: true, Confidence: 0.85},
				pos: i, object: isObject(toks, i)})
		case (w == "whatsapp" || w == "whatsapps" || w == "chat" || w == "gc") && det && !toks[i].stop && i+1 < len(toks) &&
			(toks[i+1].low == "with" || toks[i+1].low == "for") && !toks[i].used:
			// "the whatsapp with my old team", "our chat for the trip".
			out = append(out, candidate{Person: Person{Relation: "group", Said: "group chat", Group: true, Confidence: 0.85},
				pos: i, object: isObject(toks, i)})
			for k := i + 1; k < len(toks) && k <= i+5 && !toks[k-1].stop; k++ {
				toks[k].used = true // who is in it is no one to write to
			}
		case (w == "whatsapp" || w == "whatsapps") && i > 0 && groupKinds[toks[i-1].low] && !toks[i-1].stop:
			// "our family whatsapp", "the uni whatsapp".
			out = append(out, candidate{Person: Person{Relation: "group", Said: "group chat", Group: true, Confidence: 0.85},
				pos: i, object: isObject(toks, i)})
		case (w == "everyone" || w == "everybody" || w == "people" || w == "folks" || w == "those") && i+1 < len(toks) &&
			(toks[i+1].low == "who" || toks[i+1].low == "that") && (w != "people" && w != "folks" || det || i > 0 && (toks[i-1].low == "all" || triggers[toks[i-1].low])):
			// "the people who sent flowers", "everyone who came to the
			// funeral": a group, said by what they did, which names no one.
			out = append(out, candidate{Person: Person{Relation: "group", Said: "group", Group: true, Confidence: 0.8},
				pos: i, object: isObject(toks, i)})
			for k := i + 1; k < len(toks) && k <= i+8 && !toks[k-1].stop; k++ {
				toks[k].used = true
			}
		case (w == "everyone" || w == "everybody" || w == "all") && i+1 < len(toks) && (toks[i+1].low == "from" || toks[i+1].low == "at" || toks[i+1].low == "in"):
			if w == "all" && (i == 0 || !triggers[toks[i-1].low]) {
				continue
			}
			out = append(out, candidate{Person: Person{Relation: "group", Said: "group", Group: true, Confidence: 0.8},
				pos: i, object: isObject(toks, i)})
		}
	}
	return dedupeGroups(out)
}

// talkedOf reports a group at i that is talked of or joined, no one
// written to: "a chat about the team", "joining the club".
func talkedOf(toks []token, i int) bool {
	return i > 1 && toks[i-1].low == "the" && topicBefore[toks[i-2].low]
}

// topicBefore come before "the" and a group that is talked of or joined,
// not written to.
var topicBefore = wordset.Of(`about regarding joining join joined into`)

// chatOwners come before a chat's name, so an "a" inside it ("the five a
// side chat") is part of the name, not "a chat" as a talk.
var chatOwners = wordset.Of(`the our my this that`)

// ownedBefore reports a chat owner one or two words before the "a" at k,
// in the same sentence.
func ownedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if toks[j].stop {
			return false
		}
		if chatOwners[toks[j].low] {
			return true
		}
	}
	return false
}

// familyByName reports a surname at i said as a household: "the okonkwo
// family", "the Harpers", "the harpers" when "harper" is a name people
// have.
func familyByName(toks []token, i int) bool {
	if i == 0 || toks[i-1].low != "the" || toks[i].used || toks[i].place || isStop(toks[i].low) || relations[toks[i].low].canon != "" ||
		!lettersOnly(toks[i].low) || groupWords[toks[i].low] {
		return false
	}
	if i+1 < len(toks) && toks[i+1].low == "family" && !toks[i].stop {
		// Not "the whole family group": a word of size, and a group
		// word after, make it the family's chat.
		return !familySizes[toks[i].low] && !(i+2 < len(toks) && groupWords[toks[i+2].low])
	}
	w := toks[i].low
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || i < 2 || !triggers[toks[i-2].low] {
		return false
	}
	return capitalised(toks[i].raw) && !toks[i].start || firstNames[strings.TrimSuffix(w, "s")]
}

// familySizes say how much of a family is meant, not whose it is.
var familySizes = wordset.Of(`whole entire extended wider big close immediate new old other same`)

// stayingAt reports a group word at i said as a place someone is: "at our
// parents", "staying with my folks", "back from my cousins".
func stayingAt(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k].low == "my" || toks[k].low == "our" || toks[k].low == "the") {
		k--
	}
	if k < 0 || k == i-1 {
		return false
	}
	switch toks[k].low {
	case "at", "from":
		return true
	case "with":
		return k > 0 && stayVerbs[toks[k-1].low]
	}
	return false
}

// stayVerbs before "with" say where someone is: "staying with my parents".
var stayVerbs = wordset.Of(`staying stay stays stayed living live lives lived moved moving crashing`)

// dedupeGroups keeps one group reading per run of words ("our family group
// chat" is one group).
func dedupeGroups(in []candidate) []candidate {
	var out []candidate
	for _, c := range in {
		if n := len(out); n > 0 && c.pos-out[n-1].pos <= 5 {
			if c.object {
				out[n-1].object = true
			}
			if out[n-1].Said == "group" {
				out[n-1].Said = c.Said
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// someoneElses are words after which a relationship belongs to someone
// else: "whose mum", "her dad".
var someoneElses = wordset.Of(`whose her his their your its someone's`)

// relationPhrases finds "my [old] RELATION [Name]", "Name, my RELATION", and
// family words used alone ("mum", "write to gran").
func relationPhrases(toks []token) []candidate {
	var out []candidate
	for i := 0; i < len(toks); i++ {
		w := toks[i].low
		bare := i == 0 && (relAdjectives[w] || relations[w].canon != "" && relations[w].address == "" && !relations[w].plural) &&
			!(kinTitles[w] && len(toks) > 1 && !toks[0].stop)
		// "her mum ifeoma", "sam's little brother leo": someone else's,
		// named, as who a request is for.
		theirs := (someoneElses[w] && w != "whose" && w != "its" && w != "someone's" || ownerName(toks, i)) && isObject(toks, i)
		if w != "my" && w != "our" && w != "a" && w != "an" && !bare && !theirs {
			// A family word on its own: "mum", "text dad", "Sunday works for gran".
			r := relations[w]
			if r.address == "" || toks[i].used || (i > 0 && (someoneElses[toks[i-1].low] && toks[i-1].low != "its" || toks[i-1].poss && !isStop(toks[i-1].low) || toks[i-1].low == "the")) ||
				strayTongueWord(toks, i) {
				continue
			}
			if i+1 < len(toks) && !toks[i].stop && relations[toks[i+1].low].canon != "" {
				continue
			}
			toks[i].used = true
			c := candidate{Person: Person{Relation: r.canon, Said: w, Confidence: 0.9}, pos: i, object: isObject(toks, i) && !ownsEvent(toks, i),
				place: kinAsPlace(toks, i)}
			if grandparents[r.canon] {
				// "write to grandma rose": her name comes with the word.
				if name, n, conf := nameAfterRelation(toks, i+1); name != "" {
					c.Name, c.Confidence = kinName(toks[i], r, name), conf
					for k := i + 1; k < i+1+n; k++ {
						toks[k].used = true
					}
					i += n
				}
			}
			out = append(out, c)
			continue
		}
		j := i + 1
		if bare {
			// "old uni friend, hamish": the message starts with who.
			j = i
		}
		var said []string
		extra := 0
		for j < len(toks) && relations[toks[j].low].canon == "" && !toks[j].stop {
			l := toks[j].low
			if relAdjectives[l] || (l != "" && l[0] >= '0' && l[0] <= '9') {
				said = append(said, l)
			} else if extra < 1 && !isStop(l) && !capitalised(toks[j].raw) && w != "a" && w != "an" {
				said = append(said, l)
				extra++
			} else {
				break
			}
			j++
		}
		if j >= len(toks) || relations[toks[j].low].canon == "" || relations[toks[j].low].plural {
			continue
		}
		if toks[j].low == "ex" && !toks[j].stop && j+1 < len(toks) && relations[toks[j+1].low].canon != "" && !relations[toks[j+1].low].plural {
			// "my ex colleague": ex before another relationship.
			said = append(said, "ex")
			j++
		}
		if toks[j].low == "twin" && !toks[j].stop && j+1 < len(toks) && relations[toks[j+1].low].canon != "" && !relations[toks[j+1].low].plural {
			// "my twin sister": twin says which sister.
			said = append(said, "twin")
			j++
		}
		r := relations[toks[j].low]
		// "ex boyfriend", "my ex": the ex is the relationship.
		if len(said) > 0 && said[len(said)-1] == "ex" && romantic[r.canon] {
			r = relation{canon: "ex"}
		}
		if len(said) > 0 && said[len(said)-1] == "step" && stepKin[r.canon] != "" {
			// "my step mum" is a stepmother.
			r = relation{canon: stepKin[r.canon]}
		}
		if len(said) > 0 && said[len(said)-1] == "work" && (r.canon == "wife" || r.canon == "husband") {
			// "my work wife" is a close colleague.
			r = relation{canon: "colleague"}
		}
		said = append(said, toks[j].low)
		if theirs {
			// "write to his wife anna": someone else's wife, named.
			name, n, conf := nameAfterRelation(toks, j+1)
			if name == "" {
				continue
			}
			rel := r.canon
			if personal[rel] || r.address != "" {
				rel = ""
			}
			for k := i; k < j+1+n; k++ {
				toks[k].used = true
			}
			owner := w
			if toks[i].poss {
				owner = toks[i].raw + "'s"
			}
			out = append(out, candidate{Person: Person{Name: name, Relation: rel, Said: owner + " " + strings.Join(said, " "), Confidence: conf},
				pos: i, object: true})
			i = j + n
			continue
		}
		if inLaw(toks, j) {
			// "my brother in law marco" is a brother-in-law.
			r = relations[toks[j].low+"-in-law"]
			said[len(said)-1] += "-in-law"
			j += 2
		}
		for k := i; k <= j; k++ {
			toks[k].used = true
		}
		c := candidate{Person: Person{Relation: r.canon, Said: strings.Join(said, " "), Confidence: 0.9}, pos: i, object: isObject(toks, i) && !ownsEvent(toks, j),
			place: r.address != "" && kinAsPlace(toks, j)}
		q := qualifierLen(toks, j+1)
		if name, n, conf := nameAfterRelation(toks, j+1); name != "" {
			c.Name, c.Confidence = kinName(toks[j], r, name), conf
			for k := j + 1; k < j+1+n; k++ {
				toks[k].used = true
			}
		} else if name, n, conf := nameAfterRelation(toks, j+1+q); q > 0 && name != "" {
			// "my mate from work ollie just got engaged".
			c.Name, c.Confidence = name, conf
			for k := j + 1 + q; k < j+1+q+n; k++ {
				toks[k].used = true
			}
		} else if name, conf := nameBeforeRelation(toks, i); name != "" {
			c.Name, c.Confidence, c.before = name, conf, true
			c.object = c.object || isObject(toks, i-1) || (i > 1 && isObject(toks, i-2))
		} else if k := pronounBe(toks, i); k > 0 && toks[k-1].stop {
			// "message haruto, he's my old roommate", "dr ilunga, she
			// was my supervisor": who the one just named is.
			if name, conf := nameBeforeRelation(toks, k); name != "" {
				n := len(strings.Fields(name))
				c.Name, c.Confidence, c.pos, c.before = name, conf, k-n, true
				c.object = c.object || isObject(toks, k-n)
				for m := max(k-n, 0); m < k; m++ {
					toks[m].used = true
				}
			} else if m := ownerBefore(toks, k); m >= 0 {
				// "rosa's birthday is 3 june btw, she's my aunt": the
				// pronoun stands for the one whose date or thing the
				// message began with.
				toks[m].used = true
				c.Name, c.Confidence, c.pos, c.before = written(toks[m].raw), 0.85, m, true
				c.object = c.object || isObject(toks, m)
			}
		} else if i >= 2 && (toks[i-1].low == "was" || toks[i-1].low == "is") && !toks[i-2].stop {
			// "youssef was our neighbour for 12 years": who he was to
			// them, said of his name.
			if name, conf := nameBeforeRelation(toks, i-1); name != "" && (firstNames[foldWord(name)] || capitalised(name)) {
				c.Name, c.Confidence = name, conf
				toks[i-2].used = true
			}
		}
		if toks[j].low == "neighbour" || toks[j].low == "neighbor" {
			c.Relation = "neighbour"
		}
		c, j = chain(toks, c, j)
		out = append(out, c)
		i = j
	}
	return out
}

// ownerBefore returns where the one name with a possessive before k is
// ("rosa's", "Tomasz's"), when it is a first name or written with a
// capital and no other name stands between; -1 when there is none.
func ownerBefore(toks []token, k int) int {
	found := -1
	for m := 0; m < k; m++ {
		tk := toks[m]
		if tk.used && !tk.poss {
			continue
		}
		if !tk.poss || tk.used || isStop(tk.low) && !firstNames[tk.low] || relations[tk.low].canon != "" || !lettersOnly(tk.low) ||
			!capitalised(tk.raw) && !firstNames[tk.low] || m > 0 && (toks[m-1].low == "my" || someoneElses[toks[m-1].low]) {
			continue
		}
		if found >= 0 {
			return -1 // two owners: which one the pronoun means is not clear
		}
		found = m
	}
	return found
}

// ownerName reports a name with a possessive at i that a relationship
// word follows: "sam's little brother".
func ownerName(toks []token, i int) bool {
	tk := toks[i]
	if !tk.poss || tk.stop || isStop(tk.low) && !firstNames[tk.low] || relations[tk.low].canon != "" || !lettersOnly(tk.low) ||
		!capitalised(tk.raw) && !firstNames[tk.low] {
		return false
	}
	j := i + 1
	for j < len(toks) && relAdjectives[toks[j].low] && !toks[j].stop {
		j++
	}
	return j < len(toks) && relations[toks[j].low].canon != "" && !relations[toks[j].low].plural
}

// inLaw reports "in law" typed as two words after the family word at j.
func inLaw(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j+1].low == "in" && toks[j+2].low == "law" && !toks[j].stop && !toks[j+1].stop &&
		relations[toks[j].low+"-in-law"].canon != ""
}

// chain follows a possessive from the relationship phrase c, which ends at
// j, to whoever it belongs to: "my cousin's husband tomasz", "my son's
// teacher miss hughes", "my coworker denise's mom". The one at the end of
// the chain is meant when they are named or a request is for them ("write
// to my coworker denise's mom"); otherwise the first one is ("my coworker
// denise's mom died" is news to tell Denise about). It returns the
// candidate and the last word it took.
func chain(toks []token, c candidate, j int) (candidate, int) {
	e := j
	for e+1 < len(toks) && toks[e+1].used && !toks[e].poss {
		e++ // past the name the phrase took
	}
	if !toks[e].poss || toks[e].stop {
		return c, j
	}
	h := e + 1
	for h < len(toks) && relAdjectives[toks[h].low] && !toks[h].stop {
		h++
	}
	if h >= len(toks) || toks[h].used || relations[toks[h].low].canon == "" || relations[toks[h].low].plural {
		return c, j
	}
	head := relations[toks[h].low]
	for k := e + 1; k <= h; k++ {
		toks[k].used = true
	}
	name, n, conf := nameAfterRelation(toks, h+1)
	if name == "" && c.before && c.Name != "" {
		// "ms adeyemi, my daughter's teacher": the name said first is
		// the one at the end of the chain.
		c.Relation, c.Said = head.canon, c.Said+"'s "+toks[h].low
		return c, h
	}
	if name == "" && !c.object {
		return c, h
	}
	if name != "" && diedAfter(" "+strings.ToLower(joinRaw(toks, h+1, len(toks)))+" ", goneKeys(Person{Name: name})[0]) {
		// "my friend leila's brother karim died": Karim is spoken of,
		// Leila written to.
		for k := h + 1; k < h+1+n; k++ {
			toks[k].used = true
		}
		return c, h + n
	}
	owner := toks[j].low
	if c.Name != "" {
		owner = c.Name
	}
	said := strings.TrimSuffix(c.Said, toks[j].low) + owner + "'s " + toks[h].low
	if c.Name != "" {
		said = c.Said + " " + c.Name + "'s " + toks[h].low
	}
	rel := head.canon
	if personal[rel] || head.address != "" {
		// Not the writer's husband or mum, and no role either.
		rel = ""
	}
	out := candidate{Person: Person{Name: name, Relation: rel, Said: said, Confidence: 0.85}, pos: c.pos, object: c.object}
	if name != "" {
		out.Confidence = conf
		for k := h + 1; k < h+1+n; k++ {
			toks[k].used = true
		}
		h += n
	}
	return out, h
}

// pronounBe returns where "he's", "she was", "they're" starts right
// before the relationship phrase at i, 0 when none does.
func pronounBe(toks []token, i int) int {
	if i >= 2 && subjectPronouns[toks[i-1].low] {
		// "he's" typed "hes" or with its 's dropped by the tokenizer.
		return i - 1
	}
	if i >= 3 && subjectPronouns[toks[i-2].low] && beWords[toks[i-1].low] {
		return i - 2
	}
	return 0
}

// subjectPronouns and beWords make "she was", "he is" before who someone is.
var (
	subjectPronouns = wordset.Of(`he she they hes shes theyre`)
	beWords         = wordset.Of(`is was were are s`)
)

// personal are the relationships that belong to whoever the possessive
// names ("my cousin's husband" is no husband of the writer's); the others
// are roles the writer deals with themselves ("my son's teacher").
var personal = wordset.Of(`mother father grandmother grandfather sister brother son daughter aunt uncle cousin niece nephew
wife husband partner girlfriend boyfriend fiance ex friend stepmother stepfather stepsister stepbrother stepson
stepdaughter grandson granddaughter grandchild godmother godfather godchild half-sister half-brother
mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law parents`)

// nameAfterRelation reads a name right after a relationship word: "my
// sister Ana", "my friend hannah, we…", "my neighbour mrs adeyemi". It
// returns the name, the number of words it took and the confidence.
func nameAfterRelation(toks []token, i int) (string, int, float64) {
	if i >= len(toks) || toks[i].used || toks[i].place || toks[i].comma && !capitalised(toks[i].raw) {
		return "", 0, 0
	}
	if i > 0 && (toks[i-1].poss || bareOwner(toks[i-1].low)) && !toks[i-1].stop && !capitalised(toks[i].raw) {
		// "my flatmate's music", "my boss's emails": what follows a
		// possessive belongs to them and is no name.
		return "", 0, 0
	}
	if t, n := titled(toks, i); t != "" {
		return t, n, 0.95
	}
	tk := toks[i]
	if capitalised(tk.raw) && (!isStop(tk.low) || softNames[tk.low]) && relations[tk.low].canon == "" {
		name, n := capitalRun(toks, i)
		return name, n, 0.95
	}
	if isStop(tk.low) && !softNames[tk.low] || relations[tk.low].canon != "" || !lettersOnly(tk.low) || contraction(tk.low) {
		return "", 0, 0
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].low
	}
	switch {
	case lowerPair(toks, i) && firstNames[tk.low]:
		return written(tk.raw) + " " + written(toks[i+1].raw), 2, 0.85
	case firstNames[tk.low] && (!softNames[tk.low] || tk.stop):
		return written(tk.raw), 1, 0.9
	case tk.poss && !verbForm(tk.low):
		// "my best friend keiko's 30th": whose 30th is the friend's.
		return written(tk.raw), 1, 0.85
	case irregularPast[tk.low] || verbForm(tk.low):
	case !capitalised(tk.raw) && presentVerb(tk.low) && verbParticles[next]:
		// "my son leaves for uni", "my brother moves to leeds": what
		// they do, not who they are.
	case tk.stop || nameFollowers[next] || verbish(next) || pastVerb(next) || spanAfter(toks, i+1):
		return written(tk.raw), 1, 0.7
	case (next == "a" || next == "an" || next == "some") && isObject(toks, i):
		// "write my brother kwesi a birthday message".
		return written(tk.raw), 1, 0.7
	}
	return "", 0, 0
}

// presentVerb reports a word that reads as a verb said of someone ("leaves",
// "moves", "starts"): an "s" ending on a word no list knows as a name.
func presentVerb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !firstNames[w]
}

// verbParticles follow a verb said of someone: "leaves for", "moves to",
// "starts on monday".
var verbParticles = wordset.Of(`for to into in at on off out away back up down home abroad next tomorrow today tonight soon
this again`)

// contraction is a shortened verb ("hasn't", "she'll", "we've"), never a
// name.
func contraction(w string) bool {
	for _, suf := range []string{"n't", "'ve", "'ll", "'re", "'d", "'m"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pastVerb is a regular or common irregular past-tense verb, which often
// follows a name: "my mentor anjali helped me", "my friend ola lost".
func pastVerb(w string) bool {
	// Stop words count too: "my cousin ama married…", "my friend ola died".
	return irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// nameBeforeRelation reads "Leo my brother", "Ana, my sister", "Sam, an old
// college friend": a name just before the relationship phrase at i.
func nameBeforeRelation(toks []token, i int) (string, float64) {
	k := i - 1
	if k < 0 || toks[k].used || toks[k].place {
		return "", 0
	}
	// The name may be two words ("Raj Mehta, my ...").
	start := k
	for start > 0 && capitalised(toks[start-1].raw) && capitalised(toks[k].raw) && !toks[start-1].stop && !isStop(toks[start-1].low) {
		start--
	}
	if start > 0 && titles[toks[start-1].low] != "" || start > 0 && isTitle(toks[start-1]) {
		// "Miss Patel, my old teacher".
		title, n := titled(toks, start-1)
		if title != "" && start-1+n == k+1 {
			return title, 0.9
		}
	}
	if start != k {
		return joinRaw(toks, start, k+1), 0.9
	}
	tk := toks[k]
	if isStop(tk.low) && !softNames[tk.low] || relations[tk.low].canon != "" || !lettersOnly(tk.low) {
		return "", 0
	}
	if capitalised(tk.raw) && tk.start && !tk.stop && !firstNames[tk.low] {
		// "Sooo my cousin…": a sentence's first word, run on.
		return "", 0
	}
	if capitalised(tk.raw) {
		return tk.raw, 0.9
	}
	if tk.stop && k > 0 && lowerPair(toks, k-1) && (k-1 == 0 || triggers[toks[k-2].low]) {
		// "write to li wei, my old classmate": both words.
		return written(toks[k-1].raw) + " " + written(tk.raw), 0.8
	}
	if firstNames[tk.low] || k == 0 && !interjection(tk.low) && (tk.stop || len(toks) <= 4) {
		// "leo my brother"; not "ugh my coworker…".
		return written(tk.raw), 0.8
	}
	if tk.stop && !toks[i].start && !verbForm(tk.low) && (softNames[tk.low] || !isStop(tk.low)) {
		// "write to may, my old neighbour": set off by a comma right
		// before who they are. A sentence that ends there ("hard to say
		// out loud. my dad…") ends on a word, never on a name.
		return written(tk.raw), 0.8
	}
	return "", 0
}

// lowerPair reports two lowercase words from i that make one name: "li
// wei", "maria jose", either both known first names or neither known, with
// punctuation or a word that follows names after the second ("text maria
// jose about…", "write to li wei, …").
func lowerPair(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	a, b := toks[i], toks[i+1]
	for _, t := range []token{a, b} {
		if t.used || t.place || capitalised(t.raw) || !lettersOnly(t.low) || isStop(t.low) || relations[t.low].canon != "" || contraction(t.low) ||
			verbForm(t.low) || verbish(t.low) || pastVerb(t.low) || titles[t.low] != "" || particles[t.low] || len(t.low) < 2 {
			return false
		}
	}
	if a.stop || a.poss {
		return false
	}
	end := b.stop || i+2 < len(toks) && (nameFollowers[toks[i+2].low] || verbish(toks[i+2].low) || pastVerb(toks[i+2].low) ||
		i > 0 && giveVerbs[toks[i-1].low] && givenThings[toks[i+2].low])
	switch {
	case firstNames[a.low] && firstNames[b.low] && !softNames[a.low] && !softNames[b.low]:
		return end
	case !firstNames[a.low] && !firstNames[b.low]:
		return b.stop
	}
	return false
}

// giveVerbs take the one given to before what is given: "send ana sofia
// a card", "give li wei a call".
var giveVerbs = wordset.Of(`send give wish`)

// givenThings open what is given, and so end the name before them.
var givenThings = wordset.Of(`a an some something the my our`)

// attachLateNames gives a name said later to a relationship found without
// one: "my old roommate, her name is Tamsin", "my best friend since primary
// school, Niamh", "my boyfriend's mum, her name's linda".
func attachLateNames(toks []token, cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if c.Name != "" || c.Group || c.Relation == "" && c.Said == "" {
			// Someone else's relative ("my boyfriend's mum") has no
			// relationship of the writer's, and may be named later too.
			continue
		}
		clause := true // no sentence has ended since the relationship
		for k := c.pos + 1; k < len(toks); k++ {
			clause = clause && !toks[k].start
			if toks[k].used || toks[k].place {
				continue
			}
			if clause && toks[k].comma && k-c.pos <= 10 {
				// "my old manager, dr. helen okoro": a titled name set
				// off by a comma is the same person.
				if t, n := titled(toks, k); t != "" {
					for j := k; j < k+n; j++ {
						toks[j].used = true
					}
					c.Name, c.Confidence = t, 0.9
					c.Relation = ownRelation(*c)
					break
				}
			}
			named := k >= 2 && (toks[k-1].low == "is" || toks[k-1].low == "was") && toks[k-2].low == "name" || k >= 1 && nameIs(toks[k-1]) ||
				k >= 1 && (toks[k-1].low == "called" || toks[k-1].low == "named")
			if named && otherReferent(toks, k-1) {
				// "my sister had her baby, a girl called june": june is
				// the baby.
				continue
			}
			late := toks[k].comma && toks[k].stop && k == len(toks)-1
			// "my friend from yoga, linh, just had twins".
			appos := clause && toks[k].comma && toks[k].stop && k-c.pos <= 10 && !toks[k].start
			// ", wen," set off by commas on both sides.
			bounded := appos && k+1 < len(toks) && toks[k+1].comma && !toks[k+1].start
			if !named && !late && !appos {
				continue
			}
			if !IsName(toks[k].raw) || appos && !named && !late && !bounded && !capitalised(toks[k].raw) && !firstNames[toks[k].low] &&
				!(k+1 < len(toks) && (toks[k+1].start || nameFollowers[toks[k+1].low] || verbish(toks[k+1].low))) || interjection(toks[k].low) {
				continue
			}
			name, n := capitalRun(toks, k)
			if !capitalised(toks[k].raw) {
				name, n = written(toks[k].raw), 1
			}
			for j := k; j < k+n; j++ {
				toks[j].used = true
			}
			c.Name, c.Confidence = name, 0.9
			c.Relation = ownRelation(*c)
			break
		}
	}
}

// ownRelation is the relationship of a named candidate to the writer:
// someone else's relative, named later ("my cousin's husband, rafael"),
// is no relative of the writer's, while a role stays ("my son's teacher,
// miss hughes").
func ownRelation(c candidate) string {
	if strings.Contains(c.Said, "'s ") && (personal[c.Relation] || relations[lastWord(c.Said)].address != "") {
		return ""
	}
	return c.Relation
}

// lastWord is the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// names finds names that stand on their own: "Jess", "text yusuf about
// friday", "Mrs Okafor", "Raj Mehta, a LinkedIn connection", "her name is
// Ayesha".
func names(toks []token) []candidate {
	var out []candidate
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if tk.used || tk.place {
			continue
		}
		if t, n := titled(toks, i); t != "" {
			rel := titles[toks[i].low]
			c := candidate{Person: Person{Name: t, Relation: rel, Confidence: 0.9}, pos: i, object: isObject(toks, i)}
			if rel != "" {
				c.Said = rel
			}
			if context := nextDoor(toks, i+n); context != "" {
				c.Relation, c.Said = context, context
			}
			out = append(out, c)
			for k := i; k < i+n; k++ {
				toks[k].used = true
			}
			i += n - 1
			continue
		}
		conf, n := nameScore(toks, i)
		if conf == 0 {
			continue
		}
		name := written(tk.raw)
		if capitalised(tk.raw) {
			name, n = capitalRun(toks, i)
		} else if i > 0 && triggers[toks[i-1].low] && lowerPair(toks, i) {
			// "text maria jose about her promotion".
			name, n = name+" "+written(toks[i+1].raw), 2
		}
		for k := i; k < i+n; k++ {
			toks[k].used = true
		}
		named := conf >= 0.95 && i >= 1 && (i >= 2 && (toks[i-1].low == "is" || toks[i-1].low == "was") && toks[i-2].low == "name" || toks[i-1].low == "called" || nameIs(toks[i-1])) &&
			!otherReferent(toks, i-1)
		if i >= 1 && (toks[i-1].low == "called" || toks[i-1].low == "named") && otherReferent(toks, i-1) {
			// "my cat is called biscuit", "my cat's called biscuit":
			// the cat's name, nobody to write to.
			i += n - 1
			continue
		}
		out = append(out, candidate{Person: Person{Name: name, Confidence: conf}, pos: i, object: isObject(toks, i), named: named})
		i += n - 1
	}
	return out
}

// nameScore says how likely the word at i is a name on its own; 0 means not.
func nameScore(toks []token, i int) (float64, int) {
	tk := toks[i]
	w := tk.low
	if !lettersOnly(w) || contraction(w) || relations[w].canon != "" || titles[w] != "" && i+1 < len(toks) || pastimes[w] {
		return 0, 0
	}
	if i > 0 && !capitalised(tk.raw) && number(toks[i-1].low) && !toks[i-1].stop && !tk.comma {
		// "40 min", "5 mins": a word typed in lowercase right after a
		// number counts something; it names no one. "Min came round"
		// does, and so does "2) femi" in a list.
		return 0, 0
	}
	obj := i > 0 && triggers[toks[i-1].low] && !toks[i].comma && !verbTo(toks, i-1) || thoughtOf(toks, i) ||
		i > 1 && nickLeads[toks[i-1].low] && triggers[toks[i-2].low] && !toks[i-1].stop && (toks[i].stop || toks[i].comma)
	named := i >= 2 && (toks[i-1].low == "is" || toks[i-1].low == "was") && toks[i-2].low == "name" || i >= 1 && (toks[i-1].low == "called" || nameIs(toks[i-1]))
	soft := softNames[w]
	if isStop(w) && !(soft && (obj || named) && (capitalised(tk.raw) || tk.stop)) {
		return 0, 0
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].low
	}
	known := firstNames[w]
	if !capitalised(tk.raw) && pluralThing(w) {
		// "ask my flatmate for lifts", "text the kids about plans": a
		// thing, not a name (plural.go).
		return 0, 0
	}
	if !capitalised(tk.raw) && infinitiveEnd(w) {
		// "a weird thing to realise", "time to apologise": a verb.
		return 0, 0
	}
	if !known && !capitalised(tk.raw) && verbForm(w) && !(obj && pinyinName(w)) {
		// "help me reply to xiaoling": a Chinese given name whose last
		// syllable ends like an English verb is still a name after a
		// request word.
		return 0, 0
	}
	alone := len(toks) <= 3 && i == 0 && (len(toks) == 1 || nameFollowers[next] || tk.stop)
	switch {
	case named:
		return 0.95, 1
	case capitalised(tk.raw) && obj:
		return 0.95, 1
	case capitalised(tk.raw) && !tk.start:
		if known {
			return 0.9, 1
		}
		return 0.8, 1
	case capitalised(tk.raw):
		// A sentence may start with any word: a name when it is known or
		// stands apart ("Nadia. we went…", "Finn from football").
		if isFollowedApart(toks, i) {
			if known {
				return 0.9, 1
			}
			return 0.7, 1
		}
		if known {
			return 0.8, 1
		}
		return 0, 0
	case obj && known:
		return 0.9, 1
	case obj && abstractNoun(w):
		// "we talked about accessibility": a topic, not a name.
		return 0, 0
	case obj && (tk.stop || nameFollowers[next] || verbish(next) || verbForm(next) || pastVerb(next)):
		return 0.6, 1
	case known && tk.comma && (tk.stop || nameFollowers[next]):
		// ", grace from talentco": a known name set off by a comma.
		return 0.8, 1
	case tk.comma && tk.stop && !tk.start && !verbForm(w) && someoneBefore(toks, i):
		// "someone from my spin class, odalys, just ran…".
		return 0.8, 1
	case i > 0 && hedgeLeads[toks[i-1].low] && !toks[i-1].stop && !toks[i-1].comma && !abstractNoun(w) &&
		(next == "from" || next == "at" || toks[i].comma || toks[i].stop):
		// "probably keiko from my old job", "maybe anneliese?": a name
		// offered with a hedge, as an answer to who.
		return 0.6, 1
	case alone && known:
		return 0.9, 1
	case alone:
		return 0.6, 1
	case known && !soft:
		return 0.7, 1
	}
	return 0, 0
}

// hedgeLeads come before a name offered without certainty.
var hedgeLeads = wordset.Of(`maybe probably perhaps possibly prob defo definitely`)

// nickLeads come before a name people are called by ("little kai", "big
// mo"), and are no part of it.
var nickLeads = wordset.Of(`little big lil wee young`)

// abstractNoun reports a lowercase word with the ending of an abstract
// noun ("accessibility", "sustainability", "mortgages" aside), which is
// what a message is about, never who.
func abstractNoun(w string) bool {
	if firstNames[w] || len(w) < 7 || pinyinName(w) {
		return false
	}
	for _, end := range []string{"ity", "tion", "sion", "ment", "ness", "ism", "ics", "ogy", "ance", "ence", "ship", "ing"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// verbTo reports a "to" at i that starts a verb: "used to scream",
// "promised to keep".
func verbTo(toks []token, i int) bool {
	if toks[i].low != "to" || i == 0 {
		return false
	}
	return toVerbs[toks[i-1].low] || i > 1 && thingWords[toks[i-1].low] && thingMarks[toks[i-2].low]
}

// thingWords and thingMarks make "a weird thing to realise", "the hardest
// part to admit", "such an odd moment to notice": a thing said of with a
// word of judgement, then "to" and a verb, never a message to someone.
var (
	thingWords = wordset.Of(`thing things part moment`)
	thingMarks = wordset.Of(`weird strange odd funny hard harder hardest easy easier nice kind sad awful terrible
scary lovely silly big bigger biggest best worst good bad right wrong brave tough toughest wild crazy random
horrible sweet difficult painful embarrassing`)
)

// infinitiveEnd reports a lowercase word ending as English verbs do after
// "to" ("to realise", "to organize", "to clarify"): a verb, never a name,
// unless it is a known first name.
func infinitiveEnd(w string) bool {
	if len(w) < 6 || firstNames[w] {
		return false
	}
	for _, end := range []string{"ise", "ize", "ify", "yse", "yze"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// thoughtOf reports the one someone thought of: "thought of bea",
// "reminded me of jo".
func thoughtOf(toks []token, i int) bool {
	return i > 1 && toks[i-1].low == "of" && !toks[i].comma && thinkWords[toks[i-2].low]
}

// toVerbs come before a "to" that starts a verb.
var toVerbs = wordset.Of(`used want wants wanted wanna need needs needed trying try tried going hoping hope hoped able
decided like liked love loved have has had got plan planned planning meant mean started forgot remember
remembered ready about supposed afraid scared promised agreed seem seemed seems tend wish wished managed chose
learning learned learnt refuse refused better best easier easiest harder wiser okay ok fine rude weird how
whether what where`)

// thinkWords come before "of" and whoever someone thought of.
var thinkWords = wordset.Of(`thought thinking think thinks me`)

// someoneBefore reports a person not named ("someone", "a guy") earlier in
// the clause of the word at i, whom a word set off by commas then names.
func someoneBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if someoneWords[toks[k].low] {
			return true
		}
		if toks[k].start {
			return false
		}
	}
	return false
}

// someoneWords stand for a person not named yet.
var someoneWords = wordset.Of(`someone somebody guy girl woman man lady bloke person`)

// isFollowedApart is true when the word at i ends its phrase: a full stop or
// comma after it, the end of the text, or a word that follows names ("from",
// "and", "rang").
func isFollowedApart(toks []token, i int) bool {
	if toks[i].stop {
		return true
	}
	if i+1 < len(toks) {
		n := toks[i+1].low
		return nameFollowers[n] || verbish(n) || n == "my" || n == "is" || n == "was" || capitalised(toks[i+1].raw)
	}
	return false
}

// verbish is true for past-tense verbs and a few others that often follow a
// name ("Michael rang", "Jo called", "ana texted").
func verbish(w string) bool {
	return verbForms[w] || auxiliaries[w]
}

// auxiliaries are the little verbs and words that stand where a verb
// would after someone named: "my friend ola just…", "jess is…".
var auxiliaries = wordset.Of(`is was has had just and would will can never always still could should might be does did
hasn't hasnt isn't isnt wasn't wasnt won't wont can't cant doesn't doesnt didn't didnt`)

// titled reads a title and the name after it: "Mrs Okafor", "dr patel",
// "Auntie Bisi", "Professor Nakamura". It returns "" when there is none.
func titled(toks []token, i int) (string, int) {
	if _, ok := titles[toks[i].low]; !ok || i+1 >= len(toks) || toks[i].stop {
		return "", 0
	}
	if toks[i].low == "miss" && (!capitalised(toks[i].raw) && !(i > 0 && relations[toks[i-1].low].canon != "") || i > 0 && missVerb[toks[i-1].low]) {
		// "I miss Sam" is missing Sam.
		return "", 0
	}
	if kinTitles[toks[i].low] && i > 0 && (toks[i-1].low == "my" || toks[i-1].low == "our") {
		return "", 0
	}
	switch toks[i].low {
	case "sister", "brother", "father", "cousin":
		// "my sister Ana" is a relationship; only "Sister Mary" is a title.
		if !capitalised(toks[i].raw) {
			return "", 0
		}
	}
	next := toks[i+1]
	if next.used || next.place || (isStop(next.low) && !softNames[next.low]) || relations[next.low].canon != "" || !lettersOnly(next.low) {
		return "", 0
	}
	if _, ok := titles[next.low]; ok && i+2 < len(toks) {
		// "professor dr nwosu": the second title goes with the name.
		return "", 0
	}
	title := upFirst(strings.ToLower(toks[i].raw))
	if toks[i].low == "mr" || toks[i].low == "mrs" || toks[i].low == "ms" || toks[i].low == "dr" {
		title = upFirst(toks[i].low)
	}
	name, n := written(next.raw), 1
	switch {
	case particles[next.low] && !next.stop:
		// "mr. van der berg", "ms de souza": the particles and the
		// surname after them.
		name, n = particleName(toks, i+1)
		if n == 0 {
			return "", 0
		}
	case capitalised(next.raw):
		name, n = capitalRun(toks, i+1)
	case !next.stop && (surname(toks, i+2) || firstNames[next.low] && lastName(toks, i+2)):
		// "dr. helen okoro:" or "professor adaeze nwankwo about…" typed
		// in lowercase: the surname too.
		name, n = name+" "+written(toks[i+2].raw), 2
	}
	if bareTitles[toks[i].low] {
		// "Nurse Abbie" is greeted as Abbie.
		return name, n + 1
	}
	return title + " " + name, n + 1
}

// particles come before a surname: "van der Berg", "de Souza", "al Amin".
var particles = wordset.Of(`van von der den de del della di da dos das du la le al el bin bint ter ten`)

// particleName reads particles and the surname after them from i: "van der
// berg" gives "Van der Berg". It returns 0 words when no surname follows.
func particleName(toks []token, i int) (string, int) {
	var words []string
	k := i
	for k < len(toks) && particles[toks[k].low] && !toks[k].stop && len(words) < 3 {
		w := strings.ToLower(toks[k].raw)
		if k == i {
			w = upFirst(w)
		}
		words = append(words, w)
		k++
	}
	if k >= len(toks) || isStop(toks[k].low) || !lettersOnly(toks[k].low) || toks[k].used {
		return "", 0
	}
	words = append(words, written(toks[k].raw))
	return strings.Join(words, " "), k - i + 1
}

// lastName reports a lowercase word at i that can close a full name after
// a known first name: not an ordinary word, with punctuation or a word that
// follows names after it ("professor adaeze nwankwo about my thesis").
func lastName(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	tk := toks[i]
	if tk.used || tk.place || isStop(tk.low) || relations[tk.low].canon != "" || !lettersOnly(tk.low) || verbForm(tk.low) ||
		verbish(tk.low) || len(tk.low) < 2 {
		return false
	}
	return tk.stop || i+1 < len(toks) && (nameFollowers[toks[i+1].low] || isStop(toks[i+1].low))
}

// surname reports a lowercase word at i that ends a titled name: an
// ordinary word would not stand there with punctuation after it.
func surname(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	tk := toks[i]
	return tk.stop && !tk.used && !tk.place && !isStop(tk.low) && relations[tk.low].canon == "" && lettersOnly(tk.low) &&
		!verbForm(tk.low) && !verbish(tk.low) && len(tk.low) > 1
}

// groupKinds name what a group chat on an app is for: "the family
// whatsapp".
var groupKinds = wordset.Of(`family uni school work office team football netball class cousins friends girls lads mums
dads parents book running church choir band flat house neighbours street`)

// groupThings are what a group word may describe: "the team meeting",
// "the club night".
var groupThings = wordset.Of(`meeting meetings call calls lunch lunches dinner drinks event events party night trip outing
photo photos building leader lead captain manager practice game games match session sessions day days away
retreat social socials budget project presentation room office kit shirt card cards gift gifts present presents
collection whip-round`)

// possessed are things a plural relation word may own when its
// apostrophe is left out: "my friends wedding" is one friend's.
var possessed = wordset.Of(`wedding weddings porch house home flat garden party birthday bday funeral baby dog cat car
kitchen place shop bakery mum mom dad husband wife boyfriend girlfriend son daughter kids sister brother new old
engagement graduation retirement leaving farewell housewarming job promotion surgery operation`)

// revivedBefore reports a chat word at i that the words before it wake
// up: "wake up a chat", "revive the old chat".
func revivedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k].low {
		case "wake", "revive", "restart", "resurrect", "reawaken", "reviving", "waking", "restarting":
			return true
		}
		if toks[k].stop {
			return false
		}
	}
	return false
}

// placeOfWhatHappened reports a group chat at i that is where something
// told happened: "i said something mean about her boyfriend in the group
// chat", "we fell out on the family whatsapp". It is spoken of, like a
// group asked about, and gives way to the one person named.
func placeOfWhatHappened(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-4 && !toks[k].stop && (toks[k].low == "the" || toks[k].low == "our" || toks[k].low == "my" || toks[k].low == "group" || toks[k].low == "family" || !relations[toks[k].low].plural && len(toks[k].low) > 2 && toks[k].low != "in" && toks[k].low != "on") {
		k--
	}
	if k < 0 || toks[k].stop || toks[k].low != "in" && toks[k].low != "on" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12 && !toks[j].stop; j-- {
		if happenedVerbs[toks[j].low] {
			return true
		}
	}
	return false
}

// happenedVerbs tell of something done or said, in the past.
var happenedVerbs = wordset.Of(`said posted wrote sent shared put did made called joked ranted snapped argued fought fell yelled
shouted laughed mocked insulted blew kicked left removed muted blocked ignored roasted dissed`)

// aboutBefore reports a group word at i spoken of after "about", within
// three words: "ask about the team".
func aboutBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].low == "about" {
			return true
		}
		if k < i-1 && toks[k+1].low == "the" && (toks[k].low == "what" || toks[k].low == "how") && !toks[k].stop {
			// "tell me what the team is like", "ask how the family
			// are": the group is what is asked about.
			return true
		}
		if toks[k].stop {
			return false
		}
	}
	return false
}

// notGroupChat are the words before "chat" that make it a talk between
// two people: "a coffee chat", "a quick chat".
var notGroupChat = wordset.Of(`a to coffee quick phone video zoom short brief little proper good long nice catch-up one-on-one minute min mins minutes hour half-hour informal intro friendly`)

// nextDoor reads "next door" after a name: a neighbour.
func nextDoor(toks []token, i int) string {
	if i < len(toks) && toks[i].low == "from" {
		// "mr abara from next door".
		i++
	}
	if i+1 < len(toks) && toks[i].low == "next" && toks[i+1].low == "door" {
		return "neighbour"
	}
	return ""
}

// capitalRun joins capitalised words from i ("Raj Mehta", "Nguyen Van An"),
// stopping at punctuation and ordinary words.
func capitalRun(toks []token, i int) (string, int) {
	n := 1
	for i+n < len(toks) && n < 3 && !toks[i+n-1].stop && capitalised(toks[i+n].raw) && !calendar[toks[i+n].low] &&
		!toks[i+n].place && relations[toks[i+n].low].canon == "" && !toks[i+n].used {
		n++
	}
	return joinRaw(toks, i, i+n), n
}

func joinRaw(toks []token, from, to int) string {
	words := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		words = append(words, toks[k].raw)
	}
	return strings.Join(words, " ")
}

// lettersOnly is true for a word of letters, hyphens and apostrophes.
func lettersOnly(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z') && r != '-' && r != '\'' && r < 0x80 {
			return false
		}
	}
	return true
}

// verbForm is true for words shaped like verbs or adverbs ("moved",
// "texting", "honestly"), which a lowercase name is not.
func verbForm(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly"))
}

// isTitle reports whether a word is a title ("Mrs", "Dr").
func isTitle(tk token) bool {
	_, ok := titles[tk.low]
	return ok
}

// missVerb are words after which "miss" is the verb: "I miss Sam".
var missVerb = wordset.Of(`i really so still just do we you they i'll will would gonna already also truly`)

// interjections are words typed on their own between commas that are no
// name: "my boss, ugh.", "my boss, honestly." The sounds of mood are
// moodSounds; these are the words around them.
var interjections = wordset.Of(`yeah anyway anyways honestly basically literally seriously obviously apparently whatever though tho`)

// interjection reports a word typed on its own between commas that is no
// name: a sound of mood or a word like "honestly".
func interjection(w string) bool { return interjections[w] || moodSounds[w] }

// grandparents are the family words people put before a name: "Grandma
// Rose", "Nonno Sal".
var grandparents = wordset.Of(`grandmother grandfather`)

// kinName is the name a family word comes with: "Grandma Rose" for a
// grandparent, whom nobody greets by first name alone; the name itself for
// anyone else ("my sister Ana" is Ana).
func kinName(word token, r relation, name string) string {
	if !grandparents[r.canon] || r.address == "" {
		return name
	}
	return upFirst(word.low) + " " + name
}

// nameIs is "name's" (or "names") said before a name: "her name's ana".
func nameIs(tk token) bool {
	return tk.low == "name" && tk.poss || tk.low == "names"
}

// romantic are the relationships "ex" ends; "ex colleague" is a former one.
var romantic = wordset.Of(`boyfriend girlfriend partner husband wife fiance`)

// irregularPast are verbs that follow a relationship word and could pass
// for a lowercase name: "my grandad lost my gran".
var irregularPast = wordset.Of(`lost got made took gave came went ran left sent told said felt kept found thought bought
brought caught taught won did saw met heard knew grew drove flew fell broke spent lent paid sold built wrote
ate drank stole forgot hid threw wore woke chose froze spoke shook began`)

// otherReferents are what else may be called something in a sentence
// about someone: a baby, a pet, a child.
var otherReferents = wordset.Of(`boy girl baby babies son daughter dog cat puppy kitten pet horse twins kid kids child
bump one bub bubba fella lad lass`)

// otherReferent reports whether the "called" or "named" at i names
// something other than the person: "a little girl named june", "a puppy
// called max".
func otherReferent(toks []token, i int) bool {
	if toks[i].low == "is" {
		// "her name is nadia" is hers; "the dog's name is max" the dog's.
		return i >= 2 && otherReferents[toks[i-2].low]
	}
	if nameIs(toks[i]) {
		return i >= 1 && otherReferents[toks[i-1].low]
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if otherReferents[toks[k].low] {
			return true
		}
		if toks[k].stop && !beWords[toks[k].low] {
			// "my cat is called biscuit": the verb between is no
			// break.
			break
		}
	}
	return false
}

// bareOwners reads a family word typed with an "s" and no apostrophe
// before an age or an event as the one it belongs to: "my nans 90th",
// "my brothers wedding".
func bareOwners(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		tk := &toks[i]
		prev, next := "", toks[i+1].low
		if i > 0 {
			prev = toks[i-1].low
		}
		if tk.poss || tk.stop || !strings.HasSuffix(tk.low, "s") {
			continue
		}
		owner := prev == "my" || prev == "our" || i > 1 && relAdjectives[prev] && (toks[i-2].low == "my" || toks[i-2].low == "our")
		one := strings.TrimSuffix(tk.low, "s")
		if r := relations[one]; r.canon == "" || r.plural {
			continue
		}
		if r := relations[tk.low]; r.canon != "" && !r.plural {
			// "dads surprise party": a family word that is its own
			// possessive owns what follows, whoever is before it.
			if !bareOwner(tk.low) {
				continue
			}
			owner = true
		}
		fond := fondWords[next] && !toks[i+1].stop
		if !owner && !fond {
			continue
		}
		event := fond || ownedEvents[next] || ordinal(next) || i+2 < len(toks) && eventAdjectives[next] && !toks[i+1].stop && ownedEvents[toks[i+2].low]
		if !event {
			continue
		}
		tk.low, tk.raw, tk.poss = one, strings.TrimSuffix(tk.raw, "s"), true
	}
}

// fondWords after a family word ending in s make it the owner, however
// it is introduced: "heard nans favourite song", "grandads fave film".
var fondWords = wordset.Of(`favourite favorite fave fav`)

// ownsEvent reports a possessive at j that owns an event after it: "to
// dads surprise party" names whose party, not who the message is for.
func ownsEvent(toks []token, j int) bool {
	if j+1 >= len(toks) || !toks[j].poss || toks[j].stop {
		return false
	}
	next := toks[j+1].low
	return ownedEvents[next] || ordinal(next) || j+2 < len(toks) && eventAdjectives[next] && !toks[j+1].stop && ownedEvents[toks[j+2].low]
}

// eventAdjectives may stand between an owner and the event: "dads
// surprise party", "my sisters big day".
var eventAdjectives = wordset.Of(`surprise big leaving farewell retirement birthday bday engagement wedding`)

// ownedEvents are what follows a family word that owns it: "my nans
// birthday", "my sisters wedding".
var ownedEvents = wordset.Of(`birthday bday wedding engagement graduation funeral party anniversary retirement baby
surgery operation exam exams results leaving housewarming hen stag christening day do
will estate inheritance ashes grave belongings affairs diagnosis`)

// ordinal reports an age or place said as an ordinal: "90th", "21st".
func ordinal(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// number reports a word of digits only: "40", "5".
func number(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// spanAfter reports a span of time starting at i: "10 days", "2 weeks"
// ("my friend joana 10 days ago" has a name before it).
func spanAfter(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].low != "" && toks[i].low[0] >= '1' && toks[i].low[0] <= '9' && timeUnits[toks[i+1].low]
}

// timeUnits are the units a span of time is counted in.
var timeUnits = wordset.Of(`day days week weeks month months year years yrs hour hours min mins minutes`)

// bareOwner reports a family word typed as its own possessive without the
// apostrophe ("mums" in "my mums ward"), which no name follows.
func bareOwner(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && relations[w].canon != "" && !relations[w].plural && relations[w].canon == relations[one].canon
}
