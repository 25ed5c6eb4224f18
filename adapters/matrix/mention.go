package matrix

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/companion-dev/companion/adapters/internal/mention"
)

// namesCompanion reports whether body names the companion (display name or
// localpart) as a whole word, in any case.
func (a *Adapter) namesCompanion(body string) bool {
	for _, name := range a.names {
		if _, _, ok := mention.Find(body, name); ok {
			return true
		}
	}
	return false
}

// stripMention removes a leading "companion:" or "@companion," style address
// so that what remains is the question itself. The name is matched case
// insensitively on text itself: a lower-case form may be longer or shorter
// in bytes than the original ("Ⱥ" is two bytes, "ⱥ" three), so offsets from
// a lowered copy must never be used to slice text.
func (a *Adapter) stripMention(text string) string {
	trimmed := strings.TrimSpace(text)
	for _, name := range append([]string{string(a.userID)}, a.names...) {
		for _, prefix := range []string{"@" + name, name} {
			n, ok := mention.PrefixFold(trimmed, prefix)
			if !ok {
				continue
			}
			rest := trimmed[n:]
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !isAddressSeparator(r) {
				continue
			}
			return strings.TrimSpace(strings.TrimLeftFunc(rest, isAddressSeparator))
		}
	}
	return text
}

// isAddressSeparator reports whether r may follow a name that addresses the
// companion at the start of a message ("companion: …", "companion，…").
func isAddressSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":,;：，、", r)
}
