package listen

import "strings"

// Proper writes each of names with its own capitals wherever s has it in
// another case, as a whole word: "jules and priya" with the names Jules and
// Priya gives "Jules and Priya". People type names in lowercase; said back,
// a name in lowercase reads as careless.
func Proper(s string, names []string) string {
	if len(names) == 0 {
		return s
	}
	f := strings.Fields(s)
	changed := false
	for i, raw := range f {
		toks := tokenize(raw)
		if len(toks) != 1 {
			continue
		}
		t := toks[0]
		for _, n := range names {
			if t.word != n && strings.EqualFold(t.word, n) {
				f[i] = t.head + n + t.tail
				changed = true
				break
			}
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// Unfilled returns s with the fillers left out ("nothing tbh it was a grim
// week" → "nothing it was a grim week") and every other word as it was
// typed, first person included: for reading an answer, not saying it back.
func Unfilled(s string) string {
	var b strings.Builder
	for _, t := range dropFillers(tokenize(s)) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.head + t.word + t.tail)
	}
	return b.String()
}
