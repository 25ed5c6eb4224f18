package agent

import "testing"

// A sentence of another language opening on an English nod is no nod; a
// bare "no" or an English one stays one.
func TestNotEnglishNod(t *testing.T) {
	for _, s := range []string{"no gracias de verdad", "no quiero hablar de eso", "nie wiem co mam robic"} {
		if in := ParseIntent(s); in.Kind != IntentNone && !notEnglishNod(in, s) {
			t.Errorf("%q read as an English %s", s, in.Kind)
		}
	}
	for _, s := range []string{"no", "no thanks, not now", "yes please do", "skip this one"} {
		if notEnglishNod(ParseIntent(s), s) {
			t.Errorf("%q read as another language", s)
		}
	}
}
