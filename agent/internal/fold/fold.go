// Package fold takes case and accents off letters, so that the parts of the
// agent that compare what people type with word lists ("Café", "cafe")
// spell both the same way.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rune lowers r and takes off its marks (ä → a, ł → l, ş → s). A few
// letters stand for two (ß → ss, æ → ae, þ → th): then second is the other
// one, else it is 0.
func Rune(r rune) (first, second rune) {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, 0
	}
	r = unicode.ToLower(r)
	if p, ok := plain[r]; ok {
		return p[0], p[1]
	}
	return r, 0
}

// String is s with every letter folded by Rune: "Ça s'est mal passé" is
// "ca s'est mal passe".
func String(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		first, second := Rune(r)
		b.WriteRune(first)
		if second != 0 {
			b.WriteRune(second)
		}
	}
	return b.String()
}

// IsApostrophe reports whether r is one of the marks people type for an
// apostrophe: "don't", "don’t" and "don´t" are the same word.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4':
		return true
	}
	return false
}

// plain maps accented and special Latin letters to their plain spelling.
var plain = func() map[rune][2]rune {
	m := map[rune][2]rune{'ß': {'s', 's'}, 'æ': {'a', 'e'}, 'œ': {'o', 'e'}, 'ø': {'o'}, 'ł': {'l'},
		'đ': {'d'}, 'ð': {'d'}, 'þ': {'t', 'h'}, 'ı': {'i'}, 'ĳ': {'i', 'j'}}
	for p, accented := range map[rune]string{
		'a': "àáâãäåāăąǎ", 'c': "çćĉċč", 'd': "ď", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįǐ", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀ", 'n': "ñńņňŉ", 'o': "òóôõöōŏőǒ",
		'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűųǔ", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range accented {
			m[r] = [2]rune{p}
		}
	}
	return m
}()

// Words is s folded by String with everything but letters and digits taken
// out and the words joined by single spaces: two corpus lines whose Words
// are equal are the same message however they are spelt out ("Thanks!!",
// "thanks").
func Words(s string) string {
	return strings.Join(strings.FieldsFunc(String(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
