package agent_test

import (
	"strings"
	"testing"
)

// TestOthersNewsOffers checks that someone else's news, told with no
// request, gets one reply glad or sorry about them, naming them, with one
// button that offers to write to them, and no draft until it is taken.
func TestOthersNewsOffers(t *testing.T) {
	tests := []struct {
		text, who string
		glad      bool
	}{
		{"my flatmate just got her first job offer!!", "flatmate", true},
		{"my niece won a poetry prize at school", "niece", true},
		{"my oldest friend got into the masters he applied for", "oldest friend", true},
		{"my boss's husband had a heart attack", "boss", false},
		{"my best mate's hamster died this morning", "best mate", false},
		{"my cousin got knocked down by a car on her way home", "cousin", false},
		{"my godson has chickenpox again", "godson", false},
	}
	gladWords := []string{"great", "wonderful", "brilliant", "lovely", "congrat", "good news"}
	sorryWords := []string{"sorry", "awful", "shock"}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "hi", "")
			rs := h.send("p", tc.text, "")
			text := strings.ToLower(allText(rs))
			if draftStarted(rs) || len(rs) != 1 {
				t.Fatalf("want one listening reply, no draft: %q", text)
			}
			words := sorryWords
			if tc.glad {
				words = gladWords
			}
			if !containsAny(text, words) || tc.glad && containsAny(text, sorryWords) {
				t.Errorf("glad %v: reply %q", tc.glad, text)
			}
			if !strings.Contains(text, tc.who) {
				t.Errorf("reply %q does not name %q", text, tc.who)
			}
			var offers []string
			for _, c := range rs[0].Choices {
				offers = append(offers, c.ID+"="+c.Label)
			}
			if len(offers) != 1 || !strings.HasPrefix(offers[0], "offer:yes=Write to ") || !strings.Contains(strings.ToLower(offers[0]), tc.who) {
				t.Errorf("choices %v, want one offer to write to %s", offers, tc.who)
			}
			if rs := h.send("p", "yes", ""); !draftStarted(rs) {
				t.Errorf("yes after the offer: %q, want a draft started", allText(rs))
			}
		})
	}
}

// TestStoryWordsPauseNothing checks that "freeze", "hold" or "mute" in a
// story, with "everyone" or "all" elsewhere in it, pauses no reminders.
func TestStoryWordsPauseNothing(t *testing.T) {
	for _, text := range []string{
		"gave a toast at the wedding and everyone watched me freeze",
		"had to hold back tears in front of all my colleagues",
		"my mic was on mute the whole call and everyone was waiting",
	} {
		h := newHarness(t)
		h.send("p", "remind me to call mum every sunday", "")
		rs := h.send("p", text, "")
		if strings.Contains(strings.ToLower(allText(rs)), "paused") {
			t.Errorf("%q paused reminders: %q", text, allText(rs))
		}
	}
}

// TestOthersNewsNamed checks that someone else's news, good or bad, is
// answered by naming what happened, for them: not "great news for your
// cousin" alone but what the cousin did, with glad or sorry words that fit.
func TestOthersNewsNamed(t *testing.T) {
	tests := []struct {
		text  string
		named []string
		glad  bool
	}{
		{"my best friend got into her dream uni", []string{"getting into her dream uni"}, true},
		{"my little sister got picked for the county netball team", []string{"picked for the county netball team"}, true},
		{"omg my cousin bagged a scholarship to study in canada", []string{"scholarship"}, true},
		{"my grandad is finally home from hospital", []string{"home from hospital"}, true},
		{"my friend ola just had a baby girl", []string{"baby girl"}, true},
		{"my coworker got laid off this morning", []string{"laid off"}, false},
		{"my oldest friend was diagnosed with ms last week", []string{"diagnosed with ms"}, false},
		{"my pal got scammed out of 2 grand", []string{"scammed"}, false},
		{"my son didnt make the football team", []string{"not making the football team"}, false},
		{"my neighbour's house got flooded", []string{"house getting flooded"}, false},
	}
	gladWords := []string{"great", "wonderful", "brilliant", "lovely", "congrat", "good news", "relief"}
	sorryWords := []string{"sorry", "awful", "shock"}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "hi", "")
			rs := h.send("p", tc.text, "")
			text := strings.ToLower(allText(rs))
			if draftStarted(rs) || len(rs) != 1 {
				t.Fatalf("want one listening reply, no draft: %q", text)
			}
			if !containsAny(text, tc.named) {
				t.Errorf("reply %q does not name the news (%v)", text, tc.named)
			}
			words, not := sorryWords, gladWords
			if tc.glad {
				words, not = gladWords, sorryWords
			}
			if !containsAny(text, words) || containsAny(text, not) {
				t.Errorf("glad %v: reply %q", tc.glad, text)
			}
		})
	}
}
