package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// ackMax is the longest acknowledgement, in bytes: two short sentences.
const ackMax = 200

// Acknowledge answers a reflection answer in a sentence or two that shows
// it was heard. A step the person names ("call her this sunday") is said
// back as a step; a disclosure (a death, an illness, a breakup, "I don't
// tell people when I'm struggling") is answered as a person would, and a
// feeling named ("that sounds like it stung a bit"); then the people named
// in answer to a "who" question; else the answer's point,
// said back in _italics_ as a whole clause in the second person, fillers
// ("lol", "idk", "tbh") left out. Unsure answers ("idk") get a kind,
// non-judging line. The result is at most ackMax bytes; variant picks among
// phrasings.
func Acknowledge(q Question, answer string, variant int) string {
	return acknowledgeIn(q, answer, nil, variant)
}

// acknowledgeIn is Acknowledge for an answer given after earlier ones: a
// name an earlier answer said ("my friend kai") is who a later one means
// ("thank kai properly").
func acknowledgeIn(q Question, answer string, earlier []string, variant int) string {
	answer, earlier = plainGrammar(answer), plainAnswers(earlier)
	return withPeopleNamed(q, answer, earlier, acknowledgeAnswer(q, answer, earlier, variant))
}

// hearing is one reflection answer being acknowledged, as the stages of
// acknowledgeAnswer read it: the question and its kind, the answer (an
// opening hedge or retraction taken off, a leading pronoun named) and its
// folded form, the earlier answers, the people it names as the question's
// kind reads them, whom it tells of losing (listen.Lost), and the variant.
type hearing struct {
	q       Question
	answer  string
	folded  string
	earlier []string
	cat     int
	names   []string
	lost    string
	v       int
}

// acknowledgeAnswer is acknowledgeIn before the people an answer to a
// question asking who are made sure of. The stages are tried in order,
// the first that hears the answer saying it: a gap since the last real
// talk or feeling understood, an answer with little in it,
// a point of a known class, what the answer tells of (a step, a limit, a
// moment), the point it makes, a disclosure, a feeling, and last the
// answer's own words.
func acknowledgeAnswer(q Question, answer string, earlier []string, variant int) string {
	answer = strings.TrimSpace(strings.ToValidUTF8(answer, ""))
	if line := gapAck(q, answer, earlier, variant); line != "" {
		// "at dad's funeral. we haven't talked since", "cant remember the
		// last time": the gap, before an unsure opening is cut.
		return line
	}
	answer = afterUnsure(resolveLead(afterRetraction(answer), earlier))
	h := &hearing{q: q, answer: answer, folded: foldText(answer), earlier: earlier, cat: questionKind(q.Text), v: max(variant, 0)}
	if line, ok := h.littleSaid(); ok {
		return line
	}
	if line, ok := h.classPoint(); ok {
		return line
	}
	h.names = h.namesAsked()
	h.lost = listen.Lost(answer, h.names)
	for _, stage := range []func() (string, bool){h.toldOf, h.pointMade, h.disclosure, h.feelingRead} {
		if line, ok := stage(); ok {
			return line
		}
	}
	return h.ownWords()
}

// namesAsked are the names in the answer and the earlier ones, read as the
// question's kind reads them: surer at a question asking who, and a
// lowercase word where a person goes in a step.
func (h *hearing) namesAsked() []string {
	all := append(slices.Clone(h.earlier), h.answer)
	switch h.cat {
	case qkWho:
		return answerNamesAt(whoNameSure, all...)
	case qkStep:
		// "reply to jakob properly": a lowercase word where a person
		// goes in a step is a name.
		return stepNames(all...)
	}
	return answerNames(all...)
}

// nothingGraver reports an answer that tells of no loss and nothing
// weightier (an illness, a breakup, missing someone) than the point a
// stage would name.
func (h *hearing) nothingGraver() bool {
	return h.lost == "" && !reWeightier.MatchString(h.folded)
}
