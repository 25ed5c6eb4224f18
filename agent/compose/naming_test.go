package compose

import (
	"strings"
	"testing"
)

// TestANameGivenStaysTheirs checks that a name given to a baby or a pet is
// told as the recipient's news with the one named kept apart: never "you"
// named, never "your" before the name.
func TestANameGivenStaysTheirs(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"they nicknamed the kitten Pickle", "you nicknamed the kitten Pickle"},
		{"she named him Oskar after her grandad", "you named him Oskar after your grandad"},
		{"he christened her Wren", "you christened her Wren"},
	} {
		var got []string
		for _, d := range Parse(tt.text, "Nell", Congrats) {
			got = append(got, d.Text)
		}
		if !strings.Contains(strings.Join(got, " | "), tt.want) {
			t.Errorf("Parse(%q) = %q, want one with %q", tt.text, got, tt.want)
		}
	}
}

// TestBroughtBackIsAMemory checks that what something brought back to the
// writer is kept as a shared memory, and what set it off stays theirs.
func TestBroughtBackIsAMemory(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"a song in the supermarket took me back to our karaoke nights", "our karaoke nights"},
		{"the first snow made me think of that sledging hill behind your house", "that sledging hill behind your house"},
	} {
		ds := Parse(tt.text, "Nell", Thinking)
		if len(ds) != 1 || ds[0].Kind != Memory || ds[0].Text != tt.want {
			t.Errorf("Parse(%q) = %v, want the memory %q", tt.text, ds, tt.want)
		}
	}
}
