package agent

import (
	"slices"
	"strings"
	"testing"
)

// TestWornOutIsNoDeath hears "dead" said of oneself worn out as tiredness,
// never a death; someone who died is still a death.
func TestWornOutIsNoDeath(t *testing.T) {
	for _, s := range []string{"by thursday night i'm basically dead", "we were dead on our feet after the move",
		"honestly dead tired most evenings"} {
		if tellsOfDeath(s) {
			t.Errorf("tellsOfDeath(%q) = true, want the person worn out", s)
		}
	}
	for _, s := range []string{"my uncle is dead and nobody calls now", "grandad died in may"} {
		if !tellsOfDeath(s) {
			t.Errorf("tellsOfDeath(%q) = false, want a death", s)
		}
	}
	reached := Question{Text: "When are you happy to be reached, and when do you need to be left alone?"}
	if got := Acknowledge(reached, "saturdays fine, weeknights im dead after the late shift", 0); strings.Contains(strings.ToLower(got), "sorry") {
		t.Errorf("a tired weeknight answered as a death: %q", got)
	}
}

// TestOpenTimeIsNoLimit reads a time said open to others ("mornings are
// fine") as no limit, so the limit named is the time the person keeps; a
// time with when in it ("weeknights after dinner") is one limit.
func TestOpenTimeIsNoLimit(t *testing.T) {
	tests := map[string]string{
		"mornings are fine, evenings i switch off":      "your evenings",
		"sundays yes. weeknights after 8 are mine":      "your weeknights after 8",
		"weekends totally free, after work not so much": "the hours after work",
	}
	for in, want := range tests {
		if got := aboutOf(in); got.limit != want || got.limits != 1 {
			t.Errorf("aboutOf(%q) limit = %q (%d), want %q alone", in, got.limit, got.limits, want)
		}
	}
}

// TestStepNamesWhereAPersonGoes takes a lowercase word where a person
// goes in a step for a name, and a word that only says how for none.
func TestStepNamesWhereAPersonGoes(t *testing.T) {
	if got := stepNames("grab lunch with tobiah on monday"); !slices.Contains(got, "Tobiah") {
		t.Errorf("stepNames = %q, want Tobiah", got)
	}
	for _, s := range []string{"answer quicker this week", "maybe just call sooner"} {
		if got := stepNames(s); len(got) != 0 {
			t.Errorf("stepNames(%q) = %q, want no one", s, got)
		}
	}
	step := Question{Text: "What is one small thing you'd like to do for a relationship next week?"}
	if got := Acknowledge(step, "text marisol back properly instead of a like", 0); !strings.Contains(got, "Marisol") {
		t.Errorf("a step's name said back in lowercase: %q", got)
	}
}

// TestWhoAnswerCountsEachPersonOnce names a relation said with where they
// are from and a family word said before a name as one person each.
func TestWhoAnswerCountsEachPersonOnce(t *testing.T) {
	closer := Question{Text: "Who are one, two or three people you'd like to feel closer to?"}
	for answer, want := range map[string][]string{
		"my cousin from bristol hamid, and my nan": {"Hamid", "nan"},
		"auntie folake and my old flatmate":        {"Folake", "flatmate"},
	} {
		got := Acknowledge(closer, answer, 1)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("Acknowledge(%q) = %q, want %q in it", answer, got, w)
			}
		}
		if strings.Contains(got, "Your cousin,") || strings.Contains(got, "Auntie,") {
			t.Errorf("Acknowledge(%q) = %q: one person read as two", answer, got)
		}
	}
}
