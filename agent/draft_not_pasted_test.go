package agent_test

import (
	"regexp"
	"strings"
	"testing"
)

// TestSecondLanguageDetailNotPasted checks that a detail told in English
// learned as a second language never comes back as eight or more of the
// person's words in a row, even split across two sentences of the draft.
func TestSecondLanguageDetailNotPasted(t *testing.T) {
	words := regexp.MustCompile(`[\p{L}\p{N}']+`)
	for _, ask := range []string{
		"Hello, I want to write to my old landlady in Dublin, Maeve. I rented room in her house in 2018 when I was student there. I did not contact her since long time. Please help me.",
		"Good day, please help me write to Mr Haddad, my former manager. I worked in his team two years when I was junior engineer. I did not message him after I leave the company.",
	} {
		t.Run(ask, func(t *testing.T) {
			h := newHarness(t)
			d := skipToDraft(h, h.send("p", ask, ""))
			if d == "" {
				t.Fatal("no draft")
			}
			said := map[string]bool{}
			sw := words.FindAllString(strings.ToLower(ask), -1)
			for i := 0; i+8 <= len(sw); i++ {
				said[strings.Join(sw[i:i+8], " ")] = true
			}
			dw := words.FindAllString(strings.ToLower(d), -1)
			for i := 0; i+8 <= len(dw); i++ {
				if run := strings.Join(dw[i:i+8], " "); said[run] {
					t.Errorf("draft %q pastes %q", d, run)
				}
			}
		})
	}
}
