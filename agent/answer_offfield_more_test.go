package agent_test

import (
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestDatesMoneyJobsAndRemediesDeclined checks that a date still being
// courted, a term of finance, applying for a job and which remedy to take
// are declined whoever the question names, while meeting someone from an
// app safely, and a friend who got the job one wanted, stay the guide's.
func TestDatesMoneyJobsAndRemediesDeclined(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"after a second date how long before i message him so i don't seem desperate",
		"what should i text her after our first date",
		"what is a good interest rate on a savings account",
		"how do credit scores work",
		"when is it ok to chase up a job application i sent two weeks ago",
		"can you check my cover letter for a barista job",
		"which supplements help with feeling flat in winter",
		"what vitamins are good for energy",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Covered() {
			t.Errorf("%q answered from %q, want declined", q, a.Cited)
		}
	}
	for _, q := range []string{
		"going on a first date with someone from a dating app, how do i stay safe meeting them",
		"my friend got the job we both went for and now things are awkward between us",
	} {
		if a := agent.ComposeAnswer(kb, q); !a.Covered() {
			t.Errorf("%q declined, want answered", q)
		}
	}
}

// TestOwnBreakupDeclined checks that getting over one's own breakup is
// declined as romance, while helping a friend through one is answered.
func TestOwnBreakupDeclined(t *testing.T) {
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"how do i move on from a break up with my boyfriend of five years",
		"how can i get over my ex, it's been months",
	} {
		if a := agent.ComposeAnswer(kb, q); a.Covered() {
			t.Errorf("%q answered from %q, want declined", q, a.Cited)
		}
	}
	q := "my best friend is going through a breakup, how do i support her over text"
	if a := agent.ComposeAnswer(kb, q); !a.Covered() {
		t.Errorf("%q declined, want answered", q)
	}
}
