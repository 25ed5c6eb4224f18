package agent

import (
	"slices"
	"testing"
)

// TestNameSpokenOf puts a name given later beside the one it names, and
// says what follows the name of them.
func TestNameSpokenOf(t *testing.T) {
	tests := []struct {
		name      string
		said      []string
		recipient string
		want      []string
	}{
		{"across messages", []string{"i was rude about his fiancee at the barbecue", "her name is Marguerite and she's great"}, "Tomas",
			[]string{"i was rude about his fiancee Marguerite at the barbecue", "Marguerite's great"}},
		{"in one message", []string{"her daughter got into art school, her name's Wren"}, "Gail",
			[]string{"her daughter Wren got into art school"}},
		{"pronoun must fit", []string{"his brother helped us move", "her name is Suki"}, "Dev",
			[]string{"his brother helped us move", "her name is Suki"}},
		{"recipient's own name left alone", []string{"my old boss retired", "her name is June"}, "June",
			[]string{"my old boss retired", "her name is June"}},
		{"a deed kept with its doer", []string{"i snapped at her son riding his bike on the path", "his name is Rory"}, "Moira",
			[]string{"i snapped at her son riding his bike on the path", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := nameSpokenOf(tc.said, tc.recipient); !slices.Equal(got, tc.want) {
				t.Errorf("nameSpokenOf(%q) = %q, want %q", tc.said, got, tc.want)
			}
		})
	}
}
