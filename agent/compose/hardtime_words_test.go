package compose

import (
	"strings"
	"testing"
)

// Hard news is named plainly: not the day it happened, not its
// paperwork, not how the writer heard it, and their worn-out state is not
// named back to them.
func TestHardNewsSaidPlainly(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  string
	}{
		{"Ivo", "ivo's redundancy got confirmed on friday", "about your redundancy", "friday"},
		{"Mae", "mae told me that her dad is back in hospital", "your dad is back in hospital", "told me"},
		{"Rui", "rui seems completely burnt out", "things have been a lot", "burnt out"},
		{"Ash", "ash had an operation yesterday", "you had an operation", "yesterday"},
	}
	for _, c := range cases {
		d := Write(Spec{Occasion: HardTime, Name: c.name, Details: Parse(c.text, c.name, HardTime)})
		if !strings.Contains(d, c.want) || strings.Contains(strings.ToLower(d), c.not) {
			t.Errorf("%q:\n%s\nwant %q, no %q", c.text, d, c.want, c.not)
		}
	}
}

// A day still to come is kept: it says when to think of them.
func TestHardNewsKeepsTheDayToCome(t *testing.T) {
	d := Write(Spec{Occasion: HardTime, Name: "Bo", Details: Parse("bo is having his gallbladder out on thursday", "Bo", HardTime)})
	if !strings.Contains(d, "Thursday") {
		t.Errorf("%s", d)
	}
}
