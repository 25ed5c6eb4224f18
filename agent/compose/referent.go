package compose

import (
	"regexp"
	"strings"
)

// A clause of the writer's that ends on "it" ("I'm flying home for it",
// "I can't wait for it") points at something said in another clause, often
// the occasion itself: said alone in the draft it points at nothing. The
// "it" is named when the occasion says what it is (their 90th, the
// wedding); otherwise news of the writer's is left out, while a feeling
// ("I feel terrible about it") is about what the message says and stays.

// danglingIt is a pronoun after a preposition at the end of a clause.
var danglingIt = regexp.MustCompile(`(?i)\b(for|to|at|about|before|after|till|until|towards|over|around|into) (it)([.!]*)$`)

// eventNews names an event in their news that "it" may stand for.
var eventNews = regexp.MustCompile(`(?i)\b(wedding|married|graduation|graduating|graduate|party|housewarming|christening|retirement|retiring|gig|show|exhibition|launch|recital|race|marathon|match|final)\b`)

// eventNoun is how an event in their news is named: "getting married" is
// the wedding.
var eventNoun = map[string]string{"married": "the wedding", "wedding": "the wedding", "graduation": "your graduation",
	"graduating": "your graduation", "graduate": "your graduation", "party": "the party", "housewarming": "the housewarming",
	"christening": "the christening", "retirement": "your retirement", "retiring": "your retirement", "gig": "the gig",
	"show": "the show", "exhibition": "the exhibition", "launch": "the launch", "recital": "the recital", "race": "the race",
	"marathon": "the marathon", "match": "the match", "final": "the final"}

// referent is what a dangling "it" in the draft stands for, from the
// occasion and the details; "" when nothing does.
func referent(o Occasion, ds []Detail) string {
	switch o {
	case Birthday:
		for _, d := range ds {
			if age, ok := strings.CutPrefix(d.Text, "age:"); ok && d.Kind == Fact {
				return "your " + ordinal(age)
			}
		}
		return "your birthday"
	}
	for _, d := range ds {
		if d.Kind != TheirNews && d.Kind != Plan {
			continue
		}
		if m := eventNews.FindStringSubmatch(d.Text); m != nil {
			return eventNoun[strings.ToLower(m[1])]
		}
	}
	return ""
}

// nameIt writes a clause of the writer's that ends on a dangling "it" with
// what it stands for; ok is false when the clause must be left out.
func nameIt(t, what string) (string, bool) {
	m := danglingIt.FindStringSubmatchIndex(t)
	if m == nil {
		return t, true
	}
	if what == "" {
		return "", false
	}
	return t[:m[4]] + what + t[m[5]:], true
}
