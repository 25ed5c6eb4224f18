package agent_test

import (
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestQuestionBeforeTheNameSetsTheOccasion checks that a question about
// what to say to someone in a situation, asked while the draft waits for a
// name, becomes what the draft is about once the name is given: the
// occasion is not asked, and the draft speaks to that situation.
func TestQuestionBeforeTheNameSetsTheOccasion(t *testing.T) {
	for _, tc := range []struct {
		question, who string
		want          []string // one of these is in the draft
	}{
		{"hmm what do you even say to someone who just had a miscarriage", "my coworker jen. we're friendly but not super close", []string{"sorry", "thinking of you"}},
		{"how do i support a friend whose dad died last week", "leah", []string{"sorry about your dad", "your dad"}},
		{"what should i text a mate who just got engaged", "tomasz from football", []string{"engage", "congrat"}},
	} {
		t.Run(tc.question, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "/draft", "")
			rs := h.send("p", tc.question, "")
			if d := draftText(rs); d != "" {
				t.Fatalf("the question was taken for the draft: %q", d)
			}
			rs = h.send("p", tc.who, "")
			if got := allText(rs); strings.Contains(got, "What's the occasion") {
				t.Fatalf("the occasion was asked after the question said it:\n%s", got)
			}
			d := strings.ToLower(skipToDraft(h, rs))
			if !containsAny(d, tc.want) {
				t.Errorf("draft %q has none of %q", d, tc.want)
			}
		})
	}
}

// TestWhatToSayTakesTheOffer checks that asking what to say, right after
// the companion offered to write to someone about their news, is taken as
// a yes to the offer, never sent to the guide as a question of its own.
func TestWhatToSayTakesTheOffer(t *testing.T) {
	for _, tc := range []struct{ news, ask, word string }{
		{"someone from my old job, kenji, just got engaged, i saw it on linkedin", "what do i even say", "kenji"},
		{"my neighbour priya just had her first baby!!", "idk what to write lol", "priya"},
		{"my cousin dami got into medical school", "how do i word it", "dami"},
	} {
		t.Run(tc.ask, func(t *testing.T) {
			h := newHarness(t)
			rs := h.send("p", tc.news, "")
			if !offersWriting(rs) {
				t.Fatalf("no offer to write after the news:\n%s", allText(rs))
			}
			rs = h.send("p", tc.ask, "")
			if got := allText(rs); strings.Contains(got, "From the guide") {
				t.Fatalf("asking what to say went to the guide:\n%s", got)
			}
			d := strings.ToLower(skipToDraft(h, rs))
			if !strings.Contains(d, tc.word) {
				t.Errorf("draft %q is not to %s", d, tc.word)
			}
		})
	}
}

// offersWriting reports a reply with a button to write to someone.
func offersWriting(rs []agent.Reply) bool {
	for _, r := range rs {
		for _, c := range r.Choices {
			if strings.HasPrefix(c.Label, "Write to ") {
				return true
			}
		}
	}
	return false
}

// TestWhatToTellThemTakesTheOffer checks that saying what the message should
// tell them, right after the offer to write, starts the draft with it.
func TestWhatToTellThemTakesTheOffer(t *testing.T) {
	for _, tc := range []struct{ news, content, word string }{
		{"my friend osei just got laid off and he's pretty down about it", "i want him to know i'm around if he wants to talk or get a beer", "beer"},
		{"my aunt carmen is in hospital again", "just tell her we're all thinking of her and the kids drew her a card", "card"},
	} {
		t.Run(tc.content, func(t *testing.T) {
			h := newHarness(t)
			if rs := h.send("p", tc.news, ""); !offersWriting(rs) {
				t.Fatalf("no offer to write after the news:\n%s", allText(rs))
			}
			d := strings.ToLower(skipToDraft(h, h.send("p", tc.content, "")))
			if !strings.Contains(d, tc.word) {
				t.Errorf("draft %q lacks %q", d, tc.word)
			}
		})
	}
}
