package listen

import "math"

// feature is one hashed feature and its value.
type feature struct {
	h uint32
	v float64
}

// Feature weights before the vector is scaled to unit length: the lexicon's
// classes count most, being the part that reaches words the corpus lacks.
const (
	wWord   = 1.0
	wStem   = 0.7
	wPair   = 0.7
	wChar   = 0.25
	wCue    = 4.0
	charLen = 4
)

// features returns the features of text, scaled to unit length.
func features(text string) []feature {
	ws := words(text)
	if len(ws) == 0 {
		return nil
	}
	var fs []feature
	prev := "^"
	for _, w := range ws {
		fs = append(fs, feature{hash('w', w), wWord}, feature{hash('p', prev+" "+w), wPair})
		if s := stem(w); s != w {
			fs = append(fs, feature{hash('s', s), wStem})
		}
		g := "<" + w + ">"
		for i := 0; i+charLen <= len(g); i++ {
			fs = append(fs, feature{hash('c', g[i:i+charLen]), wChar})
		}
		prev = w
	}
	for _, c := range cues(ws) {
		fs = append(fs, feature{hash('k', c), wCue})
	}
	var sum float64
	for _, f := range fs {
		sum += f.v * f.v
	}
	inv := 1 / math.Sqrt(sum)
	for i := range fs {
		fs[i].v *= inv
	}
	return fs
}

// hash is FNV-1a over a kind byte and s.
func hash(kind byte, s string) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(kind)) * 16777619
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
