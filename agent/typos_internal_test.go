package agent

import "testing"

// TestFixTypos puts right the slips in the words requests are made of,
// and leaves real words and names alone.
func TestFixTypos(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hlep me rite a mesage to my freind abdul", "help me write a message to my friend abdul"},
		{"Congradulations!!", "Congratulations!!"},
		{"dnoe", "done"},
		{"he jsut got a new jobb", "he just got a new job"},
		{"a rite of passage", "a rite of passage"},
		{"book a massage for mum", "book a massage for mum"},
		{"message Jsut and Frend", "message Jsut and Frend"},
	}
	for _, tc := range tests {
		if got := fixTypos(tc.in); got != tc.want {
			t.Errorf("fixTypos(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
