package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestTalkInWords checks a few everyday things said outside any flow: a
// request for company, a small step the person might take, an opinion
// asked ("what do you think about…"), and a paused reflection picked up
// with a word in front.
func TestTalkInWords(t *testing.T) {
	tests := []struct {
		lines     []string
		must, not []string
	}{
		{[]string{"can you just talk to me for a bit"}, []string{"I'm here"}, []string{"From the guide", "doesn't speak"}},
		{[]string{"i need someone to chat with tonight"}, []string{"I'm here"}, []string{"From the guide"}},
		{[]string{"maybe i'll try the board game night thing"}, []string{"good one", "how it goes"}, []string{"sounds really hard", "lonely"}},
		{[]string{"ok maybe i'll give the book club a go"}, []string{"how it goes"}, []string{"sounds really hard"}},
		{[]string{"i'll try to call her tomorrow"}, nil, []string{"Going once"}},
		{[]string{"i'll go to her funeral on friday"}, nil, []string{"Going once", "I like that idea"}},
		{[]string{"what do you think about people who prefer texting over calling"}, nil, []string{"Which would you like to think about"}},
		{[]string{"i want to think about my friendships"}, []string{"Which would you like to think about"}, nil},
		{[]string{"oh no i forgot my best friend tamsin's birthday, it was yesterday", "funny but sorry"},
			[]string{"Tamsin", "belated birthday"}, []string{"a lot to carry"}},
		{[]string{"i completely forgot my sisters birthday on friday ugh", "short and a bit funny", "swap friday for saturday"},
			[]string{"no “friday” in this draft to change"}, []string{"take out"}},
		{[]string{"i missed my cousin dev's birthday on sunday", "something short and warm"},
			[]string{"Dev", "belated birthday"}, []string{"a lot to carry"}},
		{[]string{"i want to think about boundaries, i always say yes to everything", "my friend calls me every night to vent", "pause", "actually can we continue"},
			[]string{"(2/5)"}, []string{"lovely"}},
	}
	h := newHarness(t)
	for i, tc := range tests {
		t.Run(tc.lines[len(tc.lines)-1], func(t *testing.T) {
			who := fmt.Sprint("k", i)
			var got string
			for _, l := range tc.lines {
				got = allText(h.send(who, l, ""))
			}
			for _, m := range tc.must {
				if !strings.Contains(got, m) {
					t.Errorf("reply %q lacks %q", got, m)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("reply %q has %q", got, n)
				}
			}
		})
	}
}
