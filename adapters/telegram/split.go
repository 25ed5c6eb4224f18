package telegram

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxText is Telegram's limit on a message's visible text, in UTF-16 units.
const maxText = 4096

// piece is one tag or one visible character of rendered HTML.
type piece struct {
	raw  string // as written: "<b>", "&amp;", "é"
	r    rune   // the visible character; 0 for a tag
	tag  string // tag name for tags; "" for characters
	open bool
}

// parsePieces cuts well-formed HTML (as render makes it) into pieces.
func parsePieces(h string) []piece {
	var out []piece
	for i := 0; i < len(h); {
		switch h[i] {
		case '<':
			j := i + strings.IndexByte(h[i:], '>') + 1
			raw := h[i:j]
			name := strings.Trim(raw, "</>")
			name, _, _ = strings.Cut(name, " ")
			out = append(out, piece{raw: raw, tag: name, open: raw[1] != '/'})
			i = j
		case '&':
			j := i + strings.IndexByte(h[i:], ';') + 1
			raw := h[i:j]
			r, _ := utf8.DecodeRuneInString(plain(raw))
			out = append(out, piece{raw: raw, r: r})
			i = j
		default:
			r, n := utf8.DecodeRuneInString(h[i:])
			out = append(out, piece{raw: h[i : i+n], r: r})
			i += n
		}
	}
	return out
}

// split cuts rendered HTML into chunks of at most limit visible UTF-16
// units each, preferring paragraph breaks, then sentence ends, then spaces.
// It never cuts a tag, an entity or a surrogate pair; tags open at a cut are
// closed at the end of one chunk and reopened at the start of the next.
func split(h string, limit int) []string {
	ps := parsePieces(h)
	var chunks []string
	var open []piece
	for start := 0; start < len(ps); {
		end, units := start, 0
		for end < len(ps) {
			u := 0
			if ps[end].tag == "" {
				u = utf16.RuneLen(ps[end].r)
			}
			if units+u > limit {
				break
			}
			units += u
			end++
		}
		if end < len(ps) {
			end = cutPoint(ps, start, end)
		}
		if end == start {
			end++
		}
		var b strings.Builder
		for _, t := range open {
			b.WriteString(t.raw)
		}
		for _, p := range ps[start:end] {
			b.WriteString(p.raw)
			if p.tag != "" {
				if p.open {
					open = append(open, p)
				} else if len(open) > 0 {
					open = open[:len(open)-1]
				}
			}
		}
		for i := len(open) - 1; i >= 0; i-- {
			b.WriteString("</" + open[i].tag + ">")
		}
		if chunk := trimChunk(b.String()); plain(chunk) != "" {
			chunks = append(chunks, chunk)
		}
		start = end
		for start < len(ps) && (ps[start].r == ' ' || ps[start].r == '\n') {
			start++
		}
	}
	return chunks
}

// cutPoint picks where to end a chunk that cannot hold ps[start:end+1]:
// after the last paragraph break, else the last sentence end, else the last
// space, else at end itself.
func cutPoint(ps []piece, start, end int) int {
	isSpace := func(i int) bool { return ps[i].r == ' ' || ps[i].r == '\n' }
	prevChar := func(i int) rune {
		for i--; i >= start; i-- {
			if ps[i].tag == "" {
				return ps[i].r
			}
		}
		return 0
	}
	floor := start + 1
	for i := end; i > floor; i-- {
		if ps[i].r == '\n' && prevChar(i) == '\n' {
			return i
		}
	}
	for i := end; i > floor; i-- {
		if isSpace(i) && strings.ContainsRune(".!?…", prevChar(i)) {
			return i
		}
	}
	for i := end; i > floor; i-- {
		if isSpace(i) {
			return i
		}
	}
	return end
}

// trimChunk drops whitespace at the edges of a chunk's visible text.
func trimChunk(c string) string {
	return strings.TrimSpace(c)
}
