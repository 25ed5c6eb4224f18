package safety

import (
	"slices"
	"strings"
)

// A film, a game or a book told as the time of what follows ("after the
// film i wanted to kill myself", "once the movie was over i wanted to
// die", "dopo il film volevo uccidermi") is no story of its own past
// that point: the risk told after it is the speaker's. A near miss for a
// story stops where the speaker comes in after a word that sets the
// story in time, or where a risk names the speaker by the ending of its
// verb, as languages that drop "i" do ("quise matarme", "chciałam się
// zabić").

// storyTimeWords set what comes before them as the time of what follows:
// "after", "once", or the story's own end ("over", "ended").
var storyTimeWords = map[string]bool{
	"after": true, "afterwards": true, "once": true, "then": true, "later": true,
	"over": true, "ended": true, "finished": true, "done": true,
	"despues": true, "luego": true, "tras": true, "nach": true, "danach": true, "dann": true,
	"apres": true, "puis": true, "dopo": true, "poi": true, "na": true, "daarna": true, "toen": true,
	"po": true, "potem": true, "depois": true, "sonra": true, "sonrasinda": true,
}

// storyTurnsToSpeaker reports whether the words of a story near miss begun
// at i turn to the speaker at j, where a risk matched at toks[j:e] starts:
// the story is set in time (a time word up to three words before it, in its
// sentence, or between it and j) and the speaker is its subject or named by a verb's ending.
func storyTurnsToSpeaker(toks []string, i, j, e int, lang string) bool {
	timed := false
	for k := max(0, i-3); k < j && !timed; k++ {
		timed = storyTimeWords[toks[k]] && (k > i || !slices.Contains(toks[k:i], boundary))
	}
	if !timed {
		return false
	}
	for k := max(i+1, j-2); k < e; k++ {
		if speaks(speakerSubjects, toks[k], lang) || firstPersonForm(toks[k], lang) {
			return true
		}
	}
	return false
}

// clauseJoins are the conjunctions of the languages that drop the subject
// "i": there a risk written for the speaker names them by its verb alone
// ("y ya elegí el puente", "e ho già scelto").
var clauseJoins = map[string]map[string]bool{
	"es": {"y": true, "pero": true, "e": true},
	"it": {"e": true, "ma": true, "poi": true},
	"pt": {"e": true, "mas": true},
	"pl": {"i": true, "a": true, "ale": true},
	"tr": {"ve": true, "ama": true, "fakat": true},
}

// clauseTurnsToSpeaker reports whether a risk of the speaker matched at j,
// inside a near miss begun at i, opens a clause of its own in a language
// that drops "i": a conjunction of that language just before it, or
// before one adverb ("ya", "già", "już"). "curso, gimnasio, y ya elegí el
// puente para el viernes" tells of a course, then of the speaker.
func clauseTurnsToSpeaker(toks []string, i, j int, lang string) bool {
	joins := clauseJoins[lang]
	if joins == nil {
		return false
	}
	return j-1 > i && joins[toks[j-1]] || j-2 > i && joins[toks[j-2]] && clauseAdverbs[toks[j-1]]
}

// clauseAdverbs may stand between a conjunction and the verb that follows;
// Italian "ho" (I have) before a participle too.
var clauseAdverbs = map[string]bool{"ya": true, "gia": true, "ja": true, "juz": true, "ho": true, "ahora": true, "ora": true, "agora": true, "teraz": true}

// firstPersonForm reports whether t, as messages are folded, names the
// speaker by its ending: an infinitive with "me" or "mi" joined to it in
// Spanish, Portuguese and Italian ("matarme", "uccidermi"), a past of the
// first person in Polish ("chciałam", "próbowałem").
func firstPersonForm(t, lang string) bool {
	if len(t) < 6 {
		return false
	}
	switch lang {
	case "es", "pt":
		return strings.HasSuffix(t, "arme") || strings.HasSuffix(t, "erme") || strings.HasSuffix(t, "irme")
	case "it":
		return strings.HasSuffix(t, "armi") || strings.HasSuffix(t, "ermi") || strings.HasSuffix(t, "irmi")
	case "pl":
		n := len(t)
		return (strings.HasSuffix(t, "lam") || strings.HasSuffix(t, "lem")) && strings.ContainsRune("aeiouy", rune(t[n-4]))
	}
	return false
}
