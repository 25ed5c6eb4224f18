package compose

import (
	"strings"
	"testing"
)

// TestRememberedDeathIsNoNews checks that a death marked by its day (a
// year on, its anniversary, a birthday they did not live to see) is met
// as remembering them, never with the sorry said for fresh news.
func TestRememberedDeathIsNoNews(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"Ollie", "it's three years on saturday since ollie's dad died, can you write him something", "three years"},
		{"Nadia", "nadia's mum would have turned 75 today", "75"},
		{"Bruno", "the anniversary of bruno's wife's passing is next week", "your wife"},
		{"Grace", "her brother would've been forty on sunday. he died in 2021", "forty"},
	} {
		d, o := draftOf(c.text, c.name, TieFriend)
		low := strings.ToLower(d)
		if o != Condolence {
			t.Errorf("%q read as %q, want a condolence", c.text, o)
		}
		if strings.Contains(low, "sorry") || strings.Contains(low, "condolence") {
			t.Errorf("%q met as fresh news: %q", c.text, d)
		}
		if !strings.Contains(low, "remembering") || !strings.Contains(low, c.want) {
			t.Errorf("%q not remembered with %q: %q", c.text, c.want, d)
		}
	}
	// A loss that is news keeps its sorry.
	if d, _ := draftOf("my friend anya's grandad died on monday", "Anya", TieFriend); !strings.Contains(d, "sorry") {
		t.Errorf("fresh loss without a sorry: %q", d)
	}
	// The writer's own "would have been" remembers no one.
	if rememberedDay("i would have been there on friday but my train was cancelled") {
		t.Errorf("the writer's own plan read as a death remembered")
	}
}
