package agent_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// shownDraft is the draft quoted in replies, or "".
func shownDraft(rs []agent.Reply) string {
	for _, r := range rs {
		if !r.Draft {
			continue
		}
		var lines []string
		for _, l := range strings.Split(r.Text, "\n") {
			if s, ok := strings.CutPrefix(l, "> "); ok {
				lines = append(lines, s)
			}
		}
		return strings.Join(lines, "\n")
	}
	return ""
}

func allText(rs []agent.Reply) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text + "\n")
	}
	return b.String()
}

// startHannah opens a draft to Hannah and returns the harness and the
// first draft.
func startHannah(t *testing.T) (*harness, string) {
	t.Helper()
	h := newHarness(t)
	h.send("alex", "/draft", "")
	h.send("alex", "Hannah, my best friend since we were 11", "")
	h.send("alex", "1", "")
	h.send("alex", "1", "")
	first := shownDraft(h.send("alex", "she moved to Leeds for a new job in September", ""))
	if first == "" {
		t.Fatal("no first draft")
	}
	return h, first
}

// TestReviewPlainRequests sends each plain-word request at the review
// step and checks the draft shown next really changed that way.
func TestReviewPlainRequests(t *testing.T) {
	tests := []struct {
		say   string
		check func(before, after string) bool
	}{
		{"more short please", func(b, a string) bool {
			return len(a) < len(b) && strings.Contains(a, "Leeds") && strings.Contains(a, "?")
		}},
		{"longer", func(b, a string) bool { return len(a) > len(b) }},
		{"bit warmer?", func(b, a string) bool { return len(a) > len(b) }},
		{"remove the exclamation mark", func(b, a string) bool { return !strings.Contains(a, "!") && a != b }},
		{"no exclamation marks", func(b, a string) bool { return !strings.Contains(a, "!") && a != b }},
		{"add a 🎉", func(b, a string) bool { return strings.Count(a, "🎉") == 1 }},
		{"put a heart emoji", func(b, a string) bool { return strings.Contains(a, "❤") }},
		{"it is ok but can you say I will visit her in december", func(b, a string) bool { return strings.Contains(a, "I'll visit you in December.") }},
		{"add that i'm sorry i missed her party", func(b, a string) bool { return strings.Contains(a, "I'm sorry I missed your party.") }},
		{"take out the bit about the job", func(b, a string) bool { return !strings.Contains(a, "job") && a != b }},
		{"start with good morning", func(b, a string) bool { return strings.HasPrefix(a, "Good morning") && strings.Contains(a, "Hannah") }},
		{"more formal", func(b, a string) bool { return strings.HasPrefix(a, "Dear Hannah") && !strings.Contains(a, "'") }},
		{"less like a robot", func(b, a string) bool { return a != b }},
		{"another one", func(b, a string) bool { return a != b && a != "" }},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			h, before := startHannah(t)
			rs := h.send("alex", tt.say, "")
			after := shownDraft(rs)
			if after == "" || !tt.check(before, after) {
				t.Errorf("%q not honoured\nbefore: %s\n after: %s\nreplies: %s", tt.say, before, after, allText(rs))
			}
		})
	}
}

// TestReviewAnotherNeverRepeats asks for another version until they run
// out: no draft comes back, and the person is told when none is left.
func TestReviewAnotherNeverRepeats(t *testing.T) {
	h, first := startHannah(t)
	shown := map[string]bool{first: true}
	h.send("alex", "no exclamation marks", "")
	usedUp := false
	for i := 0; i < 12; i++ {
		rs := h.send("alex", "another one", "")
		d := shownDraft(rs)
		if d == "" {
			if !regexp.MustCompile(`every version|no new version`).MatchString(allText(rs)) {
				t.Fatalf("another one %d: no draft and no word why: %s", i, allText(rs))
			}
			usedUp = true
			continue
		}
		if usedUp {
			t.Fatalf("another one %d: a draft after they were used up", i)
		}
		if shown[d] {
			t.Fatalf("another one %d repeats a draft already shown: %s", i, d)
		}
		if strings.Contains(d, "!") {
			t.Fatalf("another one %d forgot 'no exclamation marks': %s", i, d)
		}
		shown[d] = true
	}
	if !usedUp {
		t.Error("twelve versions and never used up")
	}
	if len(shown) < 3 {
		t.Errorf("only %d different drafts shown", len(shown))
	}
}

// TestReviewWordsAtTheStep: control words act, questions about the step
// get an answer, and what cannot be understood never gets the same line
// twice in a row.
func TestReviewWordsAtTheStep(t *testing.T) {
	h, first := startHannah(t)
	if rs := h.send("alex", "what do you mean?", ""); shownDraft(rs) != "" || !strings.Contains(allText(rs), "done") {
		t.Errorf("what do you mean: %s", allText(rs))
	}
	// "sound like me" asks for plainer, more personal words: a new
	// wording, never a lecture; "back" returns to the first draft.
	if rs := h.send("alex", "can you make it sound like me?", ""); shownDraft(rs) == "" || shownDraft(rs) == first {
		t.Errorf("sound like me: %s", allText(rs))
	}
	if prev := shownDraft(h.send("alex", "back", "")); prev != first {
		t.Errorf("back after sound like me gave %q, want the first draft", prev)
	}
	a, b := allText(h.send("alex", "blah blah", "")), allText(h.send("alex", "blah blah", ""))
	if a == b {
		t.Errorf("the same line twice: %s", a)
	}
	shorter := shownDraft(h.send("alex", "shorter", ""))
	if shorter == "" || len(shorter) >= len(first) {
		t.Fatalf("shorter: %q", shorter)
	}
	if prev := shownDraft(h.send("alex", "back", "")); prev != first {
		t.Errorf("back gave %q, want the first draft", prev)
	}
	if d := shownDraft(h.send("alex", "skip", "")); d == "" || d == first {
		t.Errorf("skip at the review step gave %q, want another version", d)
	}
	if rs := h.send("alex", "no", ""); !strings.Contains(allText(rs), "change") || shownDraft(rs) != "" {
		t.Errorf("no: %s", allText(rs))
	}
	rs := h.send("alex", "done", "")
	if !strings.Contains(allText(rs), "Here it is to copy") {
		t.Errorf("done: %s", allText(rs))
	}
}

// TestDoneWithNoNameReadsWell checks that finishing a draft to nobody by
// name does not leave a gap where the name would go.
func TestDoneWithNoNameReadsWell(t *testing.T) {
	h := newScenarioHarness(t)
	var last []agent.Reply
	for _, line := range []string{"/draft", "skip", "skip", "skip", "skip"} {
		last = h.send("noname", line, "")
		if shownDraft(last) != "" {
			break
		}
	}
	if shownDraft(last) == "" {
		t.Fatalf("no draft was shown: %s", allText(last))
	}
	got := allText(h.send("noname", "", "draft:done"))
	if !strings.Contains(got, "Here it is to copy") {
		t.Fatalf("done did not give the final copy: %s", got)
	}
	if strings.Contains(got, "I hope  ") || strings.Contains(got, "hope is ") {
		t.Errorf("the closing wish has an empty name: %s", got)
	}
}

// TestReviewTakesNewDetails sends, once a draft is on screen, something
// more about the recipient instead of a change: the draft is written again
// with it, rewritten to speak to them, and the words typed are not pasted.
func TestReviewTakesNewDetails(t *testing.T) {
	tests := []struct {
		start, detail string
		want          []string
		not           []string
	}{
		{"help me thank my friend ayo", "she came to see me every day when i was in hospital in march",
			[]string{"Thank", "hospital"}, []string{"she came"}},
		{"a thank you to my neighbour Bruno", "he carried my shopping up four floors when my leg was broken",
			[]string{"carrying my shopping"}, []string{"he carried"}},
	}
	for _, tt := range tests {
		t.Run(tt.start, func(t *testing.T) {
			h := newHarness(t)
			h.send("alex", tt.start, "")
			var first string
			for range 4 {
				if first = shownDraft(h.send("alex", "skip", "")); first != "" {
					break
				}
			}
			if first == "" {
				t.Fatal("no first draft")
			}
			after := shownDraft(h.send("alex", tt.detail, ""))
			for _, w := range tt.want {
				if !strings.Contains(after, w) {
					t.Errorf("draft after %q lacks %q:\n%s", tt.detail, w, after)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(strings.ToLower(after), w) {
					t.Errorf("draft after %q carries %q:\n%s", tt.detail, w, after)
				}
			}
		})
	}
}
