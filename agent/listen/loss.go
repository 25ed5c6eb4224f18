package listen

import "strings"

// lossVerbs end "Harold died", "my dad passed away".
var lossVerbs = map[string]bool{"died": true, "passed": true, "dies": true}

// lossNouns follow "Harold's": "Harold's funeral", "grandad's death".
var lossNouns = map[string]bool{"funeral": true, "death": true, "passing": true, "memorial": true}

// Lost returns who an answer says has died, as the companion would name
// them ("Harold", "your dad"), or "" when it names no one or no death.
func Lost(text string, names []string) string {
	for _, clause := range stepClauses(text) {
		for i, t := range clause {
			w := strings.ToLower(t.word)
			switch {
			case lossVerbs[w] && i > 0 && !(w == "passed" && passedAsTest(lowerWords(clause), i)):
				if who := mentionEnding(clause, i, names); who != "" {
					return who
				}
				if pet := petEnding(clause, i); pet != "" {
					return pet
				}
				if who := pronounLost(text, clause[i-1].word, names); who != "" {
					return who
				}
			case w == "lost" && i+1 < len(clause):
				if m, _, ok := mentionAt(clause, i+1, names); ok && t.tail == "" {
					return m.Ref
				}
			case lossNouns[w] && i > 0:
				if who := mentionEnding(clause, i, names); who != "" {
					return who
				}
			}
		}
	}
	return ""
}

// pronounLost is who "she" or "he" before a verb of death stands for:
// the one person the answer names who can be meant ("my grandma … she
// passed in march" is her grandma), or "" when none or several can.
func pronounLost(text, pronoun string, names []string) string {
	var want byte
	switch strings.ToLower(pronoun) {
	case "she":
		want = 'f'
	case "he":
		want = 'm'
	default:
		return ""
	}
	var fit []Mention
	for _, m := range Mentions(text, names) {
		if groupRelation(m.Ref) || m.Gender != want && m.Gender != 0 {
			continue
		}
		fit = append(fit, m)
	}
	if len(fit) != 1 {
		return ""
	}
	return fit[0].Ref
}

// groupRelation reports a mention of several people: "your friends".
func groupRelation(ref string) bool {
	f := strings.Fields(strings.ToLower(ref))
	last := f[len(f)-1]
	g, ok := relations[last]
	return ok && g == 0 && strings.HasSuffix(last, "s") || last == "family" || last == "team" || last == "folks"
}

// mentionEnding finds a mention that ends just before toks[end]: "my late
// husband" before "died", "grandad's" before "funeral".
func mentionEnding(toks []token, end int, names []string) string {
	for start := max(end-4, 0); start < end; start++ {
		m, n, ok := mentionAt(toks, start, names)
		if ok && start+n == end {
			return ownedBy(toks, start, n, m.Ref, names)
		}
	}
	return ""
}

// ownedBy puts the owner before a relation someone else has: "my
// coworker's mum" is "your coworker's mum", "his dad" is "his dad", never
// the person's own Mum or Dad.
func ownedBy(toks []token, start, n int, ref string, names []string) string {
	if start == 0 {
		return ref
	}
	words := make([]string, 0, n)
	for _, t := range toks[start : start+n] {
		words = append(words, strings.ToLower(t.word))
	}
	rel := strings.Join(words, " ")
	prev := toks[start-1]
	switch low := strings.ToLower(prev.word); {
	case low == "his" || low == "her" || low == "their":
		return low + " " + rel
	case prev.tail == "'s":
		owner := mentionEnding(toks, start, names)
		if owner == "" {
			owner = prev.word
			if start >= 2 && strings.EqualFold(toks[start-2].word, "my") {
				owner = "your " + owner
			}
		}
		return owner + "'s " + rel
	case apostropheLeftOut(toks, start, names):
		// "my coworker nadias mum": Nadia's mum, the apostrophe left out.
		owner := strings.TrimSuffix(prev.word, "s")
		switch {
		case knownName(owner, names) != "":
			owner = knownName(owner, names)
		case strings.EqualFold(toks[start-2].word, "my"):
			owner = "your " + strings.ToLower(owner)
		default:
			owner = upFirst(owner)
		}
		return owner + "'s " + rel
	}
	return ref
}

// pets are animals whose death is a loss like any other: "my cat died".
var pets = map[string]bool{"cat": true, "dog": true, "puppy": true, "kitten": true, "pup": true, "horse": true,
	"rabbit": true, "bunny": true, "hamster": true, "parrot": true, "budgie": true, "tortoise": true, "pony": true}

// petEnding finds "my cat", "our old dog" just before toks[end], as the
// companion would name it ("your cat"), or "".
func petEnding(toks []token, end int) string {
	w := strings.ToLower(toks[end-1].word)
	if !pets[w] || end < 2 {
		return ""
	}
	if owner := petOwner(toks[end-2]); owner != "" {
		// "my coworkers dog died": her loss, not the person's own.
		return owner + "'s " + w
	}
	words := []string{w}
	for j := end - 2; j >= 0 && j >= end-3; j-- {
		o := strings.ToLower(toks[j].word)
		switch {
		case o == "my" || o == "our":
			return "your " + strings.Join(words, " ")
		case relationMods[o]:
			words = append([]string{o}, words...)
		default:
			return ""
		}
	}
	return ""
}

// petOwner is who owns a pet named right after t, as the companion names
// them: "coworker's" or "coworkers" (the apostrophe left out) is "your
// coworker", "Sam's" is "Sam"; "" when t owns nothing.
func petOwner(t token) string {
	low := strings.ToLower(t.word)
	if t.tail == "'s" {
		if relationOwner(low) {
			return "your " + low
		}
		return upFirst(t.word)
	}
	if t.tail != "" || !strings.HasSuffix(low, "s") || notOwners[low] {
		return ""
	}
	if r := strings.TrimSuffix(low, "s"); relationOwner(r) {
		return "your " + r
	}
	return ""
}

// apostropheLeftOut reports a possessive typed without its apostrophe
// just before toks[start]: "nadias mum" after a relation ("my coworker
// nadias mum") or "my" ("my friends dad"), or a known name with an s.
func apostropheLeftOut(toks []token, start int, names []string) bool {
	prev := toks[start-1]
	low := strings.ToLower(prev.word)
	if prev.tail != "" || len(low) < 4 || !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") || notOwners[low] {
		return false
	}
	if knownName(strings.TrimSuffix(prev.word, "s"), names) != "" {
		return true
	}
	if start < 2 || toks[start-2].tail != "" {
		return false
	}
	before := strings.ToLower(toks[start-2].word)
	_, rel := relations[before]
	return rel || before == "my" && relationOwner(strings.TrimSuffix(low, "s"))
}

// relationOwner reports a relation that owns another in "my friends mum".
func relationOwner(w string) bool {
	_, ok := relations[w]
	return ok
}

// notOwners end in s but own nothing: "this", "always".
var notOwners = map[string]bool{"this": true, "always": true, "perhaps": true, "sometimes": true, "thanks": true,
	"guess": true, "unless": true, "does": true, "says": true, "gets": true, "lets": true, "years": true, "weeks": true,
	"months": true, "days": true, "hours": true, "parents": true, "kids": true, "cousins": true}

// lowerWords are the words of toks in lowercase.
func lowerWords(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = strings.ToLower(t.word)
	}
	return out
}
