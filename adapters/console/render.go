package console

import (
	"fmt"
	"strings"

	"github.com/companion-dev/companion/agent"
)

// Render turns a reply into terminal text: the Markdown subset becomes plain
// text, a quoted draft gets a bar in the margin, choices become a numbered
// list (typing the number picks one).
func Render(r agent.Reply) string {
	var b strings.Builder
	for _, line := range strings.Split(r.Text, "\n") {
		switch {
		case strings.HasPrefix(line, "> ") || line == ">":
			b.WriteString("  ┃ " + strings.TrimPrefix(strings.TrimPrefix(line, ">"), " "))
		case strings.HasPrefix(line, "- "):
			b.WriteString("  • " + inline(line[2:]))
		default:
			b.WriteString(inline(line))
		}
		b.WriteByte('\n')
	}
	if len(r.Choices) > 0 {
		parts := make([]string, len(r.Choices))
		for i, c := range r.Choices {
			parts[i] = fmt.Sprintf("[%d] %s", i+1, c.Label)
		}
		b.WriteString("  " + strings.Join(parts, "  ") + "\n")
	}
	return b.String()
}

// inline drops the emphasis markers of the Markdown subset.
func inline(s string) string {
	s = strings.ReplaceAll(s, "**", "")
	// _italic_ only where the underscores wrap words, so snake_case survives.
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if r == '_' {
			prevSpace := i == 0 || !isWord(rs[i-1])
			nextSpace := i == len(rs)-1 || !isWord(rs[i+1])
			if prevSpace != nextSpace {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isWord(r rune) bool {
	return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127
}
