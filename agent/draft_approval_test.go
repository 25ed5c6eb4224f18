package agent

import "testing"

// TestApprovalOnly checks which reactions to a draft only say it is
// liked or finished.
func TestApprovalOnly(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"That is lovely. Done.", true},
		{"yeah thats good done", true},
		{"That will do nicely", true},
		{"looks great, im happy with that", true},
		{"perfect, thank you so much x", true},
		{"aw i love it, sending it now", true},
		{"ok", false},
		{"good but shorter", false},
		{"nice, add that i miss her", false},
		{"love it but no exclamation marks", false},
		{"make it sound nicer", false},
		{"happy birthday", false},
		{"say that im happy for her", false},
	} {
		if got := approvalOnly(tc.text); got != tc.want {
			t.Errorf("approvalOnly(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
