package matrix

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// namesCompanion reports whether body names the companion (display name or
// localpart) as a whole word, in any case.
func (a *Adapter) namesCompanion(body string) bool {
	lower := strings.ToLower(body)
	for _, name := range a.names {
		if name != "" && containsWord(lower, name) {
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
			n, ok := foldPrefix(trimmed, prefix)
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

// foldPrefix reports whether s starts with prefix under Unicode case folding
// and, if so, how many bytes of s the prefix covers. Simple folding maps a
// rune to one rune, so the prefix can only match as many runes of s as it
// has itself.
func foldPrefix(s, prefix string) (n int, ok bool) {
	for range utf8.RuneCountInString(prefix) {
		if n >= len(s) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(s[n:])
		n += size
	}
	if prefix == "" || !strings.EqualFold(s[:n], prefix) {
		return 0, false
	}
	return n, true
}

// isAddressSeparator reports whether r may follow a name that addresses the
// companion at the start of a message ("companion: …", "companion，…").
func isAddressSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":,;：，、", r)
}

// containsWord reports whether word occurs in s on Unicode word boundaries:
// not glued to another letter, digit or combining mark. Punctuation of any
// script ("…", "’", "«") is a boundary.
func containsWord(s, word string) bool {
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], word)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(word)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		i = start + size
	}
	return false
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
