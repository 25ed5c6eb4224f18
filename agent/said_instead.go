package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// People change their mind halfway through a message: "text my cousin
// rafa... wait no, his sister lucía", "to dr patel? no sorry, her
// assistant megan", "message the book club.. actually no, the knitting
// circle", "make it funny. hmm actually no, make it warm". What was taken
// back is no part of the request: the one named after the correction is
// who it is for, in the place the first one had, and a plan for the
// message taken back is dropped. Everything else said stays as it was.

// mindChange is a correction said in passing: "wait no", "no wait",
// "actually no", "no sorry", "scratch that".
var mindChange = regexp.MustCompile(`(?i)(?:^|[\s.,!?;:…]+)(?:(?:hmm+|hm+|oh|oops|um+|erm+|ah|but)[,.]? )?(?:wait,? no|no,? wait|wait,? actually|actually,? no|no,? actually|no,? sorry|sorry,? no|sorry,? i mean|scratch that|or rather)\b(?:,? (?:no|actually|sorry)\b)*[,.:]?`)

// possessed is a relative or role of someone else's: "his sister", "her
// assistant". The name that follows is how the new one is called.
var possessed = regexp.MustCompile(`(?i)^(?:his|her|their|the) (?:[\p{L}'-]+ ){1,2}`)

// newLead are words that lead into who the message is for after the
// correction: "to", "ask", "it was".
var newLead = regexp.MustCompile(`(?i)^(?:(?:actually|no|to|for|ask|text|message|msg|just|its|it's|it is|it was|make it|send it|write|write to|nudge|thank)\b ?)+`)

// newTail ends the phrase naming the new one: "instead", "who sent it".
var newTail = regexp.MustCompile(`(?i)\s+(?:instead|then|rather|who|that|because|cos|since)\b.*$`)

// withdrawnPlan is a plan for the message that a correction takes back:
// "i was gonna do a funny one", "make it funny".
var withdrawnPlan = regexp.MustCompile(`(?i)\b(?:make it|do a|write a|keep it|was gonna|was going to|thought (?:about|i'?d))\b`)

// saidInstead rewrites text so that what a correction took back is gone:
// the one named after it stands where the first one was named, and a plan
// for the message taken back is left out. Text with no correction, or
// none this can read, comes back as it was.
func saidInstead(text string) string {
	locs := mindChange.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return text
	}
	for k := len(locs) - 1; k >= 0; k-- {
		loc := locs[k]
		before, after := text[:loc[0]], text[loc[1]:]
		if strings.TrimSpace(before) == "" {
			continue
		}
		if out, ok := fromMeAlone(before, after); ok {
			return saidInstead(out)
		}
		if out, ok := switchedWho(before, after); ok {
			return saidInstead(out)
		}
		if out, ok := withdrawn(before, after); ok {
			return saidInstead(out)
		}
	}
	return text
}

// switchedWho reads who the message is for after a correction and puts
// them in place of the one named before it.
func switchedWho(before, after string) (string, bool) {
	old := people.Find(before)
	if !old.Found() {
		return "", false
	}
	span := mentionSpan(before, old)
	if span == nil {
		return "", false
	}
	phrase, end := newMention(after, old, before[span[0]:span[1]])
	if phrase == "" {
		return switchedBack(before, after, old, span)
	}
	head := before[:span[0]] + phrase + before[span[1]:]
	head = strings.TrimRight(head, " ")
	if strings.HasSuffix(head, "?") {
		head = strings.TrimRight(head, "?") + "."
	}
	rest := strings.TrimSpace(after[end:])
	if rest == "" {
		return head, true
	}
	if !strings.ContainsAny(head[len(head)-1:], ".!?") {
		head += "."
	}
	return head + " " + rest, true
}

// mentionSpan finds where before names old: "my cousin rafa", "dr patel",
// "my mum", "the book club".
func mentionSpan(before string, old people.Person) []int {
	var expr string
	switch {
	case old.Name != "":
		expr = `(?i)\b(?:(?:my|our|the) )?(?:(?:old|dear|best|little|big|lovely) )?(?:` + saidWords(old.Said) + `)?` + regexp.QuoteMeta(old.Name) + `\b`
		if strings.Contains(old.Name, " ") {
			// "Uncle Rui": the family word may be said apart.
			expr = `(?i)\b(?:(?:my|our|the) )?` + strings.ReplaceAll(regexp.QuoteMeta(old.Name), " ", `\s+`) + `\b`
		}
	case old.Group:
		expr = `(?i)\b(?:the|our|my) (?:[\p{L}'-]+ ){0,3}(?:chat|group|groupchat|gc|whatsapp|thread|club|circle|crew|team|lads|girls|gang|squad|class|choir|lot)\b`
	case old.Said != "":
		expr = `(?i)\b(?:my|our) ` + strings.ReplaceAll(regexp.QuoteMeta(old.Said), " ", `\s+`) + `\b`
	default:
		return nil
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil
	}
	locs := re.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return nil
	}
	return locs[len(locs)-1]
}

// saidWords matches the relationship words as said, then a space.
func saidWords(said string) string {
	if said == "" || strings.Contains(said, "'") {
		return ""
	}
	return `(?:` + strings.ReplaceAll(regexp.QuoteMeta(said), " ", `\s+`) + `\s+)?`
}

// newMention finds, in the first two sentences after a correction, the
// phrase naming who the message is for now, and where the sentence
// holding it ends. A clause only taking the first one back ("not mum")
// or giving a reason names nobody new.
func newMention(after string, old people.Person, oldSaid string) (string, int) {
	pos := 0
	for s := 0; s < 2 && pos < len(after); s++ {
		end := insteadSentenceEnd(after, pos)
		sentence := after[pos:end]
		for _, clause := range splitClauses(sentence) {
			if phrase := namedIn(clause, old, oldSaid); phrase != "" {
				return phrase, end
			}
		}
		pos = end
	}
	return "", 0
}

// insteadSentenceEnd is the index just after the sentence starting at pos.
func insteadSentenceEnd(s string, pos int) int {
	for i := pos; i < len(s); i++ {
		if strings.ContainsRune(".!?", rune(s[i])) {
			j := i + 1
			for j < len(s) && strings.ContainsRune(".!? ", rune(s[j])) {
				j++
			}
			if j >= len(s) || s[i] != '.' || s[j-1] == ' ' {
				return j
			}
		}
	}
	return len(s)
}

// splitClauses cuts a sentence at its commas, semicolons and dashes.
func splitClauses(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",;.!?…—–", r) })
}

// namedIn is the phrase of a clause naming someone other than old, tidied:
// "his sister lucía" gives "lucía", "my friend chiara instead" gives "my
// friend chiara", "it was uncle rui who sent it" gives "uncle rui".
func namedIn(clause string, old people.Person, oldSaid string) string {
	c := strings.TrimSpace(clause)
	if c == "" || strings.HasPrefix(strings.ToLower(c), "not ") {
		return ""
	}
	c = strings.TrimSpace(newTail.ReplaceAllString(c, ""))
	c = strings.TrimSpace(newLead.ReplaceAllString(c, ""))
	if c == "" || len(strings.Fields(c)) > 4 {
		return ""
	}
	p := people.Find(c)
	words := strings.Fields(c)
	last := strings.Trim(words[len(words)-1], "'\"")
	switch {
	case p.Found() && sameOne(p, old) && (!p.Group || strings.Contains(foldText(oldSaid), foldText(c))):
		// The same one again; a group only when said the same way
		// ("the book club", then "the knitting circle").
		return ""
	case p.Group || p.Name != "" || p.Said != "":
	case people.IsName(last) && len(words) <= 3 && possessed.MatchString(c):
	default:
		return ""
	}
	if possessed.MatchString(c) && !p.Group {
		// "his wife elif": who she is to someone else is not who she
		// is to the writer; her name is enough, written as one.
		return upFirst(last)
	}
	return c
}

// sameOne reports whether two readings name the same one.
func sameOne(a, b people.Person) bool {
	if a.Name != "" || b.Name != "" {
		return strings.EqualFold(a.Name, b.Name)
	}
	return a.Group == b.Group && strings.EqualFold(a.Said, b.Said)
}

// withdrawn drops a plan for the message that a correction took back: the
// clause before it in the same sentence ("i was gonna do a funny one but
// actually no"), or the sentence before when the correction opens one
// ("make it funny. hmm actually no").
func withdrawn(before, after string) (string, bool) {
	// The correction takes its own punctuation, so before ends where
	// what it takes back ends.
	cut := strings.LastIndexAny(before, ".!?")
	plan := before[cut+1:]
	if !withdrawnPlan.MatchString(plan) {
		return "", false
	}
	head := strings.TrimRight(before[:cut+1], " ")
	rest := strings.TrimLeft(after, " ,.")
	if head == "" {
		return rest, true
	}
	return head + " " + rest, true
}

// justFromMe is a correction that narrows who the message is from to the
// writer alone: "just from me", "only from me actually".
var justFromMe = regexp.MustCompile(`(?i)^\s*(?:just|only|actually|no)?\s*(?:just|only)\s+(?:from|by)\s+(?:me|myself)\b(?:\s+(?:actually|then|instead|please|pls))*[.!?,]*\s*`)

// fromSeveral is the part of a request saying it comes from several
// people: "from the whole group", "from all of us", "from the team".
var fromSeveral = regexp.MustCompile(`(?i)\s+(?:from|on behalf of)\s+(?:the\s+whole\s+\w+|all\s+of\s+us|everyone|everybody|us\s+all|all\s+of\s+the\s+\w+|the\s+(?:\w+\s+)?(?:group|team|class|club|crew|squad|family|lot|gang|office)|us)\b`)

// fromMeAlone reads "…from the whole group? no wait just from me": the
// message comes from the writer alone, so the group it was to come from
// is no part of the request; whatever follows the correction stays.
func fromMeAlone(before, after string) (string, bool) {
	m := justFromMe.FindStringIndex(after)
	if m == nil {
		return "", false
	}
	loc := fromSeveral.FindStringIndex(before)
	if loc == nil {
		return "", false
	}
	head := strings.TrimRight(before[:loc[0]]+before[loc[1]:], " ?")
	if rest := strings.TrimSpace(after[m[1]:]); rest != "" {
		return head + ". " + rest, true
	}
	return head, true
}
