package revise

import (
	"errors"
	"strings"
	"testing"
)

// TestPlainerWordsChangeSomething asks for plainer, more personal words on
// drafts with nothing "stiff" in the old sense: the change is real (stock
// phrases, exclamation marks, whole forms), and a caring line stays.
func TestPlainerWordsChangeSomething(t *testing.T) {
	for _, tc := range []struct {
		text     string
		req      Request
		keep     []string
		maxBangs int
	}{
		{text: "Hey Joss! Congratulations on getting a new puppy! I am so excited to meet her! What did you name her?",
			req: Request{Kind: LessStiff}, keep: []string{"puppy", "What did you name her?"}, maxBangs: 1},
		{text: "Hi Noor, I hope this message finds you well. I just wanted you to know that I'm thinking of you this week. There's no rush to reply.",
			req: Request{Kind: Cooler, Detail: PartPlain}, keep: []string{"thinking of you", "no rush to reply"}, maxBangs: 0},
		{text: "Dear Kit, I am so sorry about your grandad. I just wanted you to know that I am here for you.",
			req: Request{Kind: LessStiff}, keep: []string{"sorry about your grandad", "here for you"}, maxBangs: 0},
	} {
		got, err := Apply(tc.text, tc.req, Context{})
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		if got == tc.text {
			t.Errorf("%q: unchanged", tc.text)
		}
		for _, w := range tc.keep {
			if !strings.Contains(got, w) {
				t.Errorf("%q → %q: lost %q", tc.text, got, w)
			}
		}
		if n := strings.Count(got, "!"); n > tc.maxBangs {
			t.Errorf("%q → %q: %d exclamation marks", tc.text, got, n)
		}
	}
	// Already plain: nothing to pretend to change, which the review step
	// answers with another version.
	plain := "Hey Mo, saw the photos from your trip. Looks amazing. When are you back?"
	if got, err := Apply(plain, Request{Kind: LessStiff}, Context{}); !errors.Is(err, ErrUnchanged) {
		t.Errorf("plain draft %q → %q, %v; want ErrUnchanged", plain, got, err)
	}
}
