package compose

import (
	"strings"
	"testing"
)

// TestNewbornGreetedByName checks that a baby's name, however it is told,
// is said in the congratulations, and that a name with no birth told is
// never taken for a baby's.
func TestNewbornGreetedByName(t *testing.T) {
	for _, tt := range []struct{ name, text, baby string }{
		{"Marta", "my sister marta had a baby boy, Oskar, early this morning", "Oskar"},
		{"Hal", "hal and his husband welcomed their daughter yesterday, they called her Iris", "Iris"},
		{"Bea", "congrats for bea, she gave birth on friday. the baby's name is Juno", "Juno"},
		{"Tam", "tam's little girl was born last night, a baby girl named poppy", "Poppy"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		if o != Congrats {
			t.Errorf("%q read as %s, want congratulations", tt.text, o)
		}
		if !strings.Contains(d, tt.baby) {
			t.Errorf("draft for %q lacks %s: %q", tt.text, tt.baby, d)
		}
	}
	for _, text := range []string{
		"my friend Ada got a new job at the library, her manager is Cleo",
		"write to Sol, his daughter's name is Mina and she just started school",
	} {
		if n := newbornOf(text); n != "" {
			t.Errorf("newbornOf(%q) = %q, want no baby", text, n)
		}
	}
}

// A new baby's name said after a comma or a dash ("a boy, Felix", "baby
// girl - named Ines") is what the baby is called, glad of it, never
// something the parents did; a child told by whose they are keeps out.
func TestBabyNameAfterComma(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"my cousin had her baby last night!! a boy, Felix, 8lbs", "Felix"},
		{"they had a baby girl - named Ines", "Ines"},
		{"a little girl! called Marisol", "Marisol"},
	} {
		d := Write(Spec{Occasion: Congrats, Name: "Rosa", Details: Parse(tc.text, "Rosa", Congrats)})
		if !strings.Contains(d, tc.name+" is such") || strings.Contains(d, "you named") || strings.Contains(d, "you called") {
			t.Errorf("draft from %q = %q, want %s said as the baby's name", tc.text, d, tc.name)
		}
	}
	for _, text := range []string{"their boy, Sam, started school", "it's a boy, finally"} {
		for _, d := range Parse(text, "Rosa", Congrats) {
			if strings.HasPrefix(d.Text, "named:") {
				t.Errorf("%q read as a baby's name: %q", text, d.Text)
			}
		}
	}
}
