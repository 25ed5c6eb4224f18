package compose

import (
	"strings"
	"testing"
)

// TestNewsToldFirstHand holds news the writer was told by the person
// themselves: congratulated as it is, never framed as heard, in every
// variant; news learnt from someone else may still be said as heard.
func TestNewsToldFirstHand(t *testing.T) {
	for _, tc := range []struct{ said, name string }{
		{"my flatmate ines just got her masters", "Ines"},
		{"ola got his green card yesterday", "Ola"},
		{"tunde earned his pilot's licence", "Tunde"},
	} {
		said := tc.said
		ds := Parse(said, tc.name, Congrats)
		for v := 0; v < 3; v++ {
			d := Write(Spec{Occasion: Congrats, Details: ds, Variant: v})
			if strings.Contains(d, "I heard") {
				t.Errorf("%q, variant %d: told first hand, said as heard: %s", said, v, d)
			}
			if !strings.Contains(d, "Congratulations on your ") {
				t.Errorf("%q, variant %d: the thing got is not congratulated: %s", said, v, d)
			}
		}
	}
	ds := Parse("his sister told me kofi passed his bar exam", "Kofi", Congrats)
	heard := false
	for v := 0; v < 3; v++ {
		heard = heard || strings.Contains(Write(Spec{Occasion: Congrats, Details: ds, Variant: v}), "I heard")
	}
	if !heard {
		t.Errorf("news told by someone else is never said as heard")
	}
}

// TestGladSaidOnce holds a congratulation that says it is glad only once.
func TestGladSaidOnce(t *testing.T) {
	ds := Parse("apparently my cousin lena got into art school", "Lena", Congrats)
	for v := 0; v < 3; v++ {
		d := Write(Spec{Occasion: Congrats, Details: ds, Variant: v})
		if strings.Count(strings.ToLower(d), "happy for you") > 1 {
			t.Errorf("variant %d says it twice: %s", v, d)
		}
	}
}
