package agent_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// offerTo is who the offer to write that replies end on is to, "" when
// there is none; ids are the choices that make that offer.
func offerTo(rs []agent.Reply, ids ...string) string {
	for _, r := range rs {
		for _, c := range r.Choices {
			if slices.Contains(ids, c.ID) && strings.HasPrefix(c.Label, "Write to ") {
				return strings.TrimPrefix(c.Label, "Write to ")
			}
		}
	}
	return ""
}

// TestFeelingAboutSomeoneListensFirst checks that telling how someone
// makes you feel gets a listening reply and an offer to write to them,
// never a draft straight away, and that taking the offer writes to them.
func TestFeelingAboutSomeoneListensFirst(t *testing.T) {
	for _, tc := range []struct{ text, who string }{
		{"my housemate leaves dirty pans everywhere and it's driving me up the wall", "your housemate"},
		{"my sister never asks how i'm doing and it really stings", "your sister"},
		{"my manager keeps booking meetings at 6pm, honestly fuming", "your"},
		{"my dad keeps making comments about my weight and it gets to me", "Dad"},
		{"my girlfriend's been on her phone all evening and it bugs me", "your girlfriend"},
		{"my neighbour's builders start at 7am every single day, it's doing my head in", "your neighbour"},
		{"my brother borrowed £200 in june and still hasn't paid it back, so annoyed", "your brother"},
		{"Ellie has left me on read since monday and it's eating me up", "Ellie"},
		{"my mate Jonno bailed on my party last minute and i'm pretty hurt", "Jonno"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			h := newHarness(t)
			rs := h.send("p", tc.text, "")
			if draftStarted(rs) {
				t.Fatalf("a statement started a draft: %q", allText(rs))
			}
			who := offerTo(rs, "menu:draft")
			if who == "" || !strings.Contains(who, tc.who) {
				t.Fatalf("offer to write to %q, want %q, in %q", who, tc.who, allText(rs))
			}
			rs = h.send("p", "", "menu:draft")
			if !draftStarted(rs) || !strings.Contains(allText(rs), who) {
				t.Errorf("taking the offer: got %q, want a draft to %s", allText(rs), who)
			}
		})
	}
}

// TestRequestsAboutSomeoneStillDraft checks that the same feelings with a
// request to write, or a birthday coming up, still start a draft. (Someone
// else's news is met gladly or sadly first, with an offer to write:
// TestOthersNewsOffers.)
func TestRequestsAboutSomeoneStillDraft(t *testing.T) {
	for _, text := range []string{
		"my housemate keeps using my stuff, can you help me write to her about it",
		"please text my brother that he still owes me £200",
		"i want to message my sister, she never asks how i am and it stings",
		"my best mate hasnt replied in a week, help me send a nudge",
		"my cousin Maya just got into medical school, help me congratulate her",
		"my nan turns 90 on sunday",
	} {
		h := newHarness(t)
		if rs := h.send("p", text, ""); !draftStarted(rs) {
			t.Errorf("%q: got %q, want a draft started", text, allText(rs))
		}
	}
}

// TestOrdinaryNounNeverRecipient checks that what belongs to someone is
// not taken for their name.
func TestOrdinaryNounNeverRecipient(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"my flatmate's cooking smells amazing tonight, write her a thank you", "Cooking"},
		{"my boss's emails are so long, help me reply to her", "Emails"},
		{"my friend's band played their first gig, help me congratulate him", "Band"},
	} {
		h := newHarness(t)
		if got := allText(h.send("p", tc.text, "")); strings.Contains(got, tc.not) {
			t.Errorf("%q: got %q, want no %q", tc.text, got, tc.not)
		}
	}
}
