package revise

import "testing"

// TestNoExclaimWordings reads every way of asking for no exclamation marks
// as that one change, and a wish for more of them as no such change.
func TestNoExclaimWordings(t *testing.T) {
	for _, text := range []string{"no !", "without exclamation points", "drop the exclamations", "less shouty",
		"it's a bit shouty", "take the !!! out", "too many exclamation marks"} {
		t.Run(text, func(t *testing.T) {
			r, ok := Parse(text)
			if !ok || r.Kind != NoExclaim {
				t.Errorf("Parse(%q) = %+v, %v, want a NoExclaim", text, r, ok)
			}
		})
	}
	for _, text := range []string{"add an exclamation mark", "more exclamation marks"} {
		if r, ok := Parse(text); ok && r.Kind == NoExclaim {
			t.Errorf("Parse(%q) = %+v, want no NoExclaim", text, r)
		}
	}
}
