package agent_test

import (
	"strings"
	"testing"
)

// TestQuestionAtAStepIsAnswered checks that a question about what to say,
// typed at a drafting step, is answered as a question, and that asking
// to go on brings the draft back.
func TestQuestionAtAStepIsAnswered(t *testing.T) {
	for _, tc := range []struct{ ask, question, goOn string }{
		{"help me message my uncle pete, he's just been diagnosed with parkinsons", "hmm what shouldn't i say to someone who's just been diagnosed", "ok continue with the message"},
		{"i want to write to my friend cleo, her dad is in intensive care", "wait what do you even say to someone whose parent is in icu", "continue"},
	} {
		t.Run(tc.question, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", tc.ask, "")
			rs := h.send("p", tc.question, "")
			if d := draftText(rs); d != "" {
				t.Fatalf("the question was taken for the draft: %q", d)
			}
			if got := allText(rs); strings.Contains(got, "What feel") || strings.Contains(got, "occasion") {
				t.Errorf("the question was answered with the step again:\n%s", got)
			}
			if d := skipToDraft(h, h.send("p", tc.goOn, "")); d == "" {
				t.Errorf("%q did not bring the draft back", tc.goOn)
			}
		})
	}
}

// TestDetailAtTheFeelStepIsKept checks that something to say, typed
// where the feel was asked, goes into the draft and the step that asks
// for something to mention is not asked after it.
func TestDetailAtTheFeelStepIsKept(t *testing.T) {
	for _, tc := range []struct{ ask, detail, word string }{
		{"i want to text my old flatmate rory, it's been about two years", "say i walked past our old building on tuesday and grinned", "building"},
		{"help me write to my cousin bea, we haven't talked since the wedding", "mention that i finally tried that ramen place she recommended", "ramen"},
	} {
		t.Run(tc.detail, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", tc.ask, "")
			rs := h.send("p", tc.detail, "")
			if got := allText(rs); strings.Contains(got, "Anything specific") {
				t.Fatalf("asked for something to mention right after it was said:\n%s", got)
			}
			d := skipToDraft(h, rs)
			if !strings.Contains(strings.ToLower(d), tc.word) {
				t.Errorf("draft %q lacks %q", d, tc.word)
			}
		})
	}
}

// TestWishAboutTheMessageStaysOut checks that how the person wants the
// message to land ("i don't want to worry her") is never a line of it.
func TestWishAboutTheMessageStaysOut(t *testing.T) {
	for _, wish := range []string{"i don't want to worry him", "without making her feel guilty", "i want it to sound relaxed, not clingy"} {
		t.Run(wish, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "help me write to my friend oskar, he's been distant since he moved", "")
			h.send("p", "it's been a while", "")
			d := strings.ToLower(skipToDraft(h, h.send("p", wish, "")))
			if d == "" {
				t.Fatal("no draft")
			}
			for _, w := range []string{"worry", "guilty", "clingy", "don't want"} {
				if strings.Contains(d, w) {
					t.Errorf("draft %q has %q from the wish", d, w)
				}
			}
		})
	}
}

// TestReminderMidDraftComesBack checks that a reminder asked for in the
// middle of a draft is set, and the draft comes back by itself after it,
// even when the reminder needs a question answered first.
func TestReminderMidDraftComesBack(t *testing.T) {
	h := newHarness(t)
	h.send("p", "i want to write to my friend tobi, he's starting a new job monday", "")
	rs := h.send("p", "oh and remind me to call him on friday", "")
	got := allText(rs)
	for i := 0; i < 3 && !strings.Contains(got, "back to your message to Tobi"); i++ {
		if strings.Contains(got, "timezone") {
			if !strings.Contains(got, "go back to your message to Tobi") {
				t.Errorf("the timezone question does not say the draft comes after:\n%s", got)
			}
			rs = h.send("p", "manchester", "")
			got = allText(rs)
			continue
		}
		break
	}
	if !strings.Contains(got, "back to your message to Tobi") {
		t.Fatalf("the draft did not come back after the reminder:\n%s", got)
	}
	if d := skipToDraft(h, rs); !strings.Contains(d, "Tobi") {
		t.Errorf("draft %q is not to Tobi", d)
	}
}

// TestNoNameAskedOnce checks that a request naming nobody asks who once;
// an answer that tells something but names nobody goes on to the draft,
// keeping what it told.
func TestNoNameAskedOnce(t *testing.T) {
	for _, tc := range []struct{ ask, answer, word string }{
		{"can you help me write a sorry message", "i forgot our lunch plans completely on saturday", "lunch"},
		{"i need a thank you note", "for driving me to the airport at 5am", "airport"},
	} {
		t.Run(tc.ask, func(t *testing.T) {
			h := newHarness(t)
			first := allText(h.send("p", tc.ask, ""))
			if !strings.Contains(first, "Who") {
				t.Fatalf("no question about who:\n%s", first)
			}
			rs := h.send("p", tc.answer, "")
			if got := allText(rs); strings.Contains(got, "Who is it for") || strings.Contains(got, "Who would you like") {
				t.Errorf("asked who again:\n%s", got)
			}
			if d := skipToDraft(h, rs); !strings.Contains(strings.ToLower(d), tc.word) {
				t.Errorf("draft %q lacks %q", d, tc.word)
			}
		})
	}
}
