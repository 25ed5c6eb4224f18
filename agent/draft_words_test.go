package agent_test

import (
	"strings"
	"testing"
)

// TestReminderAskedMidDraftIsSet checks that a reminder asked for while a
// draft is on screen starts a reminder and never becomes a line of the
// draft.
func TestReminderAskedMidDraftIsSet(t *testing.T) {
	for _, ask := range []string{
		"oh and remind me to ring her on sunday",
		"can you remind me to check in with him next week",
		"also set a reminder to text her on monday",
	} {
		t.Run(ask, func(t *testing.T) {
			h := newHarness(t)
			skipToDraft(h, h.send("p", "help me write to my friend noor, she's moving to leeds", ""))
			rs := h.send("p", ask, "")
			got := allText(rs)
			if strings.Contains(strings.ToLower(draftText(rs)), "remind") {
				t.Fatalf("the reminder went into the draft: %q", got)
			}
			if !strings.Contains(strings.ToLower(got), "remind") && !strings.Contains(strings.ToLower(got), "timezone") {
				t.Errorf("no reminder was started: %q", got)
			}
		})
	}
}

// TestDoneAtAStepWritesTheDraft checks that "done" typed before the draft
// is shown writes it at once rather than asking the next step.
func TestDoneAtAStepWritesTheDraft(t *testing.T) {
	for _, done := range []string{"done", "that's it", "done thanks"} {
		h := newHarness(t)
		h.send("p", "/draft", "")
		h.send("p", "my uncle karl", "")
		if d := draftText(h.send("p", done, "")); d == "" {
			t.Errorf("%q at a step showed no draft", done)
		}
	}
}

// TestFeelInOtherWords checks that a feel said in words the buttons do not
// use is taken as the feel, not set aside as small talk.
func TestFeelInOtherWords(t *testing.T) {
	for _, feel := range []string{"just sincere", "keep it genuine", "very direct pls"} {
		h := newHarness(t)
		h.send("p", "help me write to my brother idris, i've been low since the move", "")
		got := allText(h.send("p", feel, ""))
		if strings.Contains(got, "fair enough") || strings.Contains(got, "What feel") {
			t.Errorf("%q at the feel step: got %q", feel, got)
		}
	}
}

// TestDetailAtAStepIsNoChange checks that a detail typed at a step, with a
// word in it that could name a feel, is kept as a detail and not taken for
// a change to make.
func TestDetailAtAStepIsNoChange(t *testing.T) {
	h := newHarness(t)
	h.send("p", "help me write to my old teammate dele, it's been years", "")
	got := allText(h.send("p", "we used to do the silliest warm ups before every match", ""))
	if strings.Contains(got, "Noted — the draft will have that") {
		t.Errorf("a detail was taken for a change: %q", got)
	}
}

// TestNameAfterAnOfferTakesIt checks that a bare name typed after an offer
// to write to someone unnamed writes to that name.
func TestNameAfterAnOfferTakesIt(t *testing.T) {
	h := newHarness(t)
	if rs := h.send("p", "my colleague is having an awful week", ""); draftStarted(rs) {
		t.Fatalf("news started a draft: %q", allText(rs))
	}
	rs := h.send("p", "odalys", "")
	if !draftStarted(rs) || !strings.Contains(allText(rs), "Odalys") {
		t.Errorf("got %q, want a draft to Odalys", allText(rs))
	}
}

// TestOccasionTypedForWho checks that an occasion typed where who was
// asked is kept and who is asked again, never taken for a name.
func TestOccasionTypedForWho(t *testing.T) {
	for _, occ := range []string{"get well", "congrats", "a thank you"} {
		h := newHarness(t)
		h.send("p", "/draft", "")
		got := allText(h.send("p", occ, ""))
		if !strings.Contains(got, "Who is it for") {
			t.Errorf("%q at who: got %q, want who asked again", occ, got)
		}
		d := skipToDraft(h, h.send("p", "my neighbour bashir", ""))
		if !strings.Contains(d, "Bashir") {
			t.Errorf("%q then a name: draft %q", occ, d)
		}
	}
}

// TestTwoPeopleAndPartners checks who a draft is for when news names a
// partner, and when two people are named together.
func TestTwoPeopleAndPartners(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"my cousin ama married her boyfriend kwesi on saturday, help me write to her", "Ama", "Hi Kwesi"},
		{"write a thank you to my grandparents, ruth and ezra, for the weekend", "Ruth and Ezra", "everyone"},
	} {
		h := newHarness(t)
		d := skipToDraft(h, h.send("p", tc.text, ""))
		first, _, _ := strings.Cut(d, ".")
		if !strings.Contains(first, tc.want) || strings.Contains(d, tc.not) {
			t.Errorf("%q: draft %q, want %s greeted", tc.text, d, tc.want)
		}
	}
}

// TestNewDraftAboutItKeepsWhatWasSaid checks that a draft to someone else
// "about it", asked once a draft is on screen, carries what was said for
// the draft before.
func TestNewDraftAboutItKeepsWhatWasSaid(t *testing.T) {
	h := newHarness(t)
	skipToDraft(h, h.send("p", "help me write to my friend dana, she got the job she wanted at the museum", ""))
	d := skipToDraft(h, h.send("p", "can you write to my cousin jamal about it too", ""))
	if !strings.Contains(d, "Jamal") || !strings.Contains(d, "museum") {
		t.Errorf("draft %q, want one to Jamal about the museum job", d)
	}
}

// TestToneInWordsIsSaidBack checks that a feel typed in words at the tone
// step is said back as the choice it is, and the draft written with it.
func TestToneInWordsIsSaidBack(t *testing.T) {
	h := newHarness(t)
	h.send("p", "can you help me message my uncle ravi, he retired last week", "")
	got := allText(h.send("p", "ok so not too formal pls, more chill", ""))
	if !strings.Contains(got, "Casual it is.") || strings.Contains(got, "Noted — the draft will have that") {
		t.Errorf("a feel typed in words: %q, want it said back as casual", got)
	}
}
