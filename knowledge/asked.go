package knowledge

import (
	"embed"
	"strings"
)

// The question sets the answers are measured on are questions people ask,
// each labelled with the sections that answer it: examples of how people
// word what a section is for, in more ways than any section lists. The
// matcher learns from them as it does from the listed questions, one
// example for each section a question names. Learning from some batches
// and measuring the next one showed what they add on wordings nobody
// tuned on (TestAskedQuestionsAcrossBatches in the agent package). The
// held-out set is not among them and never may be: it is only measured.

// askedFS holds the labelled question sets the matcher learns from.
//
//go:embed testdata/questions/tune.tsv testdata/questions/fresh.tsv testdata/questions/fresh2.tsv testdata/questions/fresh3.tsv testdata/questions/fresh4.tsv testdata/questions/fresh5.tsv testdata/questions/fresh6.tsv testdata/questions/fresh7.tsv testdata/questions/fresh8.tsv testdata/questions/fresh9.tsv testdata/questions/fresh10.tsv testdata/questions/fresh11.tsv testdata/questions/fresh12.tsv testdata/questions/fresh16.tsv
var askedFS embed.FS

// QuestionSets are the names of the built-in labelled question sets, in
// the order they were written.
var QuestionSets = []string{"tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh16"}

// askedExamples returns one example for each section a question of the
// named sets says answers it, skipping ids the loaded guide does not have
// (a guide of one's own that replaces the built-in one). A question the
// guide does not cover ("-") teaches nothing here.
func askedExamples(names []string, byID map[string]int) []example {
	var out []example
	eachAsked(names, func(q, ids string) {
		for _, id := range strings.Split(ids, ",") {
			if i, ok := byID[strings.TrimSpace(id)]; ok {
				out = append(out, example{sec: int32(i), text: q, asked: true})
			}
		}
	})
	return out
}

// eachAsked calls fn with each question of the named sets and the ids of
// the sections that answer it ("-" for none), both trimmed. Only the names
// in QuestionSets are embedded (Load checks them); others are skipped.
func eachAsked(names []string, fn func(q, ids string)) {
	for _, name := range names {
		data, err := askedFS.ReadFile("testdata/questions/" + name + ".tsv")
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if q, ids, ok := strings.Cut(line, "\t"); ok {
				fn(strings.TrimSpace(q), strings.TrimSpace(ids))
			}
		}
	}
}
