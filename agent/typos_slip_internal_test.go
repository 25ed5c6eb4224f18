package agent

import "testing"

// TestSlipFix puts right a word one keystroke from a common word, and
// leaves alone real words one letter from another, names and short words.
func TestSlipFix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"we went out evry summer", "we went out every summer"},
		{"she helped with evrything", "she helped with everything"},
		{"we studied togther for years", "we studied together for years"},
		{"i thouhgt of you", "i thought of you"},
		{"the whole grup went", "the whole group went"},
		{"still no answr from him", "still no answer from him"},
		{"after the acident", "after the accident"},
		{"so sory about that", "so sorry about that"},
		{"my roomate from college", "my roommate from college"},
		// Real words one letter from a common word stay as typed.
		{"the lock on the door", "the lock on the door"},
		{"a spin class", "a spin class"},
		{"we were singing", "we were singing"},
		{"she is his carer", "she is his carer"},
		{"ours was the best", "ours was the best"},
		{"i chose the songs for the funeral", "i chose the songs for the funeral"},
		{"i keep wandering into his room", "i keep wandering into his room"},
		// Names, capitalised or lowercase, stay as typed.
		{"my friend Evry", "my friend Evry"},
		{"write to bilal", "write to bilal"},
	}
	for _, tc := range tests {
		if got := fixTypos(tc.in); got != tc.want {
			t.Errorf("fixTypos(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A message in another language is never put right as English: its words
// are no slips of English ones, and the crisis rules read it as typed.
func TestSlipsOnlyInEnglish(t *testing.T) {
	for _, s := range []string{
		"j'ai laissé une lettre pour mes parents",
		"mich wird sowieso niemand vermissen",
		"ik wil het toch niet meer",
		"wat moet ik doen",
	} {
		if got := fixTypedSlips(s); got != s {
			t.Errorf("fixTypedSlips(%q) = %q, want it as typed", s, got)
		}
	}
	if got := fixTypedSlips("i thouhgt of you evry day"); got != "i thought of you every day" {
		t.Errorf("English slips not put right: %q", got)
	}
}
