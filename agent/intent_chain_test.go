package agent

import "testing"

// TestControlPhrasesInARow checks that control phrases of one kind said one
// after the other are read as that kind, and mixed kinds are not.
func TestControlPhrasesInARow(t *testing.T) {
	for text, want := range map[string]string{
		"never mind, forget it": IntentCancel,
		"nevermind forget it":   IntentCancel,
		"forget it. never mind": IntentCancel,
	} {
		if got := ParseIntent(text).Kind; got != want {
			t.Errorf("ParseIntent(%q) = %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{"yes no", "never mind, yes", "forget it i forgot her birthday"} {
		if got := ParseIntent(text).Kind; got == IntentCancel {
			t.Errorf("ParseIntent(%q) read as cancel", text)
		}
	}
}
