package knowledge

import (
	"strings"
)

// A guide section may list the questions it answers, in an HTML comment
// right in its text, so the list stays next to the words it points at and
// does not show when the Markdown is read:
//
//	<!-- asks:
//	should i double text | Yes, once.
//	how many messages in a row is too many
//	-->
//
// The questions are indexed with the section, because people ask in words
// the section may not use. A question may carry, after "|", the short
// stance the section takes on it ("Yes, once.", "No.", "Not in itself."),
// which opens an answer to a yes-or-no question close to it.

// asksOpen starts a list of questions.
const asksOpen = "<!-- asks:"

func isAsksOpen(line string) bool {
	return strings.HasPrefix(strings.TrimSpace(line), asksOpen)
}

// parseAsks reads the list that opens on lines[at] and returns its
// questions and the index of its closing "-->" line.
func parseAsks(file string, lines []string, at int) ([]string, int, error) {
	var out []string
	add := func(item string, n int) error {
		item = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(item), "- "))
		if item == "" {
			return nil
		}
		q, stance, _ := strings.Cut(item, "|")
		if strings.TrimSpace(q) == "" {
			return &ParseError{File: file, Line: n, Msg: "asks: a stance without a question"}
		}
		if strings.Contains(stance, "|") {
			return &ParseError{File: file, Line: n, Msg: "asks: more than one |"}
		}
		out = append(out, strings.Clone(strings.TrimSpace(q)+joinStance(stance)))
		return nil
	}
	first := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[at]), asksOpen))
	if rest, ok := strings.CutSuffix(first, "-->"); ok {
		return out, at, add(rest, at+1)
	}
	if err := add(first, at+1); err != nil {
		return nil, 0, err
	}
	for i := at + 1; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		rest, closed := strings.CutSuffix(line, "-->")
		if err := add(rest, i+1); err != nil {
			return nil, 0, err
		}
		if closed {
			return out, i, nil
		}
	}
	return nil, 0, &ParseError{File: file, Line: at + 1, Msg: "asks: no closing -->"}
}

func joinStance(stance string) string {
	if stance = strings.TrimSpace(stance); stance == "" {
		return ""
	}
	return " | " + stance
}

// askParts splits a listed question from its stance.
func askParts(ask string) (question, stance string) {
	q, s, _ := strings.Cut(ask, "|")
	return strings.TrimSpace(q), strings.TrimSpace(s)
}
