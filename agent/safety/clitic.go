package safety

import "strings"

// Spanish and Italian join the object pronouns to an infinitive or a
// gerund ("diciéndole", "dejarlas", "portarmi", "dicendogli"): a rule
// written for "diciendo" or "dejar" would miss the joined word. Such a word
// is read as the verb and its pronouns, but only where the whole is no
// lexicon word (a rule that writes "decirle" keeps it) and the verb is
// one, so that no ordinary word is cut.

// clitics are, per language, the pronouns a verb can end in, two joined
// ones first, each with the words it stands for.
var clitics = map[string][]cliticEnd{
	"es": cliticEnds([]string{"me", "te", "se", "nos"}, []string{"lo", "la", "los", "las", "le", "les"}, []string{"me", "te", "se", "nos", "os", "le", "les", "lo", "la", "los", "las"}),
	"it": cliticEnds([]string{"me=mi", "te=ti", "se=si", "ce=ci", "ve=vi", "glie=gli"}, []string{"lo", "la", "li", "le", "ne"}, []string{"mi", "ti", "si", "ci", "vi", "gli", "lo", "la", "li", "le", "ne"}),
}

type cliticEnd struct {
	suffix string
	words  []string
}

// cliticEnds lists the pairs of firsts and seconds ("melo", "gliela"),
// then the singles, longest first. A first written "me=mi" is spelt "me"
// before a second and read as "mi".
func cliticEnds(firsts, seconds, singles []string) []cliticEnd {
	var out []cliticEnd
	for _, f := range firsts {
		spelt, word, ok := strings.Cut(f, "=")
		if !ok {
			word = spelt
		}
		for _, s := range seconds {
			out = append(out, cliticEnd{spelt + s, []string{word, s}})
		}
	}
	for _, s := range singles {
		out = append(out, cliticEnd{s, []string{s}})
	}
	// Longer suffixes first, so "selo" is not read as "se" + "lo" on a
	// stem ending in "se".
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].suffix) > len(out[j-1].suffix); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// splitClitics reads, in a Spanish or Italian message, an infinitive or a
// gerund with its pronouns joined as the verb and the pronouns.
func (d *Detector) splitClitics(toks []string, lang string) []string {
	ends := clitics[lang]
	if ends == nil {
		return toks
	}
	var out []string
	for i, t := range toks {
		verb, pron := cliticSplit(t, lang, ends, d.fuzzy.known)
		if verb == "" {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(toks)+4), toks[:i]...)
		}
		out = append(out, verb)
		out = append(out, pron...)
	}
	if out == nil {
		return toks
	}
	return out
}

// cliticSplit returns the verb and pronouns of t, or "" when t is a
// lexicon word, too short, or no known verb form with pronouns.
func cliticSplit(t, lang string, ends []cliticEnd, known map[string]bool) (string, []string) {
	if len(t) < 6 || known[t] {
		return "", nil
	}
	for _, e := range ends {
		stem, ok := strings.CutSuffix(t, e.suffix)
		if !ok || len(stem) < 4 {
			continue
		}
		switch {
		case strings.HasSuffix(stem, "ndo"):
		case lang == "es" && (strings.HasSuffix(stem, "ar") || strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "ir")):
		case lang == "it" && (strings.HasSuffix(stem, "ar") || strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "ir")):
			stem += "e" // "portar" + "mi" is "portare mi"
		default:
			continue
		}
		if known[stem] {
			return stem, e.words
		}
	}
	return "", nil
}
