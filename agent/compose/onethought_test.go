package compose

import (
	"regexp"
	"testing"
)

// TestThoughtOfOnce checks that a draft which says what brought them to
// mind does not also open with the writer thinking of them.
func TestThoughtOfOnce(t *testing.T) {
	thought := regexp.MustCompile(`(?i)\b(?:think|thinking|thought) (?:of|about) you\b`)
	for v := 0; v < 3; v++ {
		ds := Parse("i found a ticket stub from the gig we went to in leeds", "Marta", Thinking)
		got := Write(Spec{Occasion: Thinking, Name: "Marta", Details: ds, Variant: v})
		if n := len(thought.FindAllString(got, -1)); n > 1 {
			t.Errorf("variant %d says it %d times: %q", v, n, got)
		}
	}
	got := oneThought([]string{"~I've been thinking of you lately.", "I heard a song we loved, and you came straight to mind.", "How are you?"})
	if len(got) != 2 {
		t.Errorf("oneThought kept %q", got)
	}
	kept := oneThought([]string{"~I've been thinking of you lately.", "How are you?"})
	if len(kept) != 2 {
		t.Errorf("oneThought dropped a line with nothing to echo: %q", kept)
	}
}
