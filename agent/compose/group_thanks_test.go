package compose

import (
	"strings"
	"testing"
)

// TestGroupKeepsItsOccasion checks that a thank-you, a sorry or
// congratulations to several people stays that message, greeting them all,
// and never turns into waking up a quiet chat.
func TestGroupKeepsItsOccasion(t *testing.T) {
	for _, tc := range []struct {
		o    Occasion
		said string
		want string
	}{
		{Thanks, "everyone who came to my graduation party", "thank"},
		{Apology, "for missing the deadline", "sorry"},
		{Congrats, "on winning the league", "ongratulations"},
	} {
		for v := range 3 {
			got := Write(Spec{Occasion: tc.o, Tie: TieGroup, Variant: v, Details: Parse(tc.said, "", tc.o)})
			low := strings.ToLower(got)
			if !strings.Contains(low, strings.ToLower(tc.want)) || strings.Contains(low, "quiet") || strings.Contains(low, "posted in") {
				t.Errorf("%s to a group: %q", tc.o, got)
			}
			if !strings.HasPrefix(got, "Hi all") && !strings.HasPrefix(got, "Hi everyone") && !strings.HasPrefix(got, "Hello everyone") {
				t.Errorf("%s to a group does not greet them all: %q", tc.o, got)
			}
		}
	}
}

// TestThanksForWhatTheySent checks that what someone sent or brought is
// thanked for, and a deed after it in the same breath is theirs too.
func TestThanksForWhatTheySent(t *testing.T) {
	for _, tc := range []struct{ said, want string }{
		{"my friends hana and zoe sent flowers and came to the funeral", "the flowers"},
		{"she brought round a lasagne when i was ill", "lasagne"},
		{"my aunt sent a card for my birthday", "the card"},
	} {
		got := Write(Spec{Occasion: Thanks, Tie: TieFriend, Name: "Ana", Details: Parse(tc.said, "Ana", Thanks)})
		if !strings.Contains(got, tc.want) || strings.Contains(got, "I heard") {
			t.Errorf("thanks for %q: %q", tc.said, got)
		}
	}
	got := Write(Spec{Occasion: Thanks, Tie: TieGroup, Details: Parse("my friends hana and zoe sent flowers and came to the funeral", "", Thanks)})
	if !strings.Contains(got, "coming to the funeral") || strings.Contains(got, "!") {
		t.Errorf("thanks after a funeral: %q", got)
	}
}

// TestCongratulateAfterAGap checks that asking to congratulate someone
// after years of silence is congratulations, with their news said, and
// that where the news was seen is not part of it.
func TestCongratulateAfterAGap(t *testing.T) {
	text := "we were super close at uni then just stopped talking, and i saw on instagram that he just got engaged and i want to congratulate him but it feels weird after 4 years of silence"
	if o := DetectOccasion(text); o != Congrats {
		t.Fatalf("DetectOccasion = %q, want %q", o, Congrats)
	}
	got := Write(Spec{Occasion: Congrats, Tie: TieFriend, Name: "Tomasz", Details: Parse(text, "Tomasz", Congrats)})
	if !strings.Contains(got, "engaged") || strings.Contains(strings.ToLower(got), "instagram") || strings.Contains(got, "feeling about it") {
		t.Errorf("congratulations after a gap: %q", got)
	}
	if wantCongrats.MatchString("i forgot to congratulate her and now it's been months") {
		t.Errorf("forgetting to congratulate read as asking to")
	}
}
