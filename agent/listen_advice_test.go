package agent_test

import (
	"strings"
	"testing"
)

// TestAdviceWhileListening checks that "what should I do", asked in any
// wording right after a listening reply, gets a small concrete answer for
// what was told, with an offer to write to someone, never a decline, a
// guide paragraph or a bare "I'm here".
func TestAdviceWhileListening(t *testing.T) {
	tests := []struct {
		told, asked string
		// must holds words of the step the answer should give.
		must []string
	}{
		{"been feeling so flat and grey all week", "so what do i do", []string{"gentle", "one person"}},
		{"i'm lonely most evenings to be honest", "any tips?", []string{"hello", "regular"}},
		{"nobody ever invites me to anything anymore", "how do i fix this", []string{"hello", "regular"}},
		{"my best mate and i had a massive row last night", "what should i even do now", []string{"say it simply"}},
		{"my aunt just got told her cancer is back", "idk what to do", []string{"thinking of", "practical"}},
		{"i feel terrible for ignoring my cousin's texts for months", "what would you do", []string{"sorry"}},
		// A small step asked for as "something little" or "any one
		// thing", with or without a question mark, is the same ask.
		{"i've been really low since the holidays ended", "is there something little i could do", []string{"gentle", "one person", "tiny", "hello"}},
		{"honestly i just feel cut off from everyone lately", "any easy steps we might try?", []string{"hello", "regular", "tiny"}},
		{"weekends are the worst, i don't talk to a soul", "got one simple idea to start with", []string{"hello", "regular", "tiny"}},
	}
	for _, tc := range tests {
		t.Run(tc.told+" / "+tc.asked, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "hi", "")
			h.send("p", tc.told, "")
			rs := h.send("p", tc.asked, "")
			text := strings.ToLower(allText(rs))
			if len(rs) != 1 || draftStarted(rs) {
				t.Fatalf("want one reply, no draft: %q", text)
			}
			for _, w := range declineWords {
				if strings.Contains(text, w) {
					t.Fatalf("declined or quoted the guide: %q", text)
				}
			}
			if !containsAny(text, tc.must) {
				t.Errorf("reply %q gives none of the steps %v", text, tc.must)
			}
			write := false
			for _, c := range rs[0].Choices {
				write = write || strings.HasPrefix(c.Label, "Write to")
			}
			if !write {
				t.Errorf("reply %q offers no one to write to: %v", text, rs[0].Choices)
			}
		})
	}
}

// TestOneStepAskedGetsOne checks that asking for a single small thing to
// try, after telling of feeling cut off, gets one step, not two; asking for
// ideas in the plural may get both.
func TestOneStepAskedGetsOne(t *testing.T) {
	for _, tc := range []struct {
		told, asked string
		one         bool
	}{
		{"i've felt so alone since i started the new job", "is there one small thing i could do", true},
		{"nobody really calls me anymore and the evenings are long", "anything easy i might start with?", true},
		{"i'm lonely most evenings to be honest", "any tips?", false},
	} {
		h := newHarness(t)
		h.send("p", "hi", "")
		h.send("p", tc.told, "")
		text := allText(h.send("p", tc.asked, ""))
		if !containsAny(strings.ToLower(text), []string{"hello", "message"}) {
			t.Errorf("%q after %q: %q gives no step", tc.asked, tc.told, text)
		}
		if two := strings.Contains(text, "Two small things"); tc.one && two {
			t.Errorf("%q after %q: one thing asked for, two given: %q", tc.asked, tc.told, text)
		}
	}
}

// TestAdviceNeedsListening checks that the same question with nothing
// told before it, or with a topic of its own, is not answered with the
// listening steps.
func TestAdviceNeedsListening(t *testing.T) {
	for _, text := range []string{"what should i do", "what should i do about my flatmate never cleaning up"} {
		h := newHarness(t)
		h.send("p", "hi", "")
		if strings.Contains(strings.ToLower(allText(h.send("p", text, ""))), "be gentle with yourself") {
			t.Errorf("%q with nothing told got the listening steps", text)
		}
	}
}

// TestCareAdvice checks that in care mode, after a crisis reply, asking
// what to do gets a small, safe next step and someone to tell, with the
// helplines and the offer to write, and that two wordings get it alike.
func TestCareAdvice(t *testing.T) {
	for _, asked := range []string{"what am i supposed to do", "i honestly dont know what to do anymore"} {
		h := newHarness(t)
		h.send("p", "i don't see the point in going on anymore", "")
		rs := h.send("p", asked, "")
		text := strings.ToLower(allText(rs))
		if !strings.Contains(text, "one person") || !strings.Contains(text, "helpline") {
			t.Errorf("%q in care mode: %q, want a small step and someone to tell", asked, text)
		}
		ids := ""
		for _, r := range rs {
			for _, c := range r.Choices {
				ids += c.ID + " "
			}
		}
		if !strings.Contains(ids, "crisis:helplines") || !strings.Contains(ids, "care:write") {
			t.Errorf("%q in care mode: choices %q, want helplines and the offer to write", asked, ids)
		}
	}
}

// TestMoreOfNewsInKey checks that more told about someone's news after
// the reply to it is heard in the news's key: glad for a happy detail,
// caring for a hard one, never "a lot to carry" on a happy story.
func TestMoreOfNewsInKey(t *testing.T) {
	tests := []struct {
		news, more string
		want       []string
		not        string
	}{
		{"my cousin just had twin boys!!", "they're called leo and max, both doing great", []string{"lovely", "happy", "wonderful"}, "a lot to carry"},
		{"my flatmate got laid off this morning", "she was there nearly ten years", []string{"care", "thinking of"}, "lovely"},
		{"my uncle's bakery had to close down last week", "he'd run it since the eighties, every single morning", []string{"care", "thinking of", "harder", "telling me more"}, "lovely"},
		{"my best mate's dog died on sunday", "she had him since uni lol, he went everywhere with her", []string{"care", "thinking of", "harder"}, "lovely"},
	}
	for _, tc := range tests {
		h := newHarness(t)
		h.send("p", "hi", "")
		h.send("p", tc.news, "")
		text := strings.ToLower(allText(h.send("p", tc.more, "")))
		if !containsAny(text, tc.want) || strings.Contains(text, tc.not) {
			t.Errorf("%q after %q: %q, want %v and not %q", tc.more, tc.news, text, tc.want, tc.not)
		}
	}
}

// TestToldThenAsked checks that something told together with "what do i
// do" in a clause of its own is listened to as told, with a first step
// for it, never drafted at once, declined or answered with a guide page.
func TestToldThenAsked(t *testing.T) {
	tests := []struct {
		text string
		must []string
	}{
		{"my neighbour's husband passed away last night and i have no idea what to do", []string{"sorry", "first step"}},
		{"so my brother lost his job again. what do i even do", []string{"sorry", "first step"}},
		{"everything feels heavy lately and i just don't know what to do", []string{"first step"}},
		{"honestly idk what to do, i feel like nobody at uni even notices me", []string{"first step"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "hi", "")
			rs := h.send("p", tc.text, "")
			text := strings.ToLower(allText(rs))
			if len(rs) != 1 || draftStarted(rs) {
				t.Fatalf("want one listening reply, no draft: %q", text)
			}
			for _, w := range declineWords {
				if strings.Contains(text, w) {
					t.Fatalf("declined or quoted the guide: %q", text)
				}
			}
			for _, w := range tc.must {
				if !strings.Contains(text, w) {
					t.Errorf("reply %q lacks %q", text, w)
				}
			}
		})
	}
}
