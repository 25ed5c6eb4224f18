package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// reflectEndCheck is a reflection played to its end and what its last
// reply, summary and step included, must and must not say.
type reflectEndCheck struct {
	reflectEnd
	must, mustNot []string
}

// TestReflectEndsRead plays five more reflections to their end, answered
// with typos, fillers, a death, a question asked in an answer and a plan
// that mentions a place to go, and checks that every summary line reads as
// a whole sentence: a question is left out rather than turned into a
// statement, "n" is "and", "ugh" is not said back, a habit with its
// subject left out is the person's, and an answer that says "go to the"
// keeps the reflection running.
func TestReflectEndsRead(t *testing.T) {
	ends := []reflectEndCheck{
		{reflectEnd: reflectEnd{journey: "matter", answers: [5]string{
			"my sister Oona and my granda i suppose",
			"not since my uncle died in april tbh, we talked a bit at the wake",
			"dunno, would it be odd to ring her out of the blue? i never know how to start",
			"that oona got me through the worst year and i never said it",
			"phone granda on friday after his dinner",
		}, step: []string{"Friday"}},
			must:    []string{"You never know how to start."},
			mustNot: []string{"out of the blue", "would it be odd", "dunno"}},
		{reflectEnd: reflectEnd{journey: "week", answers: [5]string{
			"lunch wiht my colleague Priti on thurs, she made me cry laughing lol",
			"i messaged priti and my mum, no one else got in touch",
			"yeah sunday evening, everyone posting their holidays and me on the sofa",
			"facebook. everyone buying houses, should i even care about that?",
			"call my mum on sunday n ask how her knee is",
		}, step: []string{"and ask", "Sunday"}},
			mustNot: []string{" n ask", "should you even care", "lol"}},
		{reflectEnd: reflectEnd{journey: "showup", answers: [5]string{
			"i glance at it at lunch and write back properly at night, mostly",
			"probably 80% scrolling ngl",
			"open with my husband, not really with my brothers",
			"my mate Callum's dad died in may and i went to the service but never knew what to say after",
			"i follow up with callum now, my old team i wait for",
		}},
			must:    []string{"Callum"},
			mustNot: []string{"ngl"}},
		{reflectEnd: reflectEnd{journey: "boundaries", answers: [5]string{
			"where i work and my daughters nursery, never share those",
			"weekdays are fine, after 10pm i want quiet",
			"the street whatsapp, people complaining about parking all day urgh",
			"i want my dad to stop commenting on my weight. how do i say that kindly?",
			"i ask them, or i notice when they go quiet",
		}},
			must:    []string{"you never share those"},
			mustNot: []string{"urgh", "private online; never", "share those private"}},
		{reflectEnd: reflectEnd{journey: "seek", answers: [5]string{
			"a close friend tbh, i only moved here in spring and know no one",
			"my old coach mr Adeyemi, he listened and actualy let me finish",
			"a small circle i can tell anything",
			"the pottery class at the community centre, loud bars drain me",
			"that im patient?? idk. i want to go to the pottery class again next week",
		}},
			must:    []string{"Here's what I heard", "pottery"},
			mustNot: []string{"let's switch", "(1/5)"}},
	}
	h := newHarness(t)
	for i, e := range ends {
		t.Run(e.journey, func(t *testing.T) {
			got := playReflectEnd(h, fmt.Sprintf("endread%d", i), e.reflectEnd)
			if !strings.Contains(got, "Here's what I heard") {
				t.Fatalf("no summary: %q", got)
			}
			if bad := summaryProblems(got, e.answers[:]); len(bad) > 0 {
				t.Errorf("%v in %q", bad, got)
			}
			for _, w := range e.must {
				if !strings.Contains(got, w) {
					t.Errorf("does not say %q: %q", w, got)
				}
			}
			for _, w := range e.mustNot {
				if strings.Contains(strings.ToLower(got), strings.ToLower(w)) {
					t.Errorf("says %q: %q", w, got)
				}
			}
			checkStepSays(t, got, e.step)
		})
	}
}
