package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// skipToDraft answers the drafting steps with "skip" until a draft is on
// screen, and returns it.
func skipToDraft(h *harness, rs []agent.Reply) string {
	for i := 0; i < 4 && draftText(rs) == ""; i++ {
		rs = h.send("p", "skip", "")
	}
	return draftText(rs)
}

// TestOthersNewsOffersFirst checks that someone else's good news told with
// nothing asked gets a reply about them and a one-tap offer to write, never
// a draft nobody asked for; and that taking the offer in any words writes
// to them with the news in the draft.
func TestOthersNewsOffersFirst(t *testing.T) {
	news := []struct{ text, who, word string }{
		{"my cousin olu just passed his bar exam", "Olu", "congrat"},
		{"guess what, my best friend tamsin is pregnant!!", "Tamsin", "congrat"},
		{"our friend kasia finally got her visa after 2 years", "Kasia", "visa"},
		{"my little brother got into his first choice uni", "brother", "congrat"},
	}
	takes := []struct{ text, choice string }{
		{"", "offer:yes"},
		{"yes", ""},
		{"aw yeah write to them", ""},
		{"ok can you help me send something", ""},
		{"i should really congratulate them", ""},
	}
	for _, n := range news {
		for _, tk := range takes {
			t.Run(n.text+"/"+tk.text+tk.choice, func(t *testing.T) {
				h := newHarness(t)
				rs := h.send("p", n.text, "")
				if draftStarted(rs) {
					t.Fatalf("news started a draft nobody asked for: %q", allText(rs))
				}
				if who := offerTo(rs, "offer:yes", "menu:draft"); !strings.Contains(who, n.who) {
					t.Fatalf("offer to write to %q, want %q, in %q", who, n.who, allText(rs))
				}
				rs = h.send("p", tk.text, tk.choice)
				if !draftStarted(rs) {
					t.Fatalf("taking the offer with %q started no draft: %q", tk.text+tk.choice, allText(rs))
				}
				d := skipToDraft(h, rs)
				if !strings.Contains(strings.ToLower(d), n.word) {
					t.Errorf("draft %q lacks %q from the news", d, n.word)
				}
			})
		}
	}
}

// TestOfferGivesWayToSomeoneElse checks that a request to write to someone
// else after an offer about someone's news writes to that other person,
// not with the news.
func TestOfferGivesWayToSomeoneElse(t *testing.T) {
	h := newHarness(t)
	h.send("p", "my friend odette got a puppy today", "")
	rs := h.send("p", "actually can you help me write to my uncle femi, it's his birthday", "")
	d := skipToDraft(h, rs)
	if !strings.Contains(d, "Femi") || strings.Contains(strings.ToLower(d), "puppy") {
		t.Errorf("got %q, want a birthday draft to Femi without the puppy", d)
	}
}

// TestNewsToldInTwoMessagesIsOneDraft checks that more news about the same
// person, told right after the first ("he starts at the city hospital in
// june"), goes into the draft with it.
func TestNewsToldInTwoMessagesIsOneDraft(t *testing.T) {
	h := newHarness(t)
	h.send("p", "my cousin jonah just got a new job!", "")
	rs := h.send("p", "he starts at the eye hospital in june", "")
	if who := offerTo(rs, "offer:yes", "menu:draft"); who == "" {
		t.Fatalf("no offer to write after the second message: %q", allText(rs))
	}
	rs = h.send("p", "", "offer:yes")
	d := strings.ToLower(skipToDraft(h, rs))
	for _, want := range []string{"new job", "hospital"} {
		if !strings.Contains(d, want) {
			t.Errorf("draft %q lacks %q", d, want)
		}
	}
}
