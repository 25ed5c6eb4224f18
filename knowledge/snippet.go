package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSnippet is the longest snippet, in characters, ellipses included.
const maxSnippet = 200

// plainText strips the Markdown markup people should not see in a snippet:
// heading marks, list bullets, quote marks, emphasis, code ticks and link
// targets. Paragraphs become one line each; list items and headings keep
// their own line.
func plainText(md string) string {
	var lines []string
	var para []string // lines of the open paragraph
	endPara := func() {
		if len(para) > 0 {
			lines = append(lines, strings.Join(para, " "))
			para = para[:0]
		}
	}
	fence := ""
	for _, line := range strings.Split(md, "\n") {
		if f := fenceMarker(line); f != "" {
			switch {
			case fence == "":
				fence = f
			case strings.HasPrefix(f, fence):
				fence = ""
			}
			endPara()
			continue
		}
		t, block := blockText(line)
		switch {
		case t == "":
			endPara()
		case block || fence != "":
			endPara()
			lines = append(lines, inlinePlain(t))
		default:
			para = append(para, inlinePlain(t))
		}
	}
	endPara()
	return strings.Join(lines, "\n")
}

// blockText strips quote, heading and list markers from a line and reports
// whether the line stands on its own rather than continuing a paragraph.
func blockText(line string) (string, bool) {
	t := strings.TrimSpace(line)
	block := false
	for strings.HasPrefix(t, ">") {
		t, block = strings.TrimSpace(t[1:]), true
	}
	switch {
	case strings.HasPrefix(t, "#"):
		return strings.TrimSpace(strings.Trim(t, "#")), true
	case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "* "), strings.HasPrefix(t, "+ "):
		return strings.TrimSpace(t[2:]), true
	}
	if n := orderedMarker(t); n > 0 {
		return strings.TrimSpace(t[n:]), true
	}
	return t, block
}

// orderedMarker returns the length of a "1. " or "1) " list marker at the
// start of t, or 0.
func orderedMarker(t string) int {
	i := 0
	for i < len(t) && i < 9 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(t) || (t[i] != '.' && t[i] != ')') || t[i+1] != ' ' {
		return 0
	}
	return i + 2
}

// inlinePlain removes inline markup from one line: [text](target) becomes
// text, images keep their alt text, and emphasis and code marks go.
func inlinePlain(s string) string {
	if !strings.ContainsAny(s, "[]()*_`!") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '!':
			if i+1 < len(s) && s[i+1] == '[' {
				continue
			}
		case '[':
			if end := strings.IndexByte(s[i:], ']'); end > 0 && i+end+1 < len(s) && s[i+end+1] == '(' {
				if close := strings.IndexByte(s[i+end+1:], ')'); close > 0 {
					b.WriteString(s[i+1 : i+end])
					i += end + 1 + close
					continue
				}
			}
		case '*', '`':
			continue
		case '_':
			prevWord := i > 0 && isWordByte(s[i-1])
			nextWord := i+1 < len(s) && isWordByte(s[i+1])
			if !(prevWord && nextWord) {
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isWordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// sentences splits plain text into sentences: at line ends and after ".",
// "!" or "?" followed by a space.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for i := 0; i < len(line); i++ {
			c := line[i]
			if (c == '.' || c == '!' || c == '?') && i+1 < len(line) && line[i+1] == ' ' {
				if s := strings.TrimSpace(line[start : i+1]); s != "" {
					out = append(out, s)
				}
				start = i + 1
			}
		}
		if s := strings.TrimSpace(line[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// snippet returns a short extract of a section body around the sentence
// that best matches the weighted query stems: the whole sentence when it is
// short enough (with the next one if that fits too), otherwise a window of it
// around its first match. It falls back to the opening sentence and returns
// at most limit characters.
func snippet(body string, weights map[string]float64, limit int, stemOf func([]byte) string) string {
	return snippetFrom(splitSentences(body, stemOf), weights, limit, stemOf)
}

// snippetFrom is snippet over a body already split into sentences.
func snippetFrom(sents []sentence, weights map[string]float64, limit int, stemOf func([]byte) string) string {
	if len(sents) == 0 {
		return ""
	}
	best, bestScore := 0, 0.0
	for i, s := range sents {
		if sc := s.score(weights); sc > bestScore {
			best, bestScore = i, sc
		}
	}
	text := sents[best].text
	if utf8.RuneCountInString(text) > limit {
		return window(text, weights, limit, stemOf)
	}
	if best+1 < len(sents) {
		if joined := text + " " + sents[best+1].text; utf8.RuneCountInString(joined) <= limit {
			text = joined
		}
	}
	return text
}

// sentence is one sentence of a section's plain text, split once when the
// guide is indexed so a search need not split and stem it again.
type sentence struct {
	text  string
	para  int      // which paragraph, from 0
	stems []string // its distinct stems
}

// score adds up the weights of the query stems in the sentence.
func (s sentence) score(weights map[string]float64) float64 {
	total := 0.0
	for _, st := range s.stems {
		total += weights[st]
	}
	return total
}

// splitSentences splits a Markdown body into its sentences, numbering the
// paragraphs (and list items) they belong to.
func splitSentences(body string, stemOf func([]byte) string) []sentence {
	var out []sentence
	for i, p := range strings.Split(plainText(body), "\n") {
		for _, t := range sentences(p) {
			var stems []string
			scanWords(t, func(word []byte) {
				if st := stemOf(word); st != "" && !slices.Contains(stems, st) {
					stems = append(stems, st)
				}
			})
			// The ideas a sentence speaks of, and who does them ("if you
			// are the one who replies late"), let a passage follow the
			// question's idea and the asker's side.
			conceptStem := func(w string) string { return wordStem(w, stemOf) }
			addTerm := func(term string) {
				if !slices.Contains(stems, term) {
					stems = append(stems, term)
				}
			}
			guideConcepts.find(words(t), conceptStem, addTerm)
			doneConcepts(t, conceptStem, addTerm)
			out = append(out, sentence{text: t, para: i, stems: stems})
		}
	}
	return out
}

// window cuts a long sentence to at most limit characters around its first
// matching word, at word boundaries, marking cuts with an ellipsis.
func window(s string, weights map[string]float64, limit int, stemOf func([]byte) string) string {
	r := []rune(s)
	// Find the first matching word, in runes.
	at := 0
	pos := 0
	for _, f := range strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '\'' }) {
		idx := strings.Index(s[pos:], f)
		if idx < 0 {
			break
		}
		pos += idx
		matched := false
		scanWords(f, func(word []byte) {
			if _, ok := weights[stemOf(word)]; ok {
				matched = true
			}
		})
		if matched {
			at = utf8.RuneCountInString(s[:pos])
			break
		}
		pos += len(f)
	}
	// Start a little before the match so it reads in context.
	start := max(0, at-limit/4)
	end := min(len(r), start+limit-2)
	if end == len(r) {
		start = max(0, end-(limit-2))
	}
	for start > 0 && start < at && !unicode.IsSpace(r[start-1]) {
		start++
	}
	for end < len(r) && end > start && !unicode.IsSpace(r[end]) {
		end--
	}
	out := strings.TrimSpace(string(r[start:end]))
	if start > 0 {
		out = "…" + out
	}
	if end < len(r) {
		out = strings.TrimRight(out, ",;:") + "…"
	}
	return out
}
