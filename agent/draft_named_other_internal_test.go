package agent

import "testing"

// TestNamedOther checks that a name given to someone or something else,
// typed at a later step, is told apart from the recipient's own name.
func TestNamedOther(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{"we're calling the new pup Mabel", "Mabel", true},
		{"they nicknamed their son Bear", "Bear", true},
		{"the twins are called Ada and Ivo", "Ada", true},
		{"she's called Priya", "Priya", false},
		{"Priya got the job", "Priya", false},
	} {
		if got := namedOther(tt.text, tt.name); got != tt.want {
			t.Errorf("namedOther(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
	if !givesName("named it Pebble") || givesName("called Sam") {
		t.Errorf("givesName tells a name given apart from a name said wrongly")
	}
}

// TestStepDetailAfter checks that a message answering a step with how
// the draft should sound keeps what it tells after that, and only that.
func TestStepDetailAfter(t *testing.T) {
	d := DraftDetails{Recipient: "Nell", Occasion: OccasionThinking}
	if got := stepDetailAfter("make it short, the rain this morning took me back to our festival weekend", d); got == "" {
		t.Errorf("a memory after an instruction is lost")
	}
	if got := stepDetailAfter("keep it simple, she doesn't like a fuss", d); got != "" {
		t.Errorf("why it should sound so is kept as a detail: %q", got)
	}
	if !noOccasionLead.MatchString("nothing in particular, just saw an old photo") || noOccasionLead.MatchString("nothing too formal") {
		t.Errorf("no occasion told apart from an instruction wrongly")
	}
}
