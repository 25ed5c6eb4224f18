package compose

import (
	"strings"
	"testing"
)

// What the recipient is like, told so the draft suits them, is never said
// back to them as news; a detail beside it still is.
func TestTraitIsForTheWriting(t *testing.T) {
	for _, c := range []struct {
		text, keep string
	}{
		{"hes kind of old school so not too casual", ""},
		{"she's quite shy so nothing too loud", ""},
		{"theyre pretty private people", ""},
		{"he's not much of a texter but we used to go fishing every summer", "fishing"},
		{"she's a bit sensitive at the moment, her mum is in hospital", "hospital"},
	} {
		d := Write(Spec{Occasion: Reconnect, Name: "Ola", Details: Parse(c.text, "Ola", Reconnect)})
		low := strings.ToLower(d)
		for _, trait := range []string{"old school", "shy", "private", "texter", "sensitive"} {
			if strings.Contains(c.text, trait) && strings.Contains(low, trait) {
				t.Errorf("%q: the trait %q is said back: %s", c.text, trait, d)
			}
		}
		if c.keep != "" && !strings.Contains(low, c.keep) {
			t.Errorf("%q: the detail %q is lost: %s", c.text, c.keep, d)
		}
	}
}
