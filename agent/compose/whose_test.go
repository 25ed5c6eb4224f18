package compose

import (
	"strings"
	"testing"
)

// TestTheirsStaysTheirs checks that something of a third person's, named
// in a clause after that person, is not given to the recipient: her dad's
// boat is no "your boat".
func TestTheirsStaysTheirs(t *testing.T) {
	for _, tt := range []struct{ name, text, want, bad string }{
		{"Lena", "write to lena, her father died in may. we used to sail on his boat every easter", "your father's boat", "your boat"},
		{"Jon", "message jon, his wife passed away. i always loved her paintings", "your wife's paintings", "your paintings"},
		{"Ada", "my friend ada, her brother is very ill. we went to his wedding in june", "your brother's wedding", "your wedding"},
	} {
		d, _ := draftOf(tt.text, tt.name, TieFriend)
		if !strings.Contains(d, tt.want) || strings.Contains(d, tt.bad) {
			t.Errorf("draft for %q = %q, want %q and never %q", tt.text, d, tt.want, tt.bad)
		}
	}
	// The recipient's own pronouns stay theirs.
	if got := recipientGender("tell my sister Bea her flat looks great", "Bea"); got != "f" {
		t.Errorf("recipientGender = %q, want f", got)
	}
	if got := recipientGender("write to Kit, my dad said he misses him", "Kit"); got != "" {
		t.Errorf("recipientGender = %q, want nothing known: the he after my dad is the dad's", got)
	}
}

// TestHerAsObject checks that "her" said as who was called something or is
// owed something becomes "you", not "your".
func TestHerAsObject(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"i labelled her lazy, which was unfair", "you lazy"},
		{"she lent me her car and i owe her big time", "owe you big time"},
		{"i'll make her something nice", "make you something"},
	} {
		if got := secondPerson(tt.in, "Zoe", false); !strings.Contains(got, tt.want) {
			t.Errorf("secondPerson(%q) = %q, want %q in it", tt.in, got, tt.want)
		}
	}
}
