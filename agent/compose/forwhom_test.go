package compose

import (
	"strings"
	"testing"
)

// TestForWhomThenWhat checks that a request naming whom a message is for
// and what it is for with the same word keeps what it is for.
func TestForWhomThenWhat(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Colm", "a thank you card for my uncle Colm for the loan of his ladder", "ladder"},
		{"Sade", "congrats message for Sade on her new bakery", "bakery"},
		{"Mum", "a little thank you note for mum for the birthday parcel", "parcel"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		if !strings.Contains(d, tt.want) {
			t.Errorf("draft for %q (%s) lacks %q: %q", tt.text, o, tt.want, d)
		}
	}
	if got := whomAsTo("a note for my friend for no reason"); got != "a note to my friend for no reason" {
		t.Errorf("whomAsTo = %q", got)
	}
	if got := whomAsTo("something for the group to read"); got != "something for the group to read" {
		t.Errorf("whomAsTo changed a message with no second for: %q", got)
	}
}
