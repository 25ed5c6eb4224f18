package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A step the person named as "tell Dayo", with nothing after the name,
// leaves out the one thing that makes it a step: what to tell. The answer
// the reflection had to what they would like that person to know says it;
// with no such answer, the step says what the question was about.

// stepSaysWhat returns the phrase of step s with what to tell after the
// person, when s is a bare "tell" with no more than a time after who it is
// with; phrase unchanged otherwise.
func stepSaysWhat(j Journey, answers []string, s listen.Step) string {
	phrase := s.Phrase
	head := strings.TrimSpace(strings.TrimSuffix(phrase, s.When))
	verb, who, ok := strings.Cut(head, " ")
	if !ok || !strings.EqualFold(verb, "tell") || !strings.EqualFold(who, s.With.Ref) {
		return phrase
	}
	what := toldWhat(j, answers)
	if what == "" {
		what = "what " + meansTo(s.With) + " to you"
	}
	out := head + " " + what
	if s.When != "" {
		out += " " + s.When
	}
	return out
}

// toldWhat is the answer to the reflection's question on what the person
// would like someone to know, in the second person and ready to follow
// "tell Dayo": "that he was there for you last year", "how much you
// appreciate her". "" when no question asks it or it was left open.
func toldWhat(j Journey, answers []string) string {
	for i, q := range j.Questions {
		if i >= len(answers) || !reToKnow.MatchString(foldText(q.Text)) {
			continue
		}
		a := afterUnsure(strings.TrimSpace(answers[i]))
		if a == "" || lowContent(foldText(a)) {
			return ""
		}
		c := strings.TrimRight(listen.Clause(softenEcho(listen.Clean(a)), 90), ".!?;, ")
		if c == "" {
			return ""
		}
		c = strings.ToLower(c[:1]) + c[1:]
		if first, _, _ := strings.Cut(c, " "); !toldLead[first] {
			c = "that " + c
		}
		return c
	}
	return ""
}

// reToKnow is a reflection question asking what someone should know.
var reToKnow = mustPattern(`\b(?:like|want) (?:them|him|her) to know\b`)

// toldLead are first words of what to tell that follow "tell Dayo" as they
// are; any other gets "that" before it.
var toldLead = map[string]bool{"that": true, "how": true, "what": true, "why": true, "thanks": true,
	"thank": true, "sorry": true, "about": true}

// meansTo is how "what … means to you" speaks of the person: "she
// means", "he means", "they mean".
func meansTo(m listen.Mention) string {
	switch m.Gender {
	case 'f':
		return "she means"
	case 'm':
		return "he means"
	}
	return "they mean"
}
