package matrix

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"maunium.net/go/mautrix/event"

	"github.com/companion-dev/companion/agent"
)

// maxReactionChoices is how many choices get a keycap reaction; Matrix has
// keycaps 1️⃣ to 9️⃣, so a tenth choice is only offered as a numbered line.
const maxReactionChoices = 9

var (
	boldRE = regexp.MustCompile(`\*\*([^*\s](?:[^*]*[^*\s])?)\*\*`)
	// The HTML pattern sees escaped text (quotes are entities ending in ';');
	// the plain one sees the raw text.
	italicRE      = regexp.MustCompile(`(^|[\s(\[>;])_([^_\s](?:[^_]*[^_\s])?)_($|[\s.,;:!?)\]<&])`)
	italicPlainRE = regexp.MustCompile(`(^|[\s(\["'])_([^_\s](?:[^_]*[^_\s])?)_($|[\s.,;:!?)\]"'])`)
)

// block is one part of a reply's Markdown: a paragraph, a bullet list or a
// quoted block, each holding its lines without their markers.
type block struct {
	kind  blockKind
	lines []string
}

type blockKind int

const (
	paragraphBlock blockKind = iota
	bulletBlock
	quoteBlock
)

// render turns a reply into the content of an m.room.message: a plain body
// and an HTML formatted_body. Every character that came from the reply's text
// is escaped; the only markup is what the Markdown subset asks for.
func render(r agent.Reply) *event.MessageEventContent {
	blocks := parseBlocks(r.Text)
	var plain, rich strings.Builder
	for i, b := range blocks {
		if i > 0 {
			plain.WriteString("\n\n")
		}
		writePlainBlock(&plain, b)
		writeHTMLBlock(&rich, b)
	}
	if len(r.Choices) > 0 {
		if plain.Len() > 0 {
			plain.WriteString("\n\n")
		}
		rich.WriteString("<ol>")
		for i, c := range r.Choices {
			if i > 0 {
				plain.WriteString("\n")
			}
			plain.WriteString(strconv.Itoa(i+1) + ". " + c.Label)
			rich.WriteString("<li>" + html.EscapeString(c.Label) + "</li>")
		}
		rich.WriteString("</ol>")
	}
	return &event.MessageEventContent{
		MsgType:       event.MsgText,
		Body:          plain.String(),
		Format:        event.FormatHTML,
		FormattedBody: rich.String(),
	}
}

// parseBlocks splits the Markdown subset into blocks. Consecutive lines of
// the same kind form one block; a blank line always ends a block.
func parseBlocks(text string) []block {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var blocks []block
	var cur *block
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \t")
		if strings.TrimSpace(line) == "" {
			cur = nil
			continue
		}
		kind, content := classify(line)
		if cur == nil || cur.kind != kind {
			blocks = append(blocks, block{kind: kind})
			cur = &blocks[len(blocks)-1]
		}
		cur.lines = append(cur.lines, content)
	}
	return blocks
}

func classify(line string) (blockKind, string) {
	switch {
	case strings.HasPrefix(line, "- "):
		return bulletBlock, strings.TrimSpace(line[2:])
	case line == ">":
		return quoteBlock, ""
	case strings.HasPrefix(line, "> "):
		return quoteBlock, line[2:]
	default:
		return paragraphBlock, line
	}
}

func writePlainBlock(w *strings.Builder, b block) {
	for i, l := range b.lines {
		if i > 0 {
			w.WriteString("\n")
		}
		switch b.kind {
		case bulletBlock:
			w.WriteString("• ")
		case quoteBlock:
			w.WriteString("> ")
		}
		w.WriteString(inlinePlain(l))
	}
}

func writeHTMLBlock(w *strings.Builder, b block) {
	switch b.kind {
	case bulletBlock:
		w.WriteString("<ul>")
		for _, l := range b.lines {
			w.WriteString("<li>" + inlineHTML(l) + "</li>")
		}
		w.WriteString("</ul>")
	case quoteBlock:
		w.WriteString("<blockquote>" + joinHTMLLines(b.lines) + "</blockquote>")
	default:
		w.WriteString("<p>" + joinHTMLLines(b.lines) + "</p>")
	}
}

func joinHTMLLines(lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = inlineHTML(l)
	}
	return strings.Join(out, "<br>")
}

// inlineHTML escapes a line and then turns **bold** and _italic_ into tags.
// Escaping first means a person's "<b>" stays text; the emphasis patterns
// only ever match characters that escaping leaves alone.
func inlineHTML(s string) string {
	s = html.EscapeString(s)
	s = boldRE.ReplaceAllString(s, "<strong>$1</strong>")
	// Twice, because adjacent matches share the separator between them.
	for range 2 {
		s = italicRE.ReplaceAllString(s, "$1<em>$2</em>$3")
	}
	return s
}

// inlinePlain drops the emphasis markers for clients that show only the body.
func inlinePlain(s string) string {
	s = boldRE.ReplaceAllString(s, "$1")
	for range 2 {
		s = italicPlainRE.ReplaceAllString(s, "$1$2$3")
	}
	return s
}

// keycaps are the reactions offered for choices, in order.
var keycaps = [maxReactionChoices]string{"1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"}

// keycapNumber returns the choice number a reaction key stands for, accepting
// the keycap with or without the emoji variation selector (clients differ)
// and a plain digit; ok is false for any other key.
func keycapNumber(key string) (n int, ok bool) {
	key = strings.ReplaceAll(key, "\ufe0f", "")
	key = strings.TrimSuffix(key, "\u20e3")
	if len(key) != 1 || key[0] < '1' || key[0] > '9' {
		return 0, false
	}
	return int(key[0] - '0'), true
}
