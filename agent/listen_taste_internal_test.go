package agent

import (
	"strings"
	"testing"
)

// TestTasteReplyNamesTheThing checks that a question about the
// companion's tastes is answered naming what it asks about, and that
// messages which only share a word or an "or" get no such answer.
func TestTasteReplyNamesTheThing(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"do u like chocolate", "chocolate"},
		{"do you even like football lol", "football"},
		{"what's ur fave band", "band"},
		{"mountains or beach? 🏔️", "mountains"},
		{"tea or coffee, im team coffee obviously", "team coffee"},
		{"would you rather have cake or pie", "cake"},
	} {
		got := tasteReply(tc.text, foldText(tc.text))
		if !strings.Contains(strings.ToLower(got), tc.want) {
			t.Errorf("%q: %q, want it to name %q", tc.text, got, tc.want)
		}
		if strings.Contains(got, "lol") {
			t.Errorf("%q: %q, a word of chat taken for the thing", tc.text, got)
		}
	}
	for _, text := range []string{
		"sooner or later i'll have to call her",
		"do you like it when people reply fast",
		"text or call, which is better for a birthday",
		"call or text? which is better",
		"my mum and dad",
		"would you ever drink whisky", // "ever" is no thing: the chat reply answers
	} {
		if got := tasteReply(text, foldText(text)); got != "" {
			t.Errorf("%q: %q, want no answer about tastes", text, got)
		}
	}
}
