package agent_test

import (
	"strings"
	"testing"
)

// TestSelfNamingInOtherWords checks the ways people give the name to call
// them by besides "call me Sam", that the last name given wins, and that a
// request for a call or a name said in passing sets no name.
func TestSelfNamingInOtherWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"pls call me bee from now on", "Bee"},
		{"i go by sam", "Sam"},
		{"my name is tom", "Tom"},
		{"hi my names rosa", "Rosa"},
		{"my name is actually jo, call me jo", "Jo"},
		{"don't call me tobias, call me toby", "Toby"},
		{"dont call me by my full name just call me liv", "Liv"},
		{"could u call me bex", "Bex"},
		{"im called nnamdi btw", "Nnamdi"},
		{"change my name to beatriz", "Beatriz"},
		{"can you set my name as kwame please", "Kwame"},
		{"pls update my nickname to dodo", "Dodo"},
		{"i'd like to be called ren from now on", "Ren"},
		{"my name should be ama", "Ama"},
		{"hey, pls call me Ana-Lucía not Ana", "Ana-Lucía"},
		{"my name is actually Zoë", "Zoë"},
		{"hallo, please you can call me Björn", "Björn"},
		{"everybody calls me Tash", "Tash"},
		{"my friends call me Kofi", "Kofi"},
		{"hiya, my name is Mary Beth", "Mary Beth"},
	} {
		h := newHarness(t)
		got := allText(h.send("p", c.in, ""))
		if !strings.Contains(got, "Nice to meet you, "+c.want+".") {
			t.Errorf("%q: %q, want the name %s", c.in, got, c.want)
		}
	}
	for _, in := range []string{"can you call me tomorrow", "call me later", "my name is tom and i feel lonely", "my mum used to call me pumpkin", "change my name on instagram to something cooler", "i'd like to be called back", "everyone calls me when they need something", "people call me too often"} {
		h := newHarness(t)
		if got := allText(h.send("p", in, "")); strings.Contains(got, "Nice to meet you") {
			t.Errorf("%q set a name: %q", in, got)
		}
	}
}
