package revise

import (
	"strings"
	"testing"
)

// TestShorterKeepsHeartAndClose shortens drafts whose caring close says
// least by word count: the close and the occasion stay, and a memory or
// other side detail goes first.
func TestShorterKeepsHeartAndClose(t *testing.T) {
	for _, tc := range []struct {
		text      string
		keep, cut []string
		keyWords  string
	}{
		{text: "Hi Wren, I've been thinking about you and all you're dealing with since the surgery. I still laugh about that night we got lost driving back from Porto. There's no need to answer this, I'm here whenever you want company.",
			keep: []string{"surgery", "no need to answer", "Hi Wren"}, cut: []string{"Porto"}, keyWords: "we got lost driving back from Porto"},
		{text: "Hey Ola! Congratulations on the new flat! I keep remembering our terrible first apartment with the broken heater. When's the housewarming?",
			keep: []string{"Congratulations", "housewarming?"}, cut: []string{"heater"}, keyWords: "our first apartment had a broken heater"},
		{text: "Dear Mr Osei, thank you for the reference you wrote for me. We last spoke at the book fair in Accra. I'm grateful, and I'll let you know how it goes. Take care.",
			keep: []string{"reference", "Take care."}, cut: []string{"Accra"}, keyWords: "the book fair in Accra"},
	} {
		got, err := Apply(tc.text, Request{Kind: Shorter}, Context{KeepWords: Keywords(tc.keyWords)})
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		if len(got) >= len(tc.text) {
			t.Errorf("not shorter: %q", got)
		}
		for _, w := range tc.keep {
			if !strings.Contains(got, w) {
				t.Errorf("shortened %q to %q: lost %q", tc.text, got, w)
			}
		}
		for _, w := range tc.cut {
			if strings.Contains(got, w) {
				t.Errorf("shortened %q to %q: kept the side detail %q over what the message is", tc.text, got, w)
			}
		}
	}
}
