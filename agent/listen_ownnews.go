package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/places"
)

// The person's own good news is said back in their words, turned to the
// second person, inside the congratulations: "passed my driving test on
// the third try" gets "Well done on passing your driving test on the third
// try", so the reply shows it heard what happened, not only that
// something went well.

// ownNewsPhrase is what the person says they did, as a phrase in the
// second person ("passing your driving test"), or "" when no clause of
// the message reads as something they did.
func ownNewsPhrase(text string) string {
	clauses := newsNameClauses(text)
	order := make([]int, 0, len(clauses))
	for i, c := range clauses {
		if newsKindOf(" "+strings.ReplaceAll(c, "'", "")+" ") != newsNone {
			order = append([]int{i}, order...)
			continue
		}
		order = append(order, i)
	}
	for _, i := range order {
		f := strings.Fields(clauses[i])
		k := 0
		for k < len(f) && leadFiller[f[k]] {
			k++
		}
		if k < len(f) && ownSubjects[f[k]] {
			k++
		} else if k < len(f) && !newsKindOfWords(f[k:]) {
			// A clause with a subject of its own ("the weather was
			// great") is not what they did.
			continue
		} else if subj, pred := gerundPredicate(f[k:]); len(subj) > 0 && pred != "" {
			// "my cousin dara got engaged to niamh", "tom and jess got
			// married": news with someone else as its subject is
			// theirs, never said back as the person's own.
			continue
		}
		_, pred := gerundPredicate(append([]string{"she"}, f[k:]...))
		if pred == "" || len(strings.Fields(pred)) > 9 {
			continue
		}
		words := strings.Fields(pred)
		for j, w := range words {
			if s := listen.YourWord(w); s != "" {
				words[j] = s
			}
		}
		words = strings.Fields(listen.Proper(strings.Join(words, " "), answerNames(text)))
		for j, w := range words {
			if a, ok := acronyms[w]; ok {
				words[j] = a
			}
		}
		properPlaces(words)
		return strings.Join(words, " ")
	}
	return ""
}

// ownNewsCongrats says the person's good news back before being glad about
// it, or gives "" when it cannot be said back.
func ownNewsCongrats(text string) string {
	p := ownNewsPhrase(text)
	if p == "" {
		return ""
	}
	return strings.ReplaceAll(pick(text, []string{
		"Congratulations on {p} — that's brilliant news! You must be so pleased.",
		"Well done on {p}, that's brilliant! I hope you get to celebrate a little.",
	}), "{p}", p)
}

// newsKindOfWords reports whether words, a clause without its subject,
// tell news ("got the job", "passed my test").
func newsKindOfWords(words []string) bool {
	return newsKindOf(" "+strings.ReplaceAll(strings.Join(words, " "), "'", "")+" ") != newsNone
}

// ownSubjects are the person as the subject of their own news.
var ownSubjects = wordset.Of(`i we ive i've weve we've id i'd`)

// properPlaces capitalises the places the timezone lists know after a
// word that leads to one: "getting into oxford" is "getting into Oxford".
func properPlaces(f []string) {
	for i := 1; i < len(f); i++ {
		if !placeLeads[f[i-1]] {
			continue
		}
		for n := min(3, len(f)-i); n >= 1; n-- {
			if places.Known(strings.Join(f[i:i+n], " ")) {
				for k := i; k < i+n; k++ {
					f[k] = upFirstLetter(f[k])
				}
				break
			}
		}
	}
}
