package compose

import (
	"strings"
	"testing"
)

// TestNameGivenIsWelcomed checks that a new baby's or pet's name told on
// its own becomes a glad line with the name in capitals, and that other
// sentences with "called" or "name" are not read as one.
func TestNameGivenIsWelcomed(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"baby is called arjun", "Arjun"},
		{"the twins are called raj and anya", "Raj and Anya"},
		{"her little boy's name is oisin", "Oisin"},
		{"the puppy's name is biscuit!", "Biscuit"},
		{"oh and the kitten is named mochi", "Mochi"},
		{"their daughter is called zainab", "Zainab"},
	} {
		ds := Parse(c.in, "Priya", Congrats)
		if len(ds) != 1 || ds[0].Kind != Fact || ds[0].Text != "named:"+c.want {
			t.Errorf("Parse(%q) = %+v, want the name %q", c.in, ds, c.want)
			continue
		}
		got := Write(Spec{Occasion: Congrats, Name: "Priya", Tie: TieFriend, Details: ds})
		if !strings.Contains(got, c.want) || !strings.Contains(got, "name") {
			t.Errorf("%q: %q does not welcome the name", c.in, got)
		}
	}
	for _, in := range []string{"i was called a liar at work", "my dog is called max and he is sick", "what should the baby be called", "she named her shop after her gran"} {
		for _, d := range Parse(in, "Priya", Congrats) {
			if strings.HasPrefix(d.Text, "named:") {
				t.Errorf("Parse(%q) read a name given: %+v", in, d)
			}
		}
	}
}
