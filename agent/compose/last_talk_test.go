package compose

import (
	"strings"
	"testing"
)

// TestLastTalkKept keeps when the two last talked, said in the request,
// as a line of the draft in the second person.
func TestLastTalkKept(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"we haven't spoken since her graduation in 2019", "Nell", "since your graduation in 2019"},
		{"i havent seen him since we moved out of leeds in 2012", "Omar", "when we moved out of leeds in 2012"},
		{"we have not really talked since his fortieth last year", "Piet", "since your fortieth last year"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := Write(Spec{Occasion: Reconnect, Name: tc.name, Details: Parse(tc.text, tc.name, Reconnect)})
			if !strings.Contains(got, tc.want) {
				t.Errorf("draft %q lacks %q", got, tc.want)
			}
		})
	}
}

// TestRememberedYearsInWords says how many years since a death however
// the count is written.
func TestRememberedYearsInWords(t *testing.T) {
	for _, n := range []string{"six", "seven", "eight", "nine", "twelve"} {
		text := "it's " + n + " years since my friend's mum died"
		got := Write(Spec{Occasion: Condolence, Name: "Rhea", Details: Parse(text, "Rhea", Condolence)})
		if !strings.Contains(got, n+" years") {
			t.Errorf("draft for %q lacks %q: %q", text, n+" years", got)
		}
	}
}

// TestRelationBesideName reads who the recipient is, set between commas
// beside their name, as them rather than a detail of its own.
func TestRelationBesideName(t *testing.T) {
	got := relationBesideName("my husband's old boss, Gordon, lent us his van", "Gordon")
	if want := "my husband's old boss Gordon lent us his van"; got != want {
		t.Errorf("relationBesideName = %q, want %q", got, want)
	}
}

// TestRelationFromBesideName leaves out a relation said with where it
// comes from, so that the name stays the one who did it.
func TestRelationFromBesideName(t *testing.T) {
	got := relationBesideName("my coach from the climbing gym, Dario, spotted me all winter", "Dario")
	if want := "Dario spotted me all winter"; got != want {
		t.Errorf("relationBesideName = %q, want %q", got, want)
	}
}
