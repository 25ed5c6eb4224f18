package compose

import (
	"strings"
	"testing"
)

// TestSorryForForgottenBirthday checks that a forgotten birthday the
// person wants to say sorry for is an apology, and a late wish asked for
// stays a birthday.
func TestSorryForForgottenBirthday(t *testing.T) {
	for _, text := range []string{
		"i completely forgot my cousin's birthday, i need to apologise",
		"i missed my flatmate's birthday yesterday and want to make it up to her",
	} {
		if o := DetectOccasion(text); o != Apology {
			t.Errorf("DetectOccasion(%q) = %s, want an apology", text, o)
		}
	}
	if o := DetectOccasion("i forgot my aunt's birthday, help me send a belated one"); o != Birthday {
		t.Errorf("a late wish asked for reads as %s", o)
	}
	d, _ := draftOf("i forgot Milo's birthday on friday and i want to apologise", "Milo", TieFriend)
	if low := strings.ToLower(d); !strings.Contains(low, "sorry") || strings.Contains(low, "happy belated") || strings.Contains(low, "wonderful day") {
		t.Errorf("draft = %q, want an apology for the birthday", d)
	}
}

// TestSorryLeadTold checks that a sorry typed before what it is for, on
// its own, keeps what it is for as the apology's reason.
func TestSorryLeadTold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"really sorry i skipped her leaving drinks", "your leaving drinks"},
		{"im sorry i forgot his anniversary", "your anniversary"},
	} {
		ds := Parse(tt.in, "Bo", Apology)
		if len(ds) == 0 || ds[0].Kind != Sorry || !strings.Contains(ds[0].Text, tt.want) {
			t.Errorf("Parse(%q) = %+v, want a sorry for %q", tt.in, ds, tt.want)
		}
	}
}
