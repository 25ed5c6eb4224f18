package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// toldReply plays text after a greeting, for a new person, and returns the
// whole reply with its choice ids.
func toldReply(h *harness, person, text string) string {
	h.send(person, "hello", "")
	var b strings.Builder
	for _, r := range h.send(person, text, "") {
		b.WriteString(r.Text + "\n")
		for _, c := range r.Choices {
			b.WriteString("[" + c.ID + "]\n")
		}
	}
	return b.String()
}

// checkReplies asserts that each reply holds one of want ("|" between)
// and none of never.
func checkReplies(t *testing.T, prefix string, tests []struct{ text, want, never string }) {
	t.Helper()
	h := newHarness(t)
	for i, tt := range tests {
		got := toldReply(h, fmt.Sprintf("%s-%d", prefix, i), tt.text)
		ok := false
		for _, w := range strings.Split(tt.want, "|") {
			ok = ok || strings.Contains(got, w)
		}
		for _, n := range strings.Split(tt.never, "|") {
			if strings.Contains(got, n) {
				ok = false
			}
		}
		if !ok {
			t.Errorf("%q: reply %q, want one of %q and none of %q", tt.text, got, tt.want, tt.never)
		}
	}
}

// TestListenHardTruthToldToFamily checks that coming out, or telling
// someone close a hard thing about oneself, is heard as a brave step with
// room for how it was taken: never as plain good news, never as the news
// of the one told, never as a crisis.
func TestListenHardTruthToldToFamily(t *testing.T) {
	never := "sounds really nice|lovely|amazing|guide|ending your life|Congratulations"
	checkReplies(t, "truth", []struct{ text, want, never string }{
		{"finally told my grandma i'm a lesbian", "take it|react", never},
		{"i told my brother that im bi", "How did he", never},
		{"told my folks i'm non binary", "How did they", never},
		{"came out to my aunt yesterday", "How did she", never + "|glad she told you"},
		{"told my mom i quit college", "How did she take it", never},
		{"just told my parents that i failed my resits", "How did they", never},
		{"told my dad im seeing a therapist", "How did he", never},
		{"told mum and dad i'm queer", "How did they", never},
		{"i came out as trans to my cousin", "take it|react", never + "|Quiet but okay"},
		{"told my gran i'm gay and she yelled at me", "sorry it landed|hurts", "glad|lovely|guide"},
		{"told my brother i'm leaving uni, he was really supportive", "glad it went well|good to hear", "sorry|guide"},
	})
}

// TestListenNewsToldToSomeoneIsOwn checks that news the person passed on
// to someone of theirs is heard as the person's own.
func TestListenNewsToldToSomeoneIsOwn(t *testing.T) {
	never := "for your|Write to your|rooting for him|rooting for her"
	checkReplies(t, "passed-on", []struct{ text, want, never string }{
		{"told my mum about the new job", "new job", never},
		{"told my brother about my promotion", "promotion", never},
	})
}

// TestListenOwnComingEvent checks that the person's own event, told with
// when it is, gets good wishes and a question, never a decline.
func TestListenOwnComingEvent(t *testing.T) {
	never := "guide|doesn't cover|frustrating|lovely"
	checkReplies(t, "event", []struct{ text, want, never string }{
		{"my chemistry exam is on the 12th", "luck with your chemistry exam", never},
		{"got an audition this thursday", "luck with your audition", never},
		{"my viva is next month", "luck", never},
		{"ive got my theory test tomorrow", "How are you feeling", never},
		{"presentation on wednesday", "luck with your presentation", never},
		{"my nephew's recital is next week", "", "luck with your"},
	})
}

// TestRememberWhatWasSaid checks that asking whether past talk is
// remembered gets a short, honest line about what is kept, with the
// privacy details one tap away rather than in full.
func TestRememberWhatWasSaid(t *testing.T) {
	never := "Everything lives on the machine|Nothing is forgotten on its own"
	checkReplies(t, "recall", []struct{ text, want, never string }{
		{"do you recall what i told you the other day?", "menu:privacy", never},
		{"can u remember the stuff we talked about last time", "only the last thing", never},
	})
	h := newHarness(t)
	h.send("recall-kept", "hello", "")
	h.send("recall-kept", "call me Ines", "")
	got := toldReply(h, "recall-kept", "will you remember what i said yesterday?")
	if !strings.Contains(got, "your name") {
		t.Errorf("with a name kept: reply %q, want it named as kept", got)
	}
	var priv strings.Builder
	for _, r := range h.send("recall-kept", "", "menu:privacy") {
		priv.WriteString(r.Text)
	}
	if !strings.Contains(priv.String(), "/export") {
		t.Errorf("privacy choice: reply %q, want the privacy details", priv.String())
	}
}
