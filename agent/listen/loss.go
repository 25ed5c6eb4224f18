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
			case lossVerbs[w] && i > 0 && !(w == "passed" && i+1 < len(clause) && passedObjects[strings.ToLower(clause[i+1].word)]):
				if who := mentionEnding(clause, i, names); who != "" {
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

// mentionEnding finds a mention that ends just before toks[end]: "my late
// husband" before "died", "grandad's" before "funeral".
func mentionEnding(toks []token, end int, names []string) string {
	for start := max(end-4, 0); start < end; start++ {
		m, n, ok := mentionAt(toks, start, names)
		if ok && start+n == end {
			return m.Ref
		}
	}
	return ""
}
