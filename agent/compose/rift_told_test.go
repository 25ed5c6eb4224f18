package compose

import (
	"strings"
	"testing"
)

// A row told as something that happened ("there was a big fight over the
// will", "there were a few arguments about the house sale", "we had words")
// is background that keeps the draft quiet: never said back, and no
// cheerful opening.
func TestRiftToldAsHappened(t *testing.T) {
	for _, text := range []string{
		"there was a big fight over the will",
		"there were a few arguments about the house sale",
		"we had words at the barbecue",
	} {
		ds := Parse(text, "Nico", Reconnect)
		rift := false
		for _, d := range ds {
			rift = rift || d.Kind == Rift
		}
		if !rift {
			t.Errorf("Parse(%q) = %+v, want a rift", text, ds)
			continue
		}
		d := Write(Spec{Occasion: Reconnect, Name: "Nico", Tie: TieFamily, Details: ds})
		first, _, _ := strings.Cut(d, ".")
		if strings.Contains(first, "!") || strings.Contains(strings.ToLower(d), "fight") || strings.Contains(strings.ToLower(d), "argument") || strings.Contains(strings.ToLower(d), "words at") {
			t.Errorf("draft after %q = %q, want a calm opening and no row said back", text, d)
		}
	}
}
