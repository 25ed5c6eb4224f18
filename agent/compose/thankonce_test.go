package compose

import (
	"strings"
	"testing"
)

func TestThankOnce(t *testing.T) {
	for _, tc := range []struct {
		name   string
		parts  []string
		formal bool
		want   []string
	}{
		{"second thanks carries on", []string{"Thank you so much for the lift.", "I can't thank you enough for the soup."}, false,
			[]string{"Thank you so much for the lift.", "And thank you for the soup."}},
		{"formal second thanks", []string{"Thank you so much for the reference.", "Thank you so much for reading my essay."}, true,
			[]string{"Thank you so much for the reference.", "I am also very grateful for reading my essay."}},
		{"closing after two thanks", []string{"Thank you so much for the lift.", "Thank you for the soup — it meant a lot.", "Thank you again for everything."}, false,
			[]string{"Thank you so much for the lift.", "And thank you for the soup.", "I'm truly grateful."}},
		{"one thanks and a closing stay", []string{"Thank you so much for the lift.", "Thank you again for everything."}, false,
			[]string{"Thank you so much for the lift.", "Thank you again for everything."}},
		{"thanks said inside a sentence counts", []string{"I wanted to send a big thank you.", "Thanks again for everything."}, false,
			[]string{"I wanted to send a big thank you.", "I'm truly grateful."}},
		{"no thanks untouched", []string{"Congratulations on the move!", "How are you?"}, false,
			[]string{"Congratulations on the move!", "How are you?"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := thankOnce(tc.parts, tc.formal)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("thankOnce(%q) = %q, want %q", tc.parts, got, tc.want)
			}
		})
	}
}

// A thank-you for several things done says "thank you" in full once.
func TestThanksForSeveralSaysThankYouOnce(t *testing.T) {
	for _, formal := range []bool{false, true} {
		tone := ""
		if formal {
			tone = "formal"
		}
		got := Write(Spec{Occasion: Thanks, Name: "Ilse", Tone: tone, Details: []Detail{
			{Kind: ThanksFor, Text: "driving me to the hospital"},
			{Kind: ThanksFor, Text: "feeding the rabbits"},
			{Kind: ThanksFor, Text: "sorting the post"},
		}})
		if n := strings.Count(strings.ToLower(got), "thank you so much"); n > 1 {
			t.Errorf("formal=%v: %q says \"thank you so much\" %d times", formal, got, n)
		}
		if !strings.Contains(got, "rabbits") {
			t.Errorf("formal=%v: %q lost a detail", formal, got)
		}
	}
}
