package telegram

import (
	"strings"
	"unicode"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// addressed returns the text the agent should see and whether the bot was
// addressed: in private always; in groups by a command (bare or
// /cmd@thisbot), an @mention of the bot, or a reply to one of its messages.
// The bot's own name is taken out of the text.
func (a *Adapter) addressed(tm *tgbotapi.Message) (string, bool) {
	text := tm.Text
	name := "@" + a.bot.Self.UserName
	private := tm.Chat.Type == "private"
	if strings.HasPrefix(text, "/") {
		cmd, rest, _ := strings.Cut(text, " ")
		if base, target, ok := strings.Cut(cmd, "@"); ok {
			if !strings.EqualFold("@"+target, name) {
				return text, private
			}
			cmd = base
		}
		if rest != "" {
			return cmd + " " + rest, true
		}
		return cmd, true
	}
	if a.bot.Self.UserName != "" {
		if start, end, ok := mention(text, name); ok {
			stripped := strings.Join(strings.Fields(text[:start]+text[end:]), " ")
			stripped = strings.TrimLeft(stripped, ",: ")
			if stripped == "" {
				stripped = text
			}
			return stripped, true
		}
	}
	return text, private || repliesTo(tm, a.bot.Self.ID)
}

// mention finds name (the bot's "@username") in text, ignoring case, as a
// whole word: neither the rune before it nor the one after may be part of
// a word. The offsets are text's own, found while walking text itself, so
// slicing text with them is always safe, whatever case folding does to the
// length of the characters around it.
func mention(text, name string) (start, end int, ok bool) {
	if name == "" {
		return 0, 0, false
	}
	for from := 0; from < len(text); {
		i := strings.IndexByte(text[from:], name[0])
		if i < 0 {
			return 0, 0, false
		}
		start = from + i
		if n, match := prefixFold(text[start:], name); match {
			end = start + n
			if boundaryBefore(text, start) && boundaryAfter(text, end) {
				return start, end, true
			}
		}
		from = start + 1
	}
	return 0, 0, false
}

// prefixFold reports whether s begins with name under Unicode case
// folding, and how many bytes of s that prefix takes.
func prefixFold(s, name string) (n int, ok bool) {
	for _, want := range name {
		if n >= len(s) {
			return 0, false
		}
		got, size := utf8.DecodeRuneInString(s[n:])
		if !equalFold(got, want) {
			return 0, false
		}
		n += size
	}
	return n, true
}

// equalFold reports whether two runes are the same under simple case
// folding.
func equalFold(a, b rune) bool {
	if a == b {
		return true
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

// isWordRune reports whether r can be part of a word (or a username).
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !isWordRune(r)
}

func boundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !isWordRune(r)
}
