package agent_test

import "testing"

// TestCorrectionOfWhoKeepsTheRest corrects who did the thing a draft
// thanks for: the draft goes to the one named, for the same occasion and
// with the same details. A pet given its name is never someone to write
// to: the name goes where the draft spoke of the pet.
func TestCorrectionOfWhoKeepsTheRest(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lines    []string
		has, not []string
	}{
		{name: "after the draft, the one who did it",
			lines: []string{"help me thank my aunt rosa for driving me to the airport", "skip", "oh no it was actually her son kwame who drove me, not her"},
			has:   []string{"Kwame", "thank", "airport"}, not: []string{"Rosa", "not her"}},
		{name: "before the draft, the one who did it",
			lines: []string{"write a thank you to my neighbour jan for fixing my bike", "wait, it was his wife ilse who fixed it"},
			has:   []string{"Ilse", "thank", "bike"}, not: []string{"Jan", "wife"}},
		{name: "a pet named after the draft",
			lines: []string{"help me thank my friend ola for walking the dog while i was ill", "skip", "no, OUR dog is called pickle"},
			has:   []string{"Ola", "Pickle", "thank"}, not: []string{"Hi Pickle", "Dear Pickle", "called"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDraftAfter(t, tc.lines, tc.has, tc.not) })
	}
}
