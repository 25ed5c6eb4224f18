package agent

import (
	"strings"
	"testing"
)

// TestStepRevisions checks which messages typed at a step are changes to
// the draft to come, and which are the step's own answer or a detail.
func TestStepRevisions(t *testing.T) {
	for _, tc := range []struct {
		text   string
		change bool
	}{
		{"make it shorter", true},
		{"can u keep it short pls", true},
		{"no exclamation marks", true},
		{"less formal", true},
		{"add that i miss her", true},
		{"start with good morning", true},
		{"casual", false},
		{"short and simple", false},
		{"warm", false},
		{"another one", false},
		{"she just got a puppy called Bean", false},
		{"we used to walk to school together", false},
	} {
		if got := len(stepRevisions(tc.text)) > 0; got != tc.change {
			t.Errorf("stepRevisions(%q) gives a change: %v, want %v", tc.text, got, tc.change)
		}
	}
}

// TestHeldChangesMadeOnFirstDraft keeps changes typed at the steps and
// checks the first draft has them: really shorter, no exclamation mark,
// the sentence asked for, a casual greeting.
func TestHeldChangesMadeOnFirstDraft(t *testing.T) {
	details := DraftDetails{Recipient: "Ana", Relationship: "sister", Occasion: OccasionWin,
		Said: []string{"she got a new job at the museum and starts in May"}}
	plain := ComposeDraft(details, 0)
	for _, tc := range []struct {
		say   string
		check func(string) bool
	}{
		{"make it shorter", func(s string) bool { return len(s) < len(plain) && strings.Contains(s, "Ana") }},
		{"no exclamation marks", func(s string) bool { return !strings.Contains(s, "!") }},
		{"add that i miss her", func(s string) bool { return strings.Contains(s, "I miss you") }},
		{"start with good morning", func(s string) bool { return strings.HasPrefix(s, "Good morning") }},
	} {
		ds := &DraftState{Details: details}
		tu := &turn{p: Person{Flow: Flow{Draft: ds}}, text: tc.say}
		if !tu.stepRevision() {
			t.Errorf("%q was not kept as a change", tc.say)
			continue
		}
		if got := ds.withHeldChanges(plain); !tc.check(got) {
			t.Errorf("after %q typed at a step, the first draft is\n%s\nfrom\n%s", tc.say, got, plain)
		}
	}
	ds := &DraftState{Details: details}
	if got := ds.withHeldChanges(plain); got != plain {
		t.Errorf("with no change asked the first draft became %q", got)
	}
}
