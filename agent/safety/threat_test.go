package safety

import "testing"

// A threat said of the speaker is abuse even where its words are also a
// figure of speech: "me mata" is hyperbole alone and a threat after "si
// lo dejo".
func TestThreatKeptFromFigureOfSpeech(t *testing.T) {
	cases := []struct {
		text string
		want Situation
	}{
		{"si lo dejo me mata, eso me dijo anoche", Abuse},
		{"mi novio dice que me mata si lo dejo", Abuse},
		{"mio marito dice che se lo lascio mi ammazza", Abuse},
		{"meu marido disse que se eu for embora ele me mata", Abuse},
		{"el calor me mata", None},
		{"si me voy sin lavar los platos mi madre me mata jaja", None},
		{"il mio capo mi ammazza se consegno in ritardo", None},
		{"minha mae me mata se eu chegar tarde kkk", None},
	}
	for _, c := range cases {
		if got := Detect(c.text).Situation; got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
