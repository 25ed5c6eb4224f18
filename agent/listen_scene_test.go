package agent_test

import (
	"strings"
	"testing"
)

// TestLonelySceneAnswered checks that a loneliness told only through its
// scene gets the reply a low feeling gets outside any flow: the feeling
// named, room to say more and a gentle step, never a gripe's sympathy,
// a move's farewell or a guide paragraph.
func TestLonelySceneAnswered(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{
		"saturdays drag so much lately, my phone never buzzes",
		"since my flatmate left the evenings are so silent. no one calls",
		"cooking for one again tonight",
		"i have my lunch by myself in the car most days",
	} {
		c := outsideCase{kind: "low", text: text, must: [][]string{{"lonel", "alone"}}, mustNot: [][]string{{"moving away", "put up with", "annoying"}}}
		if bad := outsideProblemsFor(h, "scene"+strings.Repeat("x", i), c); len(bad) > 0 {
			t.Errorf("%q: %s", text, strings.Join(bad, ", "))
		}
	}
}
