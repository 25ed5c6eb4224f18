package compose

import (
	"strings"
	"testing"
)

// TestHardTimeNotRecited holds a hard-time message that does not recite
// someone's troubles back to them: the first piece of news is said, the
// rest of how things are for them stays out, what is still ahead and a
// reassurance stay in, and a private person's trouble is not named at all.
func TestHardTimeNotRecited(t *testing.T) {
	for _, tc := range []struct {
		said, name string
		has, not_  []string
	}{
		{"my mate oskar got made redundant from the bank, he's got a mortgage and three kids. want to offer to look over his cv", "Oskar",
			[]string{"redundant", "CV"}, []string{"mortgage", "three kids"}},
		{"my friend lena is going through a rough patch, her dog died and she starts a new job on monday", "Lena",
			[]string{"rough", "new job"}, nil},
		{"my sister in law jo is having a miscarriage scare, she's quite private so i don't want to pry, maybe offer to have the kids", "Jo",
			[]string{"thinking about you"}, []string{"miscarriage"}},
		{"my colleague idris is off with stress, he shouldn't worry about the project at all", "Idris",
			[]string{"don't worry about the project"}, nil},
	} {
		d := Write(Spec{Occasion: HardTime, Name: tc.name, Details: Parse(tc.said, tc.name, HardTime)})
		for _, h := range tc.has {
			if !strings.Contains(d, h) {
				t.Errorf("%q: draft lacks %q: %s", tc.said, h, d)
			}
		}
		for _, n := range tc.not_ {
			if strings.Contains(strings.ToLower(d), n) {
				t.Errorf("%q: draft carries %q: %s", tc.said, n, d)
			}
		}
	}
}

// TestCalendarCapitals holds days and months written with their capital
// in the draft, however they were typed.
func TestCalendarCapitals(t *testing.T) {
	d := Write(Spec{Occasion: Apology, Name: "Lior", Details: Parse("i forgot lior's leaving drinks on thursday", "Lior", Apology)})
	if strings.Contains(d, "thursday") || !strings.Contains(d, "Thursday") {
		t.Errorf("day not capitalised: %s", d)
	}
}
