package agent_test

import (
	"strings"
	"testing"
)

// A length asked for with the kind of message ("a quick thanks", "a
// short apology", "a brief congrats") answers how it should feel: the
// feel question is not asked.
func TestLengthAskedWithTheKindAnswersTheFeel(t *testing.T) {
	for _, request := range []string{
		"could you write a quick thanks to my flatmate noor for the soup",
		"help me send a short thank-you to my coach for the extra session",
		"i want a brief congrats for my colleague amir, he passed his exams",
		"write my brother a quick sorry for missing his call",
	} {
		h := newHarness(t)
		text := allText(h.send("p", request, ""))
		if strings.Contains(text, "What feel do you want") {
			t.Errorf("%q: %q, want the feel taken as answered", request, text)
		}
	}
}
