// Package mention finds the companion's name in what people write, for the
// chat adapters: in any case, as a whole word, with offsets that are always
// the text's own. Case folding can change a character's length in bytes
// ("Ⱥ" is two bytes, "ⱥ" three), so offsets found in a lowered copy must
// never be used to slice the original; everything here walks the original.
package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Find reports where name occurs in text, ignoring case, as a whole word:
// neither the rune before it nor the one after may be part of a word.
// Punctuation of any script ("…", "’", "«") is a boundary.
func Find(text, name string) (start, end int, ok bool) {
	if name == "" {
		return 0, 0, false
	}
	for start = 0; start < len(text); {
		if n, match := PrefixFold(text[start:], name); match {
			end = start + n
			if boundaryBefore(text, start) && boundaryAfter(text, end) {
				return start, end, true
			}
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		start += size
	}
	return 0, 0, false
}

// PrefixFold reports whether s starts with prefix under Unicode simple case
// folding and, if so, how many bytes of s the prefix covers. Simple folding
// maps a rune to one rune, so the prefix matches as many runes of s as it
// has itself.
func PrefixFold(s, prefix string) (n int, ok bool) {
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

// IsWordRune reports whether r belongs inside a word (or a username).
func IsWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !IsWordRune(r)
}

func boundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !IsWordRune(r)
}
