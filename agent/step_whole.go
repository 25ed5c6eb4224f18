package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A step the person names can leave out what it is for: "tell dayo",
// "ask priya on friday". Said back as it is, it is a fragment ("One small
// step, in your own words: tell Dayo."). What to tell them is often in an
// earlier answer, to what they would like someone to know: then the step
// says it ("tell Dayo he matters"). Otherwise the step is offered as what
// it is, a message to write, with a draft or a reminder.

// contentVerbs are step verbs that want what is told or asked after who.
var contentVerbs = map[string]string{"tell": "tell", "ask": "ask", "talk": "tell", "speak": "tell"}

// wholeStep is the next step's text for s when s names who and the verb
// but not what: with what an earlier answer would like them to know, or
// as an offer. ok is false when s is whole already.
func wholeStep(j Journey, answers []string, s listen.Step, names []string) (string, bool) {
	verb := contentVerbs[strings.Fields(strings.ToLower(s.Phrase))[0]]
	if verb == "" {
		return "", false
	}
	rest := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s.Phrase), s.When))
	i := strings.Index(strings.ToLower(rest), strings.ToLower(s.With.Ref))
	if i < 0 || strings.TrimSpace(strings.Trim(rest[i+len(s.With.Ref):], ".,!? ")) != "" {
		return "", false
	}
	when := ""
	if s.When != "" {
		when = " " + s.When
	}
	who := s.With.Ref
	if verb == "tell" {
		for k, q := range j.Questions {
			if k >= len(answers) || questionKind(q.Text) != qkMeaning {
				continue
			}
			heard := meaningHeard(q, answers[k], names, summaryLine)
			if _, what, ok := strings.Cut(heard, " to know "); ok {
				return ownStep + "tell " + who + " " + strings.TrimSuffix(what, ".") + when + ".", true
			}
		}
	}
	offer := ""
	switch draft, remind := s.With.Named, remindable(s.When) && s.Verb != ""; {
	case draft && remind:
		offer = " I can help you put it into words, or remind you" + when + "."
	case draft:
		offer = " I can help you put it into words."
	case remind:
		offer = " I can remind you" + when + "."
	}
	if verb == "ask" {
		return "One small step: a message to " + who + when + ", asking what you had in mind." + offer, true
	}
	return "One small step: a message to " + who + when + ", telling them what's on your mind." + offer, true
}
