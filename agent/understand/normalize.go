package understand

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent/internal/fold"
)

// questionMark is the token a "?" becomes: whether a message asks
// something tells "ask" from "feeling" or "smalltalk" more than any word.
const questionMark = "?"

// maxTokens and maxBytes bound the work on one message. A long message is
// mostly background; what the person wants sits at its start ("can you
// help me write…") or, more often, at its end, so the middle goes. The
// longest messages of the corpus (under 300 bytes) are read whole.
const (
	maxTokens  = 128
	headTokens = 32
	maxBytes   = 1000
	headBytes  = 250
)

// tokens splits text into normalised tokens, appended to dst: words in lower
// case with accents taken off ("Café" → "cafe"), apostrophes dropped
// ("don't" → "dont"), a letter repeated three times or more kept twice
// ("sooo" → "soo", "hiiii" → "hii"), "?" as a token of its own (once for a
// run), a mark that ends a clause inside the message (",", ".", "!"…) as
// the token "." (once for a run), each emoji as a token (skin tones and
// joiners dropped, a run of the same emoji kept once), and every other
// punctuation mark or symbol a separator. Invalid UTF-8 separates words too.
func tokens(text string, dst []string) []string {
	if len(text) > maxBytes {
		text = headAndTail(text)
	}
	// The tokens are written one after the other to buf and cut out of
	// one string at the end: one allocation for all of them.
	buf := make([]byte, 0, len(text))
	var spansArray [64][2]int
	spans := spansArray[:0]
	wordStart := 0
	flush := func() {
		if len(buf) > wordStart {
			spans = append(spans, [2]int{wordStart, len(buf)})
		}
		wordStart = len(buf)
	}
	// add appends a token of its own unless it repeats the one before.
	add := func(tok string) {
		flush()
		if n := len(spans); n > 0 && string(buf[spans[n-1][0]:spans[n-1][1]]) == tok {
			return
		}
		buf = append(buf, tok...)
		flush()
	}
	var last, beforeLast rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			flush()
			last, beforeLast = 0, 0
		case fold.IsApostrophe(r):
			// "don't" → "dont": people type both.
		case r == '?' || r == '？':
			flush()
			if n := len(spans); n > 0 && string(buf[spans[n-1][0]:spans[n-1][1]]) == clauseToken {
				// "why!?": the question mark ends the clause.
				buf, spans = buf[:spans[n-1][0]], spans[:n-1]
				wordStart = len(buf)
			}
			add(questionMark)
			last, beforeLast = 0, 0
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			f, g := fold.Rune(r)
			for _, f := range [2]rune{f, g} {
				if f == 0 || f == last && f == beforeLast && unicode.IsLetter(f) {
					continue
				}
				buf = utf8.AppendRune(buf, f)
				beforeLast, last = last, f
			}
		case isEmojiPart(r):
			// Joiners, variation selectors and skin tones belong to
			// the emoji before them and add nothing.
		case isEmoji(r):
			var e [utf8.UTFMax]byte
			add(string(e[:utf8.EncodeRune(e[:], r)]))
			last, beforeLast = 0, 0
		case isClauseMark(r):
			flush()
			if n := len(spans); n > 0 && string(buf[spans[n-1][0]:spans[n-1][1]]) != questionMark {
				// A mark opening the message, or after a question
				// mark ("why?!"), ends no clause of its own.
				add(clauseToken)
			}
			last, beforeLast = 0, 0
		default:
			flush()
			last, beforeLast = 0, 0
		}
	}
	flush()
	if n := len(spans); n > 0 && string(buf[spans[n-1][0]:spans[n-1][1]]) == clauseToken {
		// The mark that ends the message ends no clause inside it.
		spans = spans[:n-1]
	}
	spans = trimMiddle(spans)
	all := string(buf)
	for _, sp := range spans {
		dst = append(dst, all[sp[0]:sp[1]])
	}
	return dst
}

// headAndTail keeps the first headBytes and the last maxBytes-headBytes of
// text, cut at spaces so that no word is cut in two, joined by a newline.
func headAndTail(text string) string {
	head := text[:headBytes]
	if i := strings.LastIndexByte(head, ' '); i > 0 {
		head = head[:i]
	}
	tail := text[len(text)-(maxBytes-headBytes):]
	if i := strings.IndexByte(tail, ' '); i >= 0 {
		tail = tail[i+1:]
	}
	return head + "\n" + tail
}

// trimMiddle drops the middle of spans when there are more than
// maxTokens, keeping headTokens at the start and the rest at the end.
func trimMiddle(spans [][2]int) [][2]int {
	if len(spans) <= maxTokens {
		return spans
	}
	tail := maxTokens - headTokens
	n := copy(spans[headTokens:], spans[len(spans)-tail:])
	return spans[:headTokens+n]
}

// isEmoji reports whether r is a pictograph people use as a word: the
// emoji blocks, the older dingbats and symbols (♥, ☺, ✨), and the arrows,
// media keys and shapes that chat keyboards offer as emoji (➡, ⏭, ▶).
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF:
		return true
	case r >= 0x2600 && r <= 0x27BF:
		return true
	case r >= 0x2190 && r <= 0x21FF, r >= 0x2300 && r <= 0x23FF, r >= 0x25A0 && r <= 0x25FF,
		r >= 0x2900 && r <= 0x297F, r >= 0x2B00 && r <= 0x2BFF:
		// Arrows, the media keys (⏭, ⏩, ⏸), shapes (▶) and the
		// arrows of the later blocks (⤵, ⬅): pictographs in chat.
		return true
	case r == 0x2764 || r == 0x2B50 || r == 0x2B55 || r == 0x3030:
		return true
	}
	return false
}

// isEmojiPart reports whether r only modifies the emoji before it.
func isEmojiPart(r rune) bool {
	switch {
	case r == 0x200D, r == 0xFE0F, r == 0xFE0E, r == 0x20E3:
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin tones
		return true
	}
	return false
}

// clauseToken stands for a mark that ends a clause inside a message:
// what follows it ("…, how do i stay in touch") often says what the
// message wants.
const clauseToken = "."

// isClauseMark reports whether r ends a clause: a comma, a full stop, an
// exclamation mark, a semicolon, a colon or a dash.
func isClauseMark(r rune) bool {
	switch r {
	case ',', '.', '!', ';', ':', '\n', '—', '–', '…':
		return true
	}
	return false
}
