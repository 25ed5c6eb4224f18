package agent

import (
	"strings"
	"testing"
)

// TestGripeSubject reads what a complaint opens with, said back from the
// companion's side.
func TestGripeSubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"this commute is literally killing me lol", "that commute"},
		{"my landlord is doing my head in", "your landlord"},
		{"wifi's been down all day", "wifi"},
		{"ugh my flatmate's music is so loud", "your flatmate's music"},
		{"mondays should be illegal", "Mondays"},
		{"i'm so done with this week", ""},
		{"it is what it is", ""},
	}
	for _, tt := range tests {
		if got := gripeSubject(tt.in); got != tt.want {
			t.Errorf("gripeSubject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGripe tells complaints to answer lightly from hard feelings and
// questions.
func TestGripe(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"this commute is literally killing me lol", true},
		{"the kettle died this morning, what a day", true},
		{"so knackered after that shift", true},
		{"work was brutal and i feel so alone", false},
		{"my grandad died last night and work was brutal", false},
		{"how do i stop my boss driving me up the wall?", false},
		{"nobody came to my party, it was the worst", false},
	}
	for _, tt := range tests {
		if got := gripe(tt.in); got != tt.want {
			t.Errorf("gripe(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestGripeReplyNeverSoundsGood(t *testing.T) {
	for _, s := range []string{"this commute is literally killing me lol", "ugh", "long day", "the bus was late again smh", "mondays man, the worst"} {
		got := gripeReply(s)
		if strings.Contains(strings.ToLower(got), "sounds good") || len(got) > 200 || got == "" {
			t.Errorf("gripeReply(%q) = %q", s, got)
		}
	}
}
