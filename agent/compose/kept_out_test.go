package compose

import (
	"strings"
	"testing"
)

// TestNotesForTheWriterStayOut checks that what is said for the companion
// (where the news was learnt, a rule for the writing, a joke offered as an
// excuse, a sum asked to be left out) never reaches the draft.
func TestNotesForTheWriterStayOut(t *testing.T) {
	for _, c := range []struct {
		name, text string
		out        []string
	}{
		{"Omar", "my old teammate Omar's wife died. i only saw it on facebook this morning", []string{"facebook", "saw it"}},
		{"Ilse", "my aunt Ilse lost her husband Karl. she's not religious so nothing about god please", []string{"religious", "god"}},
		{"Rory", "i need to apologise to Rory, i mocked his accent at the pub. it was only a joke", []string{"joke"}},
		{"Tess", "my sister Tess lent me £300 for the deposit, want to thank her but don't mention the amount", []string{"300"}},
		{"Nico", "my friend Nico is on a hiking trip this week, want to say hi. no emojis please", []string{"emoji"}},
	} {
		d, _ := draftOf(c.text, c.name, TieFriend)
		for _, o := range c.out {
			if strings.Contains(strings.ToLower(d), o) {
				t.Errorf("draft for %q says %q: %q", c.text, o, d)
			}
		}
	}
}
