package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestOutsideOwnNewsKinds plays news of the person's own in several
// wordings each, and checks that the reply hears it for what it is: news
// told to someone close stays the person's, a new home, car or course is
// glad news named back, an event coming up with a feeling gets good luck
// and the feeling in the person's word, and a try at meeting people that
// went badly gets the effort recognised.
func TestOutsideOwnNewsKinds(t *testing.T) {
	tests := []struct{ before, text, want, never string }{
		// News told to someone close.
		{"", "told my grandad about the move last night", "Telling your grandad about the move|How did he take", "his move"},
		{"", "finally told my parents about the engagement", "your parents|How did they take", "glad you got in touch"},
		{"", "i told my aunt about the new flat and she was thrilled", "glad your aunt took", "guide"},
		// New things of one's own.
		{"", "collected our new campervan this afternoon", "congratulations on your new campervan", "guide"},
		{"", "signed up for a weekly pottery course, starts thursday", "good luck with your weekly pottery course", "guide"},
		{"", "moved into my own apartment at the weekend", "home of your own", "guide"},
		{"", "my first ever paycheck came through today", "", "sorry"},
		{"", "got back home from the gym", "", "Congratulations"},
		// An event coming up, with a feeling.
		{"", "audition is on friday and honestly im petrified", "Good luck with your audition on Friday! Feeling petrified", "write to"},
		{"", "my first shift tomorrow, kinda anxious", "Good luck with your first shift tomorrow! Feeling anxious", "guide"},
		{"work has been grim all week", "the exam is next week and i'm stressing", "Good luck with the exam next week! Feeling stressed", "That's a lot to carry"},
		// A try that went badly.
		{"", "gave a climbing club a go but nobody said a word to me", "put yourself out there|the effort", "lovely"},
		{"", "been on a friendship app for weeks and got nowhere", "the app", "Nice!"},
		{"", "went along to a quiz night and stood on my own all evening", "letdown|put yourself out there", "great moment"},
		{"", "my mates went to a gig and nobody asked if i wanted to come", "", "put yourself out there"},
	}
	h := newHarness(t)
	for i, tt := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			person := fmt.Sprintf("own-%d", i)
			h.send(person, "hi", "")
			if tt.before != "" {
				h.send(person, tt.before, "")
			}
			var got strings.Builder
			for _, r := range h.send(person, tt.text, "") {
				got.WriteString(r.Text + "\n")
			}
			low := strings.ToLower(got.String())
			ok := tt.want == ""
			for _, w := range strings.Split(tt.want, "|") {
				ok = ok || w != "" && strings.Contains(low, strings.ToLower(w))
			}
			if !ok {
				t.Errorf("%q: reply %q, want one of %q", tt.text, got.String(), tt.want)
			}
			if strings.Contains(low, strings.ToLower(tt.never)) {
				t.Errorf("%q: reply %q, never %q", tt.text, got.String(), tt.never)
			}
		})
	}
}

// TestOutsidePlayAndSums checks that a joke's opening is played along
// with, a sum asked in passing is worked out, and neither is declined; a
// question about the person's own life shaped like a joke is not one.
func TestOutsidePlayAndSums(t *testing.T) {
	tests := []struct{ text, want, never string }{
		{"why did the bicycle fall over", "😄", "I can't"},
		{"what do you call a sleeping dinosaur", "😄", "I can't"},
		{"knock knock", "Who's there?", "I can't"},
		{"why did my flatmate stop talking to me", "", "punchline"},
		{"whats 12 times 12", "12 × 12 is 144", "guide"},
		{"how much is 90 divided by 4?", "90 ÷ 4 is 22.5", "guide"},
		{"what's 7 plus 8", "7 + 8 is 15", "guide"},
		{"any recommendations for a cheap laptop for uni?", "not something I can help with", "aren't my area"},
	}
	h := newHarness(t)
	for i, tt := range tests {
		person := fmt.Sprintf("play-%d", i)
		h.send(person, "hi", "")
		var got strings.Builder
		for _, r := range h.send(person, tt.text, "") {
			got.WriteString(r.Text + "\n")
		}
		if !strings.Contains(got.String(), tt.want) || strings.Contains(got.String(), tt.never) {
			t.Errorf("%q: reply %q, want %q and never %q", tt.text, got.String(), tt.want, tt.never)
		}
	}
}

// TestOutsideLowNamedInPlace checks that a low feeling told through its
// scene or judged by the person is heard: alone with the television said
// as a clause of its own, and a hurt the person calls silly to feel.
func TestOutsideLowNamedInPlace(t *testing.T) {
	tests := []struct{ text, want string }{
		{"friday nights drag. just me and the telly", "lonel"},
		{"saturdays are so quiet, only me and the dog", "lonel"},
		{"my sister forgot to call on my birthday and i feel so dumb for being this upset", "isn't stupid|nothing foolish"},
		{"😔", "Do you want to talk about it?"},
	}
	h := newHarness(t)
	for i, tt := range tests {
		person := fmt.Sprintf("lowplace-%d", i)
		h.send(person, "hi", "")
		rs := h.send(person, tt.text, "")
		var got strings.Builder
		n := 0
		for _, r := range rs {
			got.WriteString(r.Text + "\n")
			n += len(r.Choices)
		}
		ok := false
		for _, w := range strings.Split(tt.want, "|") {
			ok = ok || strings.Contains(got.String(), w)
		}
		if !ok || n == 0 || n > 3 {
			t.Errorf("%q: reply %q with %d choices, want %q and a gentle step", tt.text, got.String(), n, tt.want)
		}
	}
}
