package safety

import "unicode"

// Letters of Arabic and Devanagari as people type them. Arabic writes one
// sound with several letters ("أ", "إ", "آ" and "ا"; "ة" and "ه"; "ى" and
// "ي") and adds vowel marks rarely; Devanagari writes its vowels as marks
// after a consonant ("मरना"), which are part of the word. Messages and
// lexicons both go through these, so a rule meets every spelling.

// arabicPlain maps the Arabic letters people write for one another to
// one of them.
var arabicPlain = map[rune]rune{'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي'}

// unspaced reports whether r is a letter of a script written without
// spaces between words (Japanese kana and kanji), which tokens reads one
// character at a time.
func unspaced(r rune) bool {
	return r >= 0x3040 && r <= 0x30ff || unicode.Is(unicode.Han, r) || r == '々'
}

// wordMark reports whether r is a mark that belongs to the word it
// follows, and keep whether it is written: a Devanagari vowel sign is, a
// Latin accent, an Arabic vowel mark, a nukta or a nasal mark is dropped,
// as people type them or not.
func wordMark(r rune) (mark, keep bool) {
	if !unicode.In(r, unicode.Mn, unicode.Mc) {
		return false, false
	}
	switch {
	case r >= 0x0300 && r <= 0x036f, r >= 0x064b && r <= 0x065f, r == 0x0670:
		return true, false
	case r == 0x093c || r == 0x0901 || r == 0x0902 || r == 0x0903:
		return true, false
	}
	return true, true
}
