package agent_test

import (
	"strings"
	"testing"
)

// TestDayStatementsInKind plays statements about the day that ask nothing
// and carry no word the rules know: each gets a short reply in its tone,
// never a guide paragraph, a decline or a menu; a loss is never met
// gladly, and a question is still answered as one.
func TestDayStatementsInKind(t *testing.T) {
	tests := []struct {
		text    string
		anyOf   []string // one of these must be in the reply
		mustNot []string
	}{
		{"grew my first ever pumpkin this year and it's huge", []string{"amazing", "lovely", "nice"}, []string{"sorry", "ugh"}},
		{"managed my first ever loaf of bread and it actually rose", []string{"amazing", "lovely", "nice"}, []string{"sorry", "hard"}},
		{"watched the fireworks from the roof last night 😍", []string{"amazing", "lovely", "nice"}, []string{"sorry", "ugh"}},
		{"the tram has been stuck between stops for half an hour", []string{"ugh", "annoying", "frustrating", "pain"}, []string{"amazing", "lovely"}},
		{"my coworker keeps hogging the meeting room all afternoon", []string{"ugh", "annoying", "frustrating", "pain", "slog"}, []string{"amazing", "lovely"}},
		{"my dog stole a whole sausage roll off the table 🙃", []string{"oh no", "ha", "oh dear"}, []string{"sorry to hear", "amazing"}},
		{"first easter without my grandma this year", []string{"sorry", "hard", "miss", "heavy"}, []string{"amazing", "lovely!", "nice one"}},
	}
	for _, tt := range tests {
		h := newHarness(t)
		h.send("kim", "hi", "")
		rs := h.send("kim", tt.text, "")
		if len(rs) != 1 {
			t.Errorf("%q: %d replies, want 1", tt.text, len(rs))
			continue
		}
		got := strings.ToLower(rs[0].Text)
		if !containsAny(got, tt.anyOf) {
			t.Errorf("%q → %q: says none of %q", tt.text, got, tt.anyOf)
		}
		for _, w := range append(tt.mustNot, "the guide", "can't help", "outside what") {
			if strings.Contains(got, w) {
				t.Errorf("%q → %q: says %q", tt.text, got, w)
			}
		}
		if len(rs[0].Choices) > 3 {
			t.Errorf("%q → a menu of %d choices", tt.text, len(rs[0].Choices))
		}
	}
}

// TestHelloWithNews answers what follows a hello ("hiya, back from the
// beach") in kind, with no menu, and never gladly when it went badly.
func TestHelloWithNews(t *testing.T) {
	tests := []struct {
		text    string
		mustNot []string
	}{
		{"hiya, back from a long weekend in the lakes", []string{"what would you like to do"}},
		{"hey there, grew my first ever courgette", []string{"what would you like to do", "sorry"}},
		{"morning! slept terribly last night", []string{"nice", "amazing", "lovely", "congrat", "well done"}},
		{"hey, just finished a long shift", []string{"congrat", "brilliant news", "amazing"}},
	}
	for _, tt := range tests {
		h := newHarness(t)
		h.send("lee", "hi", "")
		rs := h.send("lee", tt.text, "")
		var b strings.Builder
		choices := 0
		for _, r := range rs {
			b.WriteString(r.Text + "\n")
			choices += len(r.Choices)
		}
		got := strings.ToLower(b.String())
		for _, w := range tt.mustNot {
			if strings.Contains(got, w) {
				t.Errorf("%q → %q: says %q", tt.text, got, w)
			}
		}
		if !strings.Contains(got, "the guide") && choices > 2 {
			t.Errorf("%q → %q: a menu of %d choices", tt.text, got, choices)
		}
	}
}
