package telegram

import (
	"html"
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent"
)

var (
	boldRe   = regexp.MustCompile(`\*\*([^*\n]+?)\*\*`)
	italicRe = regexp.MustCompile(`(^|[\s(\[])_([^_<>\s](?:[^_<>\n]*?[^_<>\s])?)_($|[\s)\].,!?:;])`)
)

// render turns a reply's Markdown subset into Telegram HTML. Everything
// from the text is escaped first, so markup a person typed (and the agent
// quoted back) shows as typed; only the subset becomes tags.
//
// A draft's "> " block becomes <pre>: Telegram clients copy a pre block
// whole with one tap (and show a copy button on it), without the rest of
// the message and without quote marks, which is what someone about to paste
// a message to a friend needs. Other quoted lines become <blockquote>.
func render(r agent.Reply) string {
	lines := strings.Split(strings.ReplaceAll(strings.TrimSpace(r.Text), "\r\n", "\n"), "\n")
	var out []string
	for i := 0; i < len(lines); {
		if quoted(lines[i]) {
			j := i
			var block []string
			for j < len(lines) && quoted(lines[j]) {
				block = append(block, unquote(lines[j]))
				j++
			}
			out = append(out, renderQuote(block, r.Draft))
			i = j
			continue
		}
		out = append(out, renderLine(lines[i]))
		i++
	}
	return strings.Join(out, "\n")
}

func quoted(line string) bool { return line == ">" || strings.HasPrefix(line, "> ") }

func unquote(line string) string { return strings.TrimPrefix(strings.TrimPrefix(line, ">"), " ") }

func renderQuote(block []string, draft bool) string {
	if draft {
		// pre may hold no other tags: the markers are dropped, not rendered.
		text := html.EscapeString(strings.Join(block, "\n"))
		text = boldRe.ReplaceAllString(text, "$1")
		return "<pre>" + text + "</pre>"
	}
	for i, l := range block {
		block[i] = inline(l)
	}
	return "<blockquote>" + strings.Join(block, "\n") + "</blockquote>"
}

func renderLine(line string) string {
	if rest, ok := strings.CutPrefix(line, "- "); ok {
		return "• " + inline(rest)
	}
	if rest, ok := strings.CutPrefix(line, "* "); ok {
		return "• " + inline(rest)
	}
	return inline(line)
}

// inline escapes a line and applies **bold** and _italic_. Italic never
// spans a tag, so the result is always well nested.
func inline(s string) string {
	s = html.EscapeString(s)
	s = boldRe.ReplaceAllString(s, "<b>$1</b>")
	// Twice: neighbouring matches share the space between them.
	s = italicRe.ReplaceAllString(s, "$1<i>$2</i>$3")
	return italicRe.ReplaceAllString(s, "$1<i>$2</i>$3")
}

// plain returns what a person sees of rendered HTML: tags removed and
// entities decoded. It is the fallback when Telegram cannot parse the HTML.
func plain(h string) string {
	var b strings.Builder
	for len(h) > 0 {
		i := strings.IndexByte(h, '<')
		if i < 0 {
			b.WriteString(h)
			break
		}
		b.WriteString(h[:i])
		j := strings.IndexByte(h[i:], '>')
		if j < 0 {
			b.WriteString(h[i:])
			break
		}
		h = h[i+j+1:]
	}
	return html.UnescapeString(b.String())
}
