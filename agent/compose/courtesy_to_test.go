package compose

import (
	"strings"
	"testing"
)

// TestCourtesySaidToThem checks that a thanks, a sorry or well done typed
// as said to the recipient reads as that occasion, with what it is for
// kept and whom it is to left out.
func TestCourtesySaidToThem(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       Occasion
		has        string
	}{
		{"Lorcan", "massive thanks to lorcan for fixing my bike", Thanks, "fixing my bike"},
		{"Ines", "apologies to Ines for missing the school play", Apology, "missing the school play"},
		{"Priti", "well done to my niece priti for passing her piano exam", Congrats, "passing your piano exam"},
	} {
		d, o := draftOf(c.text, c.name, TieFriend)
		if o != c.want {
			t.Errorf("%q read as %q, want %q", c.text, o, c.want)
		}
		if !strings.Contains(d, c.has) || strings.Contains(strings.ToLower(d), " to "+strings.ToLower(c.name)+" ") {
			t.Errorf("%q drafted as %q, want %q said to them", c.text, d, c.has)
		}
	}
	if got := courtesyToName("i want to say sorry to my dad for the row", "Dad"); got != "i want to say sorry for the row" {
		t.Errorf("courtesyToName kept the sorry twice or the name: %q", got)
	}
}
