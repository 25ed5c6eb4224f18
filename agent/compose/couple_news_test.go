package compose

import (
	"strings"
	"testing"
)

// News told of the recipient and their partner, with "they" taking it up
// after a comma ("Tomas and his wife Ines, they bought a house"), is theirs
// together, the partner named; news told only by what it is ("a new
// job") is congratulated as theirs.
func TestCoupleNewsAndBareNews(t *testing.T) {
	d := Write(Spec{Occasion: Congrats, Name: "Tomas", Details: Parse("my nephew Tomas and his girlfriend Ines, they got engaged on a beach in Crete", "Tomas", Congrats)})
	if !strings.Contains(d, "Ines") || !strings.Contains(d, "engaged") {
		t.Errorf("draft = %q, want the engagement with Ines named", d)
	}
	for _, tc := range []struct{ text, want string }{
		{"need a message for a promotion", "Congratulations on your promotion!"},
		{"help me write something for an engagement", "Congratulations on your engagement!"},
	} {
		d := Write(Spec{Occasion: Congrats, Name: "Lena", Details: Parse(tc.text, "Lena", Congrats)})
		if !strings.Contains(d, tc.want) || strings.Contains(d, "happy a") {
			t.Errorf("draft from %q = %q, want %q", tc.text, d, tc.want)
		}
	}
}

// A shorter draft keeps what it asks of them: the question stays, the
// opening stays, and lines in between go first.
func TestShorterKeepsTheAsk(t *testing.T) {
	text := "i need to tell my flatmate Joss that i failed my driving test and im gutted. i just need him to come round tonight with pizza"
	d := Write(Spec{Occasion: Support, Name: "Joss", Length: "short", Details: Parse(text, "Joss", Support)})
	if !strings.Contains(d, "come round tonight") {
		t.Errorf("short draft = %q, want the ask kept", d)
	}
}
