package agent_test

import (
	"os"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// stanceKind sorts a stance by what it says first: yes, no, or other.
func stanceKind(stance string) string {
	s := strings.ToLower(stance)
	switch {
	case s == "":
		return "none"
	case strings.HasPrefix(s, "yes"), strings.HasPrefix(s, "often, yes"), strings.HasPrefix(s, "it can be"), strings.HasPrefix(s, "they can"):
		return "yes"
	case strings.HasPrefix(s, "no"), strings.HasPrefix(s, "not "), strings.HasPrefix(s, "not:"), strings.HasPrefix(s, "not,"),
		strings.HasPrefix(s, "better not"), strings.HasPrefix(s, "better wait"), strings.HasPrefix(s, "rarely"):
		return "no"
	}
	return "other"
}

// stanceSlack is how many questions of stances.tsv may open with a stance
// they cannot take: "do i have to start the plan over if i skip a day" is
// worded most like "can i start the plan on any day" and gets its "Yes.",
// since "start … over" is not read as starting again.
const stanceSlack = 1

// TestStancesAnswerTheQuestion asks yes-or-no questions of our own wording
// (testdata/answers/stances.tsv) and checks that a stance, when an answer
// opens with one, is one the question can take: a stance borrowed from
// another question of the section, or said about the other person's act,
// answers something else.
func TestStancesAnswerTheQuestion(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/answers/stances.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n, with, wrong := 0, 0, 0
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q, kinds, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		n++
		a := agent.ComposeAnswer(kb, q)
		k := stanceKind(a.Stance)
		if k != "none" {
			with++
		}
		if !strings.Contains(","+kinds+",", ","+k+",") {
			wrong++
			t.Logf("%q opens with %q (%s), want one of %s", q, a.Stance, k, kinds)
		}
	}
	t.Logf("%d of %d questions open with a stance, %d of them one the question cannot take", with, n, wrong)
	if wrong > stanceSlack {
		t.Errorf("%d questions open with a stance they cannot take, want at most %d", wrong, stanceSlack)
	}
}
