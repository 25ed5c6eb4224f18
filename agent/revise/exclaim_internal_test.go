package revise

import "testing"

// TestOneExclaimRuns keeps one exclamation mark in all, a run of them
// counted as one, and the others full stops, with no dots doubled.
func TestOneExclaimRuns(t *testing.T) {
	d := &draft{greeting: "Hi Ana,", body: []string{"Wow!!! That's huge!!", "Yay!!!", "Can't wait?!"}}
	d.oneExclaim()
	want := []string{"Wow! That's huge.", "Yay.", "Can't wait?"}
	for i := range want {
		if d.body[i] != want[i] {
			t.Errorf("sentence %d: %q, want %q", i, d.body[i], want[i])
		}
	}
}
