package safety

// departedWords are the verbs and participles that tell of a death, spelt
// as messages are folded: "desde que murió mi esposo", "è mancata mia
// moglie", "my wife died", "meine Frau ist gestorben".
var departedWords = squeezedSet(
	"died", "murio", "fallecio", "fallecida", "fallecido", "muerto", "muerta",
	"mancata", "mancato", "morta", "morto", "scomparsa", "scomparso", "morreu", "faleceu",
	"falecida", "falecido", "morte", "mort", "decede", "decedee", "gestorben", "verstorben",
	"starb", "overleden", "stierf", "zmarla", "zmarl", "umarla", "umarl", "odeszla", "odszedl")

// departedAux are the words that may stand between a person and the verb
// of their death: "mia moglie è morta", "my husband has died", "mi
// esposo ya murió".
var departedAux = squeezedSet("is", "has", "had", "e", "ha", "ist", "est", "foi", "ya", "se", "al", "juz", "already")

// departed reports whether the person named at toks[start:end] is told of
// as dead, by a verb of death just before or after them. A dead person is
// no subject of the wish that follows ("desde que murió mi esposo no
// quiero vivir"): the wish is the speaker's.
func departed(toks []string, start, end int) bool {
	for i, n := start-1, 0; i >= 0 && n < 2 && toks[i] != boundary; i, n = i-1, n+1 {
		if departedWords[toks[i]] {
			return true
		}
		if !departedAux[toks[i]] {
			break
		}
	}
	for i, n := end, 0; i < len(toks) && n < 2 && toks[i] != boundary; i, n = i+1, n+1 {
		if departedWords[toks[i]] {
			return true
		}
		if !departedAux[toks[i]] {
			break
		}
	}
	return false
}

// holdsFirst reports whether a word for the speaker lies inside the
// person m names ("mi esposo", "my wife"): the person is the speaker's own.
func holdsFirst(m span, spans []span) bool {
	for _, f := range spans {
		if f.kind == kindFirst && f.lang == m.lang && f.start >= m.start && f.end <= m.end {
			return true
		}
	}
	return false
}
