package agent_test

import (
	"strings"
	"testing"
)

// TestChangeOfPersonMidDraft checks that naming someone else at any step
// of a draft turns it to them: the words of the change never go into the
// draft, a correction keeps what was said, "about it" keeps what was said
// of the one left with their name, and the steps answered are not asked
// again.
func TestChangeOfPersonMidDraft(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		// lead must be in the reply to the change; has must be in the
		// draft, not must not.
		lead string
		has  []string
		not  []string
	}{
		{name: "about it at the feel step",
			lines: []string{"help me message my aunt, her old dog died last week", "hmm actually do one for my uncle about it instead"},
			lead:  "your uncle", has: []string{"dog"}, not: []string{"instead", "about it", "your dog", "your old dog"}},
		{name: "plain instead, a name",
			lines: []string{"write to jamal, he's moving to leeds next month", "casual", "no wait, text priya instead"},
			lead:  "Priya", has: []string{"Priya"}, not: []string{"Jamal", "instead", "leeds"}},
		{name: "a correction keeps the news",
			lines: []string{"can you write to my friend lou, she got the promotion she wanted", "sorry, i meant my friend kat"},
			lead:  "Kat", has: []string{"Kat", "promotion"}, not: []string{"Lou", "meant"}},
		{name: "after the draft was shown",
			lines: []string{"draft a birthday message to my niece", "skip", "skip", "oh sorry, my nephew not my niece"},
			lead:  "nephew", has: []string{"birthday"}, not: []string{"niece", "sorry"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			var rs = h.send("p", tc.lines[0], "")
			for _, l := range tc.lines[1:] {
				rs = h.send("p", l, "")
			}
			if got := allText(rs); !strings.Contains(got, tc.lead) {
				t.Errorf("the reply to the change should speak of %q:\n%s", tc.lead, got)
			}
			d := skipToDraft(h, rs)
			if d == "" {
				t.Fatalf("no draft after %q", tc.lines)
			}
			for _, w := range tc.has {
				if !strings.Contains(strings.ToLower(d), strings.ToLower(w)) {
					t.Errorf("draft %q lacks %q", d, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(strings.ToLower(d), strings.ToLower(w)) {
					t.Errorf("draft %q has %q", d, w)
				}
			}
		})
	}
}

// TestChangeOfOccasionMidDraft checks that saying the message is for
// something else, at a step or once the draft is shown, writes it for
// that, without the words of the change.
func TestChangeOfOccasionMidDraft(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		has   string
		not   []string
	}{
		{[]string{"write to my neighbour gita", "it's been a while", "actually make it a thank you instead"}, "thank", []string{"instead", "a while"}},
		{[]string{"help me write to my brother", "his birthday", "no it's more of an apology"}, "sorry", []string{"birthday", "more of"}},
		{[]string{"message my colleague ben", "just thinking of him", "warm", "skip", "make it encouraging instead"}, "", []string{"instead", "encouraging"}},
		{[]string{"text my cousin wren", "her birthday", "casual", "nah turn it into a congrats, she passed her driving test"}, "congrat", []string{"birthday", "turn it"}},
	} {
		t.Run(tc.lines[len(tc.lines)-1], func(t *testing.T) {
			h := newHarness(t)
			var rs = h.send("p", tc.lines[0], "")
			for _, l := range tc.lines[1:] {
				rs = h.send("p", l, "")
			}
			if got := allText(rs); !strings.Contains(got, "Okay") {
				t.Errorf("the change should be acknowledged:\n%s", got)
			}
			d := strings.ToLower(skipToDraft(h, rs))
			if d == "" {
				t.Fatalf("no draft after %q", tc.lines)
			}
			if !strings.Contains(d, tc.has) {
				t.Errorf("draft %q lacks %q", d, tc.has)
			}
			for _, w := range tc.not {
				if strings.Contains(d, w) {
					t.Errorf("draft %q has %q", d, w)
				}
			}
		})
	}
}

// TestGoAheadAtAStep checks that saying to go ahead at any step before
// the draft writes it at once, and that the words are never a detail.
func TestGoAheadAtAStep(t *testing.T) {
	for _, tc := range []struct{ ask, step, goWords string }{
		{"i'd like to write to my godmother", "", "alright let's see it"},
		{"help me text my mate olu", "it's been ages", "yep go for it"},
		{"write something for my stepdad", "his retirement", "just write it then"},
		{"a note for my teacher mrs hale", "thank you", "go ahead now"},
		{"message my sister", "", "ok lets go"},
	} {
		t.Run(tc.goWords, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", tc.ask, "")
			if tc.step != "" {
				h.send("p", tc.step, "")
			}
			d := draftText(h.send("p", tc.goWords, ""))
			if d == "" {
				t.Fatalf("%q at a step did not write the draft", tc.goWords)
			}
			for _, w := range strings.Fields(tc.goWords) {
				if len(w) > 3 && strings.Contains(strings.ToLower(d), " "+w+" ") {
					t.Errorf("draft %q has %q from the go-ahead", d, w)
				}
			}
		})
	}
}

// TestTwoPeopleNamedTogether checks that two people joined by "&" or
// "and" are greeted together, never as one name with the "&".
func TestTwoPeopleNamedTogether(t *testing.T) {
	for _, tc := range []struct{ ask, greet string }{
		{"write a note to priya & sam for their housewarming", "Priya and Sam"},
		{"help me congratulate kwame and ama on the new baby", "Kwame and Ama"},
		{"a thank you to my nan & grandad for the birthday money", "Nan and Grandad"},
	} {
		t.Run(tc.ask, func(t *testing.T) {
			h := newHarness(t)
			d := skipToDraft(h, h.send("p", tc.ask, ""))
			if d == "" {
				t.Fatalf("no draft for %q", tc.ask)
			}
			if strings.Contains(d, "&") {
				t.Errorf("draft %q keeps the &", d)
			}
			first, _, _ := strings.Cut(d, ".")
			if !strings.Contains(first, tc.greet) {
				t.Errorf("draft %q should greet %s", d, tc.greet)
			}
		})
	}
}

// TestGoAheadNamesTheMessage checks go-aheads that name the message ("ok
// lets do the text", "back to the note"): they write the draft and are
// never read as a plan to put in it.
func TestGoAheadNamesTheMessage(t *testing.T) {
	for _, goWords := range []string{"ok lets do the message then", "back to the note pls", "sure, write the dm", "alright lets start the text"} {
		t.Run(goWords, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "help me write to my uncle dev, he just moved house", "")
			d := draftText(h.send("p", goWords, ""))
			if d == "" {
				t.Fatalf("%q at a step did not write the draft", goWords)
			}
			if strings.Contains(d, "How about") || strings.Contains(strings.ToLower(d), " we do ") || strings.Contains(d, " pls") {
				t.Errorf("draft %q took the go-ahead %q as content", d, goWords)
			}
		})
	}
}
