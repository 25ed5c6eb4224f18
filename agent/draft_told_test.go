package agent_test

import (
	"strings"
	"testing"
)

// toldFirst are conversations whose details are given in one message and
// the request, or a change of whom it is for, in another; checked like
// the drafting suites.
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

== send-it-to-her-father
# occasion: condolence
> help me write to my friend Mina, her sister died in the spring and it's her birthday next week
> actually, send it to her father Kenji instead
to: Kenji
open: calm
has: sorry
has: your daughter
not: your sister
not: her sister

== send-it-to-a-friend-instead
# occasion: support
> help me text my mum that i've been anxious since the redundancy
> actually send it to my friend Dara, she'll understand
to: Dara
open: calm
has: anxious
has: redundan
not: mum

== uncle-to-cousin
# occasion: condolence
> my uncle tariq passed away on sunday, help me write to my cousin Samir
to: Samir
open: calm
has: Uncle Tariq
not: my uncle

== skip-after-offer
# occasion: congrats
> my flatmate Ines just got her first nursing job
to: Ines
has: congrat
has: nursing

== news-then-question-then-write
# occasion: hardtime
> my neighbour Rosa's husband started chemo this month. how can i support her?
> lets write her a message
to: Rosa
open: calm
has: chemo
not: write you

== birthday-said-with-who
# occasion: birthday
> /draft
> its for my nephew's birthday
> Leo
> warm
to: Leo
has: birthday

== name-at-the-occasion-step
# occasion: reconnect
> i'd like to message an old friend
> Baz
> we were in the same band at school but lost touch when he moved to Cork
> warm
to: Baz
has: band
has: while | long time | ages

== how-long-it-lasted-is-not-the-gap
# occasion: reconnect
> help me write to Femi, we shared a desk at the agency for four years and then lost touch. it's been about seven years now
to: Femi
has: seven years
not: four years, and

== detail-with-doubt-about-him
# occasion: condolence
> /draft
> Kemi
> her dad died in march, i'm not sure what to say, is it ok to mention him?
> warm
to: Kemi
open: calm
has: sorry
has: your dad
not: not sure

== named-one-not-the-club-left
# occasion: reconnect
> my old rowing partner Ollie, we havent talked since i left the club three years ago, help me write to him
to: Ollie
has: three years
not: everyone
not: hi all

== what-an-occasion-means
# occasion: hardtime
> /draft
> my neighbour Sol
> whats an occasion
> his flat got flooded on tuesday and he's staying at his sister's
> warm
to: Sol
open: calm
has: flooded

== news-before-who-at-the-step
# occasion: condolence
> /draft
> my aunt's husband passed away last week, i want to write to my aunt Layla
> condolence
> he always told the best stories at dinner
to: Layla
open: calm
has: your husband
has: stories
not: my aunt
`

// TestDetailsCarriedAcrossTurns checks that news told first is what a
// request made right after is about, unless the request is to someone
// else; that what follows a question typed at a step is taken as the
// answer; and that a message sent to someone else instead keeps what it
// said, in the words that fit the new one.
func TestDetailsCarriedAcrossTurns(t *testing.T) {
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

// TestNoAfterOfferWritesNothing checks that declining an offer to write
// writes nothing, while "skip" writes at once.
func TestNoAfterOfferWritesNothing(t *testing.T) {
	for _, tc := range []struct {
		answer string
		draft  bool
	}{{"no", false}, {"no thanks", false}, {"skip", true}} {
		h := newScenarioHarness(t)
		rs := h.send("p", "my neighbour Oskar just retired after forty years at the docks", "")
		if offerTo(rs, "offer:yes", "menu:draft") == "" {
			t.Fatalf("no offer to write in %q", allText(rs))
		}
		rs = h.send("p", tc.answer, "")
		if got := draftText(rs) != ""; got != tc.draft {
			t.Errorf("%q after the offer: draft shown %v, want %v (%q)", tc.answer, got, tc.draft, allText(rs))
		}
	}
}
