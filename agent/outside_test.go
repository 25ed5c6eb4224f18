package agent_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// outsideCase is one line of testdata/outside: a message sent with no flow
// running, and what its reply must and must not say.
type outsideCase struct {
	kind, text    string
	must, mustNot [][]string
	line          int
}

// readOutside reads a testdata/outside file (its format is described at
// the top of tune.tsv).
func readOutside(t *testing.T, path string) []outsideCase {
	t.Helper()
	var cases []outsideCase
	for _, r := range readTSVRows(t, path, 4) {
		f := r.f
		if !outsideKinds[f[0]] {
			t.Fatalf("%s:%d: unknown kind %q", path, r.line, f[0])
		}
		cases = append(cases, outsideCase{kind: f[0], text: f[1], must: phraseGroups(f[2]), mustNot: phraseGroups(f[3]), line: r.line})
	}
	return cases
}

// outsideKinds are the kinds of message a testdata/outside file may hold.
var outsideKinds = map[string]bool{"low": true, "chat": true, "news": true, "change": true}

// declineWords show a reply that turned the message down or answered it
// from the guide instead of answering the person.
var declineWords = []string{"the guide", "doesn't cover", "from the guide", "can't help", "outside what", "beyond what",
	"i didn't catch", "not sure what you mean"}

// outsideProblems plays c to a new person and returns what is wrong with
// the reply, by kind of problem ("" when nothing is).
func outsideProblems(t *testing.T, c outsideCase) []string {
	return outsideProblemsFor(newHarness(t), "alex", c)
}

// outsideProblemsFor is outsideProblems for a person new to h, so that
// many cases can share one harness.
func outsideProblemsFor(h *harness, person string, c outsideCase) []string {
	h.send(person, "hi", "")
	rs := h.send(person, c.text, "")
	var text strings.Builder
	var choices []agent.Choice
	for _, r := range rs {
		text.WriteString(r.Text + "\n")
		choices = append(choices, r.Choices...)
	}
	low := strings.ToLower(text.String())
	var bad []string
	for _, w := range declineWords {
		if strings.Contains(low, w) {
			bad = append(bad, "declined or quoted the guide")
			break
		}
	}
	for _, g := range c.must {
		if !containsAny(low, g) {
			bad = append(bad, "did not say what it must")
		}
	}
	for _, g := range c.mustNot {
		if containsAny(low, g) {
			bad = append(bad, "said what it must not")
		}
	}
	if n := len(strings.Fields(c.text)); n >= 5 && strings.Contains(low, strings.ToLower(c.text)) {
		bad = append(bad, "parroted the message")
	}
	switch c.kind {
	case "low":
		if !strings.Contains(low, "?") {
			bad = append(bad, "left no room to say more")
		}
		if len(choices) == 0 || len(choices) > 3 {
			bad = append(bad, "offered no gentle step, or a whole menu")
		}
		if len(rs) != 1 || len(text.String()) > 420 {
			bad = append(bad, "too long")
		}
	case "news":
		if len(rs) != 1 || len(text.String()) > 420 {
			bad = append(bad, "too long")
		}
		if len(choices) > 3 {
			bad = append(bad, "showed a menu")
		}
	case "change":
		if len(choices) == 0 || len(choices) > 3 {
			bad = append(bad, "offered no step that fits, or a whole menu")
		}
		if len(rs) != 1 || len(text.String()) > 420 {
			bad = append(bad, "too long")
		}
	case "chat":
		if len(rs) != 1 || len(text.String()) > 240 {
			bad = append(bad, "too long")
		}
		if len(choices) > 2 {
			bad = append(bad, "showed a menu")
		}
	}
	return bad
}

func containsAny(s string, alts []string) bool {
	for _, a := range alts {
		if strings.Contains(s, strings.ToLower(strings.TrimSpace(a))) {
			return true
		}
	}
	return false
}

// TestOutsideTune holds every low feeling and every bit of small talk of
// testdata/outside/tune.tsv to its reply's checks.
func TestOutsideTune(t *testing.T) {
	for _, c := range readOutside(t, "testdata/outside/tune.tsv") {
		t.Run(fmt.Sprintf("%d", c.line), func(t *testing.T) {
			if bad := outsideProblems(t, c); len(bad) > 0 {
				t.Errorf("%s %q: %s", c.kind, c.text, strings.Join(bad, ", "))
			}
		})
	}
}

// TestHeldoutOutside reports how many held-out messages get a reply that
// passes every check, by kind of message and kind of problem, never by
// wording, and holds a floor under the figure.
func TestHeldoutOutside(t *testing.T) {
	cases := readOutside(t, "testdata/outside/heldout.tsv")
	pass := map[string]int{}
	total := map[string]int{}
	problems := map[string]int{}
	for _, c := range cases {
		total[c.kind]++
		bad := outsideProblems(t, c)
		if len(bad) == 0 {
			pass[c.kind]++
		}
		for _, b := range bad {
			problems[b]++
		}
	}
	all := 0
	for _, k := range []string{"low", "chat"} {
		all += pass[k]
		t.Logf("held-out %s: %d/%d pass", k, pass[k], total[k])
	}
	t.Logf("held-out all: %d/%d = %.2f; problems by kind: %v", all, len(cases), float64(all)/float64(len(cases)), problems)
	// Measured 13/20; the floor only catches a change that loses ground.
	if got := float64(all) / float64(len(cases)); got < 0.6 {
		t.Errorf("held-out outside a flow %.2f, want at least 0.60", got)
	}
}
