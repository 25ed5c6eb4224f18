package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// An answer to a question asking who may carry something heavier than
// who: a death ("dad. we havent really talked since mum died"), a call
// not picked up ("my sister called twice, i didnt pick up"). The
// acknowledgement answers the heavier thing first, and withPeopleNamed
// makes sure it still names the people the answer gave, so that who the
// person chose is heard too.

// withPeopleNamed is ack with a sentence naming the one or two people the
// answer to q names when ack, to a question asking who, names none of
// them; ack as it is otherwise.
func withPeopleNamed(q Question, answer string, earlier []string, ack string) string {
	if ack == "" || strings.Contains(ack, "_") || questionKind(q.Text) != qkWho {
		return ack
	}
	names := answerNames(append(slices.Clone(earlier), answer)...)
	lost := strings.ToLower(listen.Lost(answer, names))
	var refs []string
	low := strings.ToLower(ack)
	for _, m := range listen.Mentions(answer, names) {
		if strings.ToLower(m.Ref) == lost || strings.ToLower(m.Who) == lost {
			continue
		}
		if strings.Contains(low, strings.ToLower(m.Who)) || strings.Contains(low, strings.ToLower(strings.TrimPrefix(m.Ref, "your "))) {
			return ack
		}
		refs = append(refs, m.Ref)
	}
	if len(refs) == 0 || len(refs) > 2 {
		return ack
	}
	who := strings.Join(refs, " and ")
	line := upFirst(who) + " " + either(len(refs) == 1, "is", "are") + " in the picture, and that matters."
	if strings.Contains(strings.ToLower(q.Text), "closer") {
		line = upFirst(who) + " " + either(len(refs) == 1, "is a good person", "are good people") + " to start with."
	}
	if len(ack)+1+len(line) > ackMax {
		return ack
	}
	return ack + " " + line
}

// either is a when cond holds, else b.
func either(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}
