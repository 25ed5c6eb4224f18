package agent_test

import (
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// draftStarted reports whether replies started or showed a draft: a
// drafting step was asked or a draft was shown.
func draftStarted(rs []agent.Reply) bool {
	for _, r := range rs {
		if r.Draft {
			return true
		}
		for _, c := range r.Choices {
			if strings.HasPrefix(c.ID, "occ:") || strings.HasPrefix(c.ID, "tone:") || c.ID == "slot:skip" {
				return true
			}
		}
		if strings.Contains(r.Text, "Who would you like to write to") || strings.Contains(r.Text, "Who is it for?") {
			return true
		}
	}
	return false
}

// TestPronounMeansWhoWasTalkedAbout checks that "him", "her" or "them" in
// a request to write means the person spoken of last.
func TestPronounMeansWhoWasTalkedAbout(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"moving-brother", []string{"my brother Kofi is moving to Lisbon next month", "what should i send him"}, "Kofi"},
		{"grandpa-birthday", []string{"my grandpa turns 80 on saturday", "/cancel", "write him a birthday message"}, "Grandpa"},
		{"neighbour-thanks", []string{"my neighbour Mr Okonjo lent me his ladder for the whole weekend", "/cancel", "can you help me thank him"}, "Mr Okonjo"},
		{"leaving-coworker", []string{"my coworker priya is leaving on friday", "/cancel", "text her a goodbye"}, "Priya"},
		{"group", []string{"the uni group chat has been dead for months", "/cancel", "write them something fun"}, "group"},
		{"at-who", []string{"my uncle Desmond just retired after 40 years at the post office", "/cancel", "/draft", "him"}, "Desmond"},
		{"write-it", []string{"sent my friend obi a meme on monday and nothing back, is it ok to text again?", "ok help me write it"}, "Obi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			var rs []agent.Reply
			for _, l := range tc.lines {
				rs = h.send("p", l, "")
			}
			got := allText(rs)
			if !draftStarted(rs) || !strings.Contains(got, tc.want) || strings.Contains(got, "Who would you like to write to") {
				t.Errorf("after %q: got %q, want a draft to %s", tc.lines, got, tc.want)
			}
		})
	}
}

// TestPronounWithNobodyTalkedAbout checks that a pronoun with nobody
// spoken of lately, or with someone new described, asks who instead of
// guessing.
func TestPronounWithNobodyTalkedAbout(t *testing.T) {
	h := newHarness(t)
	rs := h.send("fresh", "text her", "")
	if got := allText(rs); !strings.Contains(got, "Who") {
		t.Errorf("text her, first message: got %q, want the question who", got)
	}

	h.send("late", "my aunt Teodora broke her wrist skiing", "")
	h.send("late", "/cancel", "")
	h.clock.now = h.clock.now.Add(25 * time.Hour)
	if got := allText(h.send("late", "write her a get well message", "")); strings.Contains(got, "Teodora") {
		t.Errorf("a day later: got %q, want no guess at Teodora", got)
	}

	h.send("new", "my sister Hana just got engaged", "")
	h.send("new", "/cancel", "")
	if got := allText(h.send("new", "help me write to a friend, she just lost her job", "")); strings.Contains(got, "Hana") {
		t.Errorf("someone new described: got %q, want no Hana", got)
	}
}

// TestSameForSomeoneElse checks that "the same for …" writes the draft on
// screen again for the person it names.
func TestSameForSomeoneElse(t *testing.T) {
	h := newHarness(t)
	h.send("p", "write a birthday message to my friend Tomasz", "")
	for i := 0; i < 3; i++ {
		h.send("p", "skip", "")
	}
	rs := h.send("p", "can you do the same for my cousin Ilse", "")
	d := draftText(rs)
	if !strings.Contains(d, "Ilse") || strings.Contains(d, "Tomasz") || !strings.Contains(strings.ToLower(d), "birthday") {
		t.Errorf("same for Ilse: got draft %q, want a birthday message to Ilse", d)
	}

	rs = h.send("p", "done", "")
	if draftText(rs) == "" {
		t.Fatalf("done: no draft to copy in %q", allText(rs))
	}
	d = draftText(h.send("p", "and one for my uncle Bram too", ""))
	if !strings.Contains(d, "Bram") || !strings.Contains(strings.ToLower(d), "birthday") {
		t.Errorf("one for Bram after done: got draft %q, want a birthday message to Bram", d)
	}
}

// draftText is the last draft shown in rs, "" when none was.
func draftText(rs []agent.Reply) string {
	d := ""
	for _, r := range rs {
		if r.Draft {
			if q := quotedDraft(r.Text); q != "" {
				d = q
			}
		}
	}
	return d
}

// TestNoNameAsksOnce checks that a request naming no one asks who once,
// and that an answer that gives no one writes the draft without a name
// rather than asking again.
func TestNoNameAsksOnce(t *testing.T) {
	for _, answer := range []string{"just write it", "i'd rather not say", "whatever", "doesn't matter who", "leave the name out", "you pick"} {
		h := newHarness(t)
		rs := h.send("p", "can you write a thank you message", "")
		if !strings.Contains(allText(rs), "Who") {
			t.Fatalf("no one named: got %q, want the question who", allText(rs))
		}
		rs = h.send("p", answer, "")
		got := allText(rs)
		if strings.Contains(got, "Who is it for") || strings.Contains(got, "Let's write to") {
			t.Errorf("%q: got %q, want the flow to go on without a name", answer, got)
		}
	}
}
