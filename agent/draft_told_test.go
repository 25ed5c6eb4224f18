package agent_test

import (
	"strings"
	"testing"
)

// toldFirst are conversations that tell the news in one message and ask
// for the message in the next, checked like the drafting suites.
const toldFirst = `== told-brother-job
# occasion: hardtime
> my brother just lost his job at the bakery after nine years
> could you help me write him a few words
open: calm
has: job | bakery
not: congratulations

== told-own-loneliness
# occasion: support
> i've felt really lonely since i moved out here for work
> help me text my sister, i'd like her to ring me on sunday
open: calm
has: lonely
has: ring | call
has: sunday

== told-cousin-named-later
# occasion: congrats
> my cousin passed her driving test this morning on the third go
> write something to her for me? her name is Priya
to: Priya
has: congrat | well done
has: driving test | test

== told-about-someone-else
# occasion: birthday
> my aunt fell and broke her hip last week
> write a birthday message for my friend Tom
to: Tom
has: birthday
not: hip
not: sorry

== told-then-asked-at-the-step
# occasion: condolence
> my friend Leon had to say goodbye to his old cat Pepper today
> can you help me send him something
to: Leon
open: calm
has: sorry
has: Pepper

== question-then-what-to-say
# occasion: support
> /draft
> my old teammate Ravi
> what do i even say? i want him to know i've been low since the move and ask if we can have a call
to: Ravi
has: low
has: call
`

// TestNewsThenRequest checks that news told first is what a request made
// right after is about, unless the request is to someone else, and that
// what follows a question typed at a step is taken as the answer.
func TestNewsThenRequest(t *testing.T) {
	scs, err := parseScenarios(toldFirst)
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range scs {
		t.Run(sc.id, func(t *testing.T) {
			h := newScenarioHarness(t)
			d := playScenario(h, sc)
			if bad := checkScenario(sc, d); len(bad) > 0 {
				t.Errorf("%s\n    draft: %s", strings.Join(bad, "; "), d)
			}
		})
	}
}
