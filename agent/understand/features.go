package understand

import (
	"math"
	"unicode/utf8"
)

// hashBits sizes the feature space: every feature is a hash in
// [0, 1<<hashBits). A million buckets keep collisions between the corpus's
// few tens of thousands of features rare; only the buckets seen in training
// get weights, so the space costs no memory.
const hashBits = 20

// Feature kinds, mixed into the hash so that the word "ok" and the
// character pair "ok" are different features.
const (
	kindWord   = 'w'
	kindBigram = 'b'
	kindChar   = 'c'
	kindLength = 'l'
	kindClass  = 'k'
	kindStem   = 's'
	kindSkip   = 'p'
	kindIdea   = 'i'
	kindOpener = 'o'
	kindNeg    = 'n'
	kindAct    = 'f'
)

// Start and end markers: "no" as the first word of a message is a better
// hint than "no" anywhere.
const (
	startToken = "\x02"
	endToken   = "\x03"
)

// featureWeights says how much each kind of feature counts before the
// vector is scaled to unit length.
type featureWeights struct {
	word, bigram, char, length float32
	// class, spelling and stem weigh the features of lexicon.go: a
	// word's class, the word a chat spelling stands for, a word's stem.
	class, spelling, stem float32
	// charLong, when above 0, weighs the character n-grams of a message
	// longer than shortWords words instead of char: a typo or a short
	// word unseen in training ("thnks", "hai") is most of a short
	// message, while in a long one the n-grams of twenty words blur the
	// few words that say what it wants.
	charLong float32
	// charMin and charMax bound the character n-grams (in bytes) taken
	// from each word with its boundaries, "<ok>".
	charMin, charMax int
	// skip weighs pairs of words with one word between them ("stop
	// reminding about" gives "stop about"), which survive a filler
	// word in between ("stop the plan", "stop this plan").
	skip float32
	// concept weighs the concepts of concepts.go, a word's meaning
	// shared with its near synonyms ("pause", "mute", "halt").
	concept float32
	// opener weighs the first word of each clause, at the start of the
	// message or after a comma or a full stop: "how" opening the last
	// clause of "i feel so alone here, how do people make friends" asks
	// as surely as at the start.
	opener float32
	// negation weighs the words said after a negation, up to
	// negationSpan of them within the clause: "dont stop" and "stop"
	// share the word but not its sense.
	negation float32
	// formula weighs the acts of the set phrases of formulas.go ("have
	// a lovely weekend" wishes well, "you've been a star" thanks).
	formula float32
}

// negationSpan is how many words after a negation count as negated.
const negationSpan = 2

// negators are the words that negate the words after them.
var negators = map[string]bool{"not": true, "no": true, "never": true, "dont": true, "didnt": true, "cant": true,
	"wont": true, "doesnt": true, "isnt": true, "arent": true, "wasnt": true, "werent": true, "havent": true,
	"hasnt": true, "shouldnt": true, "wouldnt": true, "couldnt": true, "nothing": true, "nobody": true, "without": true}

// features appends the hashed features of toks to hs and their values to
// vs, the whole vector scaled to unit length. A feature that occurs twice
// is listed twice; the dot product adds them up.
func features(toks []string, fw featureWeights, hs []uint32, vs []float32) ([]uint32, []float32) {
	start := len(hs)
	prev, prev2 := startToken, ""
	words := 0
	negated := 0
	for _, t := range toks {
		if fw.negation > 0 {
			switch {
			case negators[t]:
				negated = negationSpan
			case negated > 0 && isWordToken(t):
				hs = append(hs, hashOf(kindNeg, t, ""))
				vs = append(vs, fw.negation)
				negated--
			case !isWordToken(t):
				negated = 0
			}
		}
		hs = append(hs, hashOf(kindWord, t, ""))
		vs = append(vs, fw.word)
		hs = append(hs, hashOf(kindBigram, prev, t))
		vs = append(vs, fw.bigram)
		if fw.skip > 0 && prev2 != "" {
			hs = append(hs, hashOf(kindSkip, prev2, t))
			vs = append(vs, fw.skip)
		}
		if fw.opener > 0 && (prev == startToken || prev == clauseToken || prev == questionMark) && isWordToken(t) {
			hs = append(hs, hashOf(kindOpener, t, ""))
			vs = append(vs, fw.opener)
		}
		prev2, prev = prev, t
		if isWordToken(t) {
			words++
			hs, vs = lexiconFeatures(t, fw, hs, vs)
		} else if c, ok := emojiClasses[t]; ok && fw.class > 0 {
			hs = append(hs, hashOf(kindClass, c, ""))
			vs = append(vs, fw.class)
		}
	}
	if fw.formula > 0 {
		formulaActs(toks, func(act string) {
			hs = append(hs, hashOf(kindAct, act, ""))
			vs = append(vs, fw.formula)
		})
	}
	if cw := charWeight(fw, words); cw > 0 {
		for _, t := range toks {
			if isWordToken(t) {
				hs, vs = charGrams(t, fw.charMin, fw.charMax, cw, hs, vs)
			}
		}
	}
	if len(toks) > 0 {
		hs = append(hs, hashOf(kindBigram, prev, endToken))
		vs = append(vs, fw.bigram)
	}
	hs = append(hs, hashOf(kindLength, lengthBucket(words), ""))
	vs = append(vs, fw.length)

	var sum float64
	for _, v := range vs[start:] {
		sum += float64(v) * float64(v)
	}
	if sum > 0 {
		inv := float32(1 / math.Sqrt(sum))
		for i := start; i < len(vs); i++ {
			vs[i] *= inv
		}
	}
	return hs, vs
}

// lexiconFeatures appends the features lexicon.go knows for the word w.
func lexiconFeatures(w string, fw featureWeights, hs []uint32, vs []float32) ([]uint32, []float32) {
	if c, ok := wordClasses[w]; ok && fw.class > 0 {
		hs = append(hs, hashOf(kindClass, c, ""))
		vs = append(vs, fw.class)
	}
	if s, ok := chatSpellings[w]; ok && fw.spelling > 0 {
		hs = append(hs, hashOf(kindWord, s, ""))
		vs = append(vs, fw.spelling)
	}
	if c, ok := concepts[w]; ok && fw.concept > 0 {
		hs = append(hs, hashOf(kindIdea, c, ""))
		vs = append(vs, fw.concept)
	}
	if fw.stem > 0 {
		if s := stem(w); s != w {
			hs = append(hs, hashOf(kindStem, s, ""))
			vs = append(vs, fw.stem)
		}
	}
	return hs, vs
}

// charGrams appends the character n-grams of "<"+w+">" (byte n-grams: for
// the ASCII words of the corpus they are characters). They let "thnks" share
// most of its features with "thanks".
func charGrams(w string, charMin, charMax int, weight float32, hs []uint32, vs []float32) ([]uint32, []float32) {
	var buf [64]byte
	b := append(buf[:0], '<')
	b = append(b, w...)
	b = append(b, '>')
	for n := charMin; n <= charMax; n++ {
		for i := 0; i+n <= len(b); i++ {
			if n == len(b) && n > 2 {
				continue // the whole word is already a word feature
			}
			hs = append(hs, hashBytes(kindChar, b[i:i+n]))
			vs = append(vs, weight)
		}
	}
	return hs, vs
}

// shortWords is the most words a message may have for its character
// n-grams to weigh fw.char rather than fw.charLong.
const shortWords = 4

// charWeight is the weight of each character n-gram of a message of words
// words.
func charWeight(fw featureWeights, words int) float32 {
	if fw.charLong > 0 && words > shortWords {
		return fw.charLong
	}
	return fw.char
}

// isWordToken reports whether t is a word rather than "?" or an emoji.
func isWordToken(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return t != questionMark && t != clauseToken && !isEmoji(r)
}

// lengthBucket names a message's length in words coarsely: "ok" and a
// paragraph of background are different kinds of message.
func lengthBucket(words int) string {
	switch {
	case words <= 1:
		return "1"
	case words == 2:
		return "2"
	case words <= 4:
		return "3-4"
	case words <= 8:
		return "5-8"
	case words <= 16:
		return "9-16"
	case words <= 32:
		return "17-32"
	}
	return "33+"
}

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
	hashMask  = 1<<hashBits - 1
)

func hashOf(kind byte, a, b string) uint32 {
	h := uint32(fnvOffset)
	h = (h ^ uint32(kind)) * fnvPrime
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * fnvPrime
	}
	if b != "" {
		h = (h ^ 0xff) * fnvPrime // 0xff never occurs in UTF-8
		for i := 0; i < len(b); i++ {
			h = (h ^ uint32(b[i])) * fnvPrime
		}
	}
	return mix(h)
}

func hashBytes(kind byte, a []byte) uint32 {
	h := uint32(fnvOffset)
	h = (h ^ uint32(kind)) * fnvPrime
	for _, c := range a {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return mix(h)
}

// mix folds the high bits of an FNV hash into the low ones before masking:
// FNV's low bits alone are weak for short keys.
func mix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x45d9f3b
	h ^= h >> 16
	return h & hashMask
}
