package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// Someone in the story is often named after they were first spoken of:
// "i said something mean about his new girlfriend … her name is Lena",
// "his daughter started school, her name's Ines". The name belongs to the
// one spoken of, never to the recipient: it is put beside them where they
// were first spoken of ("his new girlfriend Lena"), and what is said of
// them after the name ("and she's lovely") is said of them by name.

// namedAfter is a name given to someone already spoken of, with what
// follows it: "her name is Lena and she's actually lovely".
var namedAfter = regexp.MustCompile(`(?i)(?:^|[.,;!?]\s*|\s+(?:and|but|oh|btw)\s+)(?:oh |btw |and |also )?(her|his|their) name(?:'s| is|s) (\p{L}[\p{L}'-]*)[.!,]*(?:\s*(?:,|and|but)?\s*(.*))?$`)

// spokenOf is someone of someone's, last spoken of before the name:
// "his new girlfriend", "her little brother", "my son's teacher", "a
// baby girl".
var spokenOf = regexp.MustCompile(`(?i)\b(?:(?:a|the) (?:new |little |beautiful |healthy )?baby (girl|boy)|(?:a|the) (?:new |little |beautiful |healthy )?(baby)|(?:his|her|their|my|your|our|[\p{L}]+'s) (?:(?:new|old|little|baby|younger|older|big|eldest|youngest|current|late) )?(girlfriend|boyfriend|partner|wife|husband|fiancee|fiancée|fiance|fiancé|son|daughter|baby|kid|child|brother|sister|mum|mom|dad|mother|father|teacher|boss|manager|colleague|coworker|friend|flatmate|roommate|neighbour|neighbor|cousin|niece|nephew|grandson|granddaughter|dog|cat|puppy|kitten))\b`)

// nameSpokenOf puts a name given later beside the one it names, in said,
// the messages in order; recipient is who the message is for, whose own
// name is left alone.
func nameSpokenOf(said []string, recipient string) []string {
	out := append([]string(nil), said...)
	for i, s := range out {
		m := namedAfter.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		pron, name := strings.ToLower(s[m[2]:m[3]]), s[m[4]:m[5]]
		if strings.EqualFold(name, recipient) || strings.EqualFold(name, firstWord(recipient)) || !people.IsName(name) {
			continue
		}
		name = strings.ToUpper(name[:1]) + name[1:]
		tail := ""
		if m[6] >= 0 {
			tail = strings.TrimSpace(s[m[6]:m[7]])
		}
		// Where they were spoken of: earlier in the same message, or in
		// the last message before that speaks of someone who fits.
		head := s[:m[0]]
		at, where := -1, -1
		if k := lastSpokenOf(head, pron); k >= 0 {
			at, where = k, i
		} else {
			for j := i - 1; j >= 0 && at < 0; j-- {
				if k := lastSpokenOf(out[j], pron); k >= 0 {
					at, where = k, j
				}
			}
		}
		switch {
		case at < 0:
			continue
		case where == i && gerundNext(head[at:]), where != i && gerundNext(out[where][at:]):
			// "her son kicking his ball": the name would part the son
			// from what he did; he stays as he was spoken of.
		case where == i:
			head = head[:at] + " " + name + head[at:]
		default:
			out[where] = out[where][:at] + " " + name + out[where][at:]
		}
		if tail != "" {
			tail = theyByName(tail, pron, name)
		}
		switch {
		case strings.TrimSpace(head) != "" && tail != "":
			out[i] = strings.TrimSpace(head) + ". " + tail
		case strings.TrimSpace(head) != "":
			out[i] = strings.TrimSpace(head)
		default:
			out[i] = tail
		}
	}
	return out
}

// lastSpokenOf gives where the last one spoken of in s who fits the
// pronoun ends, or -1.
func lastSpokenOf(s, pron string) int {
	at := -1
	for _, m := range spokenOf.FindAllStringSubmatchIndex(s, -1) {
		word := ""
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				word = strings.ToLower(s[m[g]:m[g+1]])
			}
		}
		if fitsPronoun(word, pron) {
			at = m[1]
		}
	}
	return at
}

// fitsPronoun reports whether a word for someone can be "her", "his" or
// "their".
func fitsPronoun(word, pron string) bool {
	switch word {
	case "girlfriend", "wife", "fiancee", "fiancée", "daughter", "sister", "mum", "mom", "mother", "niece", "granddaughter", "girl":
		return pron == "her" || pron == "their"
	case "boyfriend", "husband", "fiance", "fiancé", "son", "brother", "dad", "father", "nephew", "grandson", "boy":
		return pron == "his" || pron == "their"
	}
	return true
}

// theyByName says what follows a name of the one named: "she's actually
// lovely" is "Lena's actually lovely".
func theyByName(tail, pron, name string) string {
	subj := map[string]string{"her": "she", "his": "he", "their": "they"}[pron]
	f := strings.Fields(tail)
	if len(f) == 0 {
		return tail
	}
	first := strings.ToLower(f[0])
	switch {
	case first == subj:
		f[0] = name
		if pron == "their" && len(f) > 1 && (f[1] == "are" || f[1] == "were") {
			f[1] = map[string]string{"are": "is", "were": "was"}[f[1]]
		}
	case first == subj+"'s" || first == subj+"s" && subj != "he":
		f[0] = name + "'s"
	case first == "they're" || first == "theyre":
		f[0] = name + "'s"
	}
	return strings.Join(f, " ")
}

// gerundNext reports whether s starts with a word in -ing.
func gerundNext(s string) bool {
	w := firstWord(s)
	return len(w) > 4 && strings.HasSuffix(strings.ToLower(w), "ing")
}

// firstWord is the first word of s.
func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
