package compose

import (
	"strings"
	"testing"
)

// The writer's own strain, with a wish to talk, is a request for support:
// the draft says what the writer is going through and asks, never offers.
func TestOwnStrainAsksForSupport(t *testing.T) {
	for _, tt := range []struct{ in, name string }{
		{"could you help me message my cousin tariq, i'm so swamped with the move and i feel really anxious, can we talk this week", "Tariq"},
		{"write to lena and ask if we could talk, i've been completely exhausted with the new baby", "Lena"},
		{"tell my mate joe im stressed out about the interview and could we chat tonight", "Joe"},
	} {
		if got := DetectOccasion(tt.in); got != Support {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tt.in, got, Support)
			continue
		}
		draft := Write(Spec{Occasion: Support, Name: tt.name, Details: Parse(tt.in, tt.name, Support)})
		low := strings.ToLower(draft)
		for _, bad := range []string{"you're going through", "anything i can do", "i'm here if you"} {
			if strings.Contains(low, bad) {
				t.Errorf("%q: draft offers support (%q): %s", tt.in, bad, draft)
			}
		}
		if !strings.Contains(draft, "?") {
			t.Errorf("%q: draft asks nothing: %s", tt.in, draft)
		}
	}
}

// Strain alone, with no wish to talk, does not turn other occasions into a
// request for support.
func TestStrainWithoutAskKeepsOccasion(t *testing.T) {
	for in, want := range map[string]Occasion{
		"i've been swamped at work and forgot my brother's birthday":  Birthday,
		"i've been so stressed lately but my cousin just got engaged": Congrats,
	} {
		if got := DetectOccasion(in); got != want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", in, got, want)
		}
	}
}

// A wish asked after reads as a question about what they would like.
func TestWishAskReads(t *testing.T) {
	for in, want := range map[string]string{
		"ask if he wants to see a film on friday":         "Would you like to see a film on Friday?",
		"ask whether they'd like to come round for lunch": "Would you like to come round for lunch?",
		"ask her if she fancies a swim next week":         "Do you fancy a swim next week?",
	} {
		draft := Write(Spec{Occasion: Thinking, Name: "Priya", Details: Parse(in, "Priya", Thinking)})
		if !strings.Contains(draft, want) {
			t.Errorf("%q: draft %q lacks %q", in, draft, want)
		}
		if strings.Contains(draft, "Could you want") || strings.Contains(draft, "Could you fancy") {
			t.Errorf("%q: broken ask in %q", in, draft)
		}
	}
}

// A "thinking of you" asked for by name, about news a year or more old,
// is no congratulation; fresh news still is.
func TestThinkingOfYouOverOldNews(t *testing.T) {
	for in, want := range map[string]Occasion{
		"can you help me send a thinking of you note to my old coach, she got married three years ago": Thinking,
		"a quick thinking of you to mr park, he retired last year":                                     Thinking,
		"my cousin got married last weekend, help me congratulate her":                                 Congrats,
	} {
		if got := DetectOccasion(in); got != want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", in, got, want)
		}
	}
}
