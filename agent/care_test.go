package agent_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

const careCrisis = "I don't see the point in being here anymore"

func hasChoice(rs []agent.Reply, id string) bool {
	for _, r := range rs {
		for _, c := range r.Choices {
			if c.ID == id {
				return true
			}
		}
	}
	return false
}

func hasChoicePrefix(rs []agent.Reply, prefix string) bool {
	for _, r := range rs {
		for _, c := range r.Choices {
			if strings.HasPrefix(c.ID, prefix) {
				return true
			}
		}
	}
	return false
}

// TestCareRepliesStayWithThePerson sends one message after a crisis reply
// and checks the answer has the shape of care mode: helplines a tap away,
// no menus, no guide paragraph, nothing paused offered back.
func TestCareRepliesStayWithThePerson(t *testing.T) {
	h := newHarness(t)
	msgs := []string{
		"thanks", "thank you so much", "can we just talk", "i just want to talk to someone",
		"i'm ok now, it was just a bad moment", "feeling a bit better", "who could i talk to?",
		"who should i tell", "i don't want to call anyone", "no thanks", "i feel so empty",
		"everything is a mess", "ok", "yes", "hi", "i'm not ok", "is it normal to feel this lonely?",
		"help", "i keep crying", "what do i even do now",
	}
	for i, text := range msgs {
		t.Run(text, func(t *testing.T) {
			who := fmt.Sprint("p", i)
			h.send(who, "/draft", "")
			h.send(who, "Sam, an old friend", "")
			if rs := h.send(who, careCrisis, ""); !hasChoice(rs, "crisis:later") {
				t.Fatalf("no crisis reply: %v", rs)
			}
			rs := h.send(who, text, "")
			if len(rs) == 0 {
				t.Fatal("no reply")
			}
			last := rs[len(rs)-1]
			if !hasChoice([]agent.Reply{last}, "crisis:helplines") {
				t.Errorf("no Show helplines choice: %q %v", last.Text, last.Choices)
			}
			if hasChoicePrefix(rs, "menu:") || hasChoicePrefix(rs, "resume:") || hasChoicePrefix(rs, "section:") {
				t.Errorf("a menu or an offer to resume in care mode: %v", rs)
			}
			for _, r := range rs {
				if strings.Contains(r.Text, "guide") || strings.Contains(r.Text, "paused") {
					t.Errorf("reply speaks of the guide or a paused flow: %q", r.Text)
				}
				if n := len(strings.Fields(r.Text)); n > 60 {
					t.Errorf("reply of %d words, want a short one: %q", n, r.Text)
				}
			}
		})
	}
}

// TestCareDraftAsksForSupport checks every message care mode writes asks
// the recipient for support, greets them properly, and never asks how they
// are, through each revision.
func TestCareDraftAsksForSupport(t *testing.T) {
	tests := []struct {
		ask, greet string
	}{
		{"can you help me text my brother", "Hey, "},
		{"help me tell my sister i'm struggling", "Hey, "},
		{"help me message sam", "Hey Sam, "},
		{"can you help me write to my mum", "Hey Mum, "},
		{"help me text my sister Ana", "Hey Ana, "},
		{"could you help me message my best friend", "Hey, "},
		{"help me text him", "Hey, "},
	}
	h := newHarness(t)
	for i, tc := range tests {
		t.Run(tc.ask, func(t *testing.T) {
			who := fmt.Sprint("d", i)
			h.send(who, careCrisis, "")
			drafts := [][]agent.Reply{h.send(who, tc.ask, "")}
			drafts = append(drafts, h.send(who, "", "care:softer"), h.send(who, "shorter", ""))
			for _, rs := range drafts {
				if len(rs) != 1 || !rs[0].Draft {
					t.Fatalf("want one draft, got %v", rs)
				}
				text := rs[0].Text[strings.LastIndex(rs[0].Text, "> ")+2:]
				if !strings.HasPrefix(text, tc.greet) {
					t.Errorf("draft %q does not start %q", text, tc.greet)
				}
				low := strings.ToLower(text)
				for _, bad := range []string{"how are you", "how you", "holding up", "how have you", "my brother", "my sister", "[", "someone"} {
					if strings.Contains(low, bad) {
						t.Errorf("draft %q contains %q", text, bad)
					}
				}
				if !strings.Contains(low, "call") && !strings.Contains(low, "talk") {
					t.Errorf("draft %q asks for no call or talk", text)
				}
				if !strings.Contains(low, "hard") && !strings.Contains(low, "rough") && !strings.Contains(low, "struggling") && !strings.Contains(low, "okay") {
					t.Errorf("draft %q does not say the person is struggling", text)
				}
				if !hasChoice(rs, "crisis:helplines") || !hasChoice(rs, "care:done") {
					t.Errorf("draft choices %v lack Done or Show helplines", rs[0].Choices)
				}
			}
			done := h.send(who, "done", "")
			if len(done) != 2 || !done[0].Draft || !strings.Contains(done[0].Text, tc.greet) {
				t.Fatalf("done: got %v", done)
			}
			if !hasChoice(done, "crisis:helplines") || hasChoicePrefix(done, "menu:") || hasChoicePrefix(done, "remind:") {
				t.Errorf("after done: choices %v", done[1].Choices)
			}
		})
	}
}

// TestCareHeldFlowNotOffered checks that control words after a crisis in
// the middle of a draft never bring the draft back, and that asking for it
// does.
func TestCareHeldFlowNotOffered(t *testing.T) {
	h := newHarness(t)
	h.send("a", "help me write to my ex Jordan, we broke up last month", "")
	h.send("a", careCrisis, "")
	for _, text := range []string{"ok", "yes", "sure", "done", "skip", "no", "later", "thanks", "ok cool"} {
		rs := h.send("a", text, "")
		if hasChoicePrefix(rs, "resume:") || strings.Contains(renderReplies(rs), "Jordan") {
			t.Errorf("%q offered the paused draft back: %v", text, rs)
		}
	}
	rs := h.send("a", "let's continue the draft", "")
	if len(rs) == 0 || !strings.Contains(rs[0].Text, "Welcome back") {
		t.Errorf("asking for the draft did not bring it back: %v", rs)
	}
}

// TestCareRefusalIsNotPressed checks that once the person says no, the offer
// to write is not made again.
func TestCareRefusalIsNotPressed(t *testing.T) {
	h := newHarness(t)
	h.send("a", careCrisis, "")
	first := h.send("a", "i don't want to call anyone", "")
	if !hasChoice(first, "care:write") || !strings.Contains(first[0].Text, "okay") {
		t.Fatalf("first refusal: %v", first)
	}
	for _, text := range []string{"no", "i don't want to text anyone either", "thanks", "who could i talk to?"} {
		if rs := h.send("a", text, ""); hasChoice(rs, "care:write") {
			t.Errorf("%q: the offer to write came back after a no: %v", text, rs)
		}
	}
}

// TestCareCrisisAgain checks that crisis words in care mode get the crisis
// reply again, and that care mode carries on after it.
func TestCareCrisisAgain(t *testing.T) {
	h := newHarness(t)
	h.send("a", careCrisis, "")
	h.send("a", "can we just talk", "")
	if rs := h.send("a", "i want to kill myself", ""); len(rs) != 1 || !strings.Contains(rs[0].Text, "not a crisis service") || hasChoice(rs, "crisis:later") {
		// Nothing was on the go: no button back to it.
		t.Fatalf("crisis words in care mode: %v", rs)
	}
	if rs := h.send("a", "thanks", ""); !hasChoice(rs, "crisis:helplines") || hasChoicePrefix(rs, "menu:") {
		t.Errorf("after the second crisis reply: %v", rs)
	}
}

// TestCareNotInGroups checks that a crisis reply in a group starts no care
// mode, there or in private.
func TestCareNotInGroups(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	for i, text := range []string{careCrisis, "thanks"} {
		m := agent.Message{ID: fmt.Sprint("g:", i), Channel: "test", ChatID: "room", Person: "test:alex", Text: text,
			Group: true, Addressed: true, ReplyTo: "ev1"}
		if err := h.ag.Handle(ctx, m); err != nil {
			t.Fatal(err)
		}
		rs := h.drain()
		if i == 1 && (len(rs) != 1 || hasChoice(rs, "crisis:helplines")) {
			t.Errorf("thanks in the group after a crisis reply: %v", rs)
		}
	}
	rs := h.send("alex", "thanks", "")
	if len(rs) != 1 || hasChoice(rs, "crisis:helplines") || !strings.Contains(rs[0].Text, "welcome") {
		t.Errorf("thanks in private after a crisis reply in a group: %v", rs)
	}
}

// TestCareEndsWithAnotherRequest checks that a clear request for something
// else leaves care mode: the next thanks is the usual one.
func TestCareEndsWithAnotherRequest(t *testing.T) {
	for _, text := range []string{"/plan", "remind me to call mum every sunday", "how do I deal with being ghosted?", "/help"} {
		t.Run(text, func(t *testing.T) {
			h := newHarness(t)
			h.send("a", careCrisis, "")
			rs := h.send("a", text, "")
			if len(rs) == 0 || hasChoice(rs[len(rs)-1:], "crisis:helplines") {
				t.Fatalf("%q was answered in care mode: %v", text, rs)
			}
			h.send("a", "/cancel", "")
			if rs := h.send("a", "thanks", ""); hasChoice(rs, "crisis:helplines") {
				t.Errorf("care mode still on after %q: %v", text, rs)
			}
		})
	}
}

// TestCareHoldsNudges checks that a reminder due in care mode waits until
// care mode is over.
func TestCareHoldsNudges(t *testing.T) {
	h := newHarness(t)
	h.setUp("remind me to check in with Mum every Sunday", "Berlin")
	// Sunday 29 November 2026, 10:00 in Berlin is 09:00 UTC.
	due := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	h.clock.now = due.Add(-time.Hour)
	h.send("alex", careCrisis, "")
	h.clock.now = due.Add(30 * time.Second)
	if got := h.nudgeAll(agent.NudgePolicy{}); len(got) != 0 {
		t.Fatalf("a nudge in care mode: %v", got)
	}
	h.clock.now = due.Add(-time.Hour + careQuietForTest - time.Minute)
	if got := h.nudgeAll(agent.NudgePolicy{}); len(got) != 0 {
		t.Fatalf("a nudge before care mode ended: %v", got)
	}
	h.clock.now = due.Add(-time.Hour + careQuietForTest + time.Minute)
	got := h.nudgeAll(agent.NudgePolicy{})
	if len(got) != 1 || !strings.Contains(got[0].Text, "Mum") {
		t.Fatalf("after care mode: got %v, want the nudge about Mum", got)
	}
}

// careQuietForTest is how long care mode lasts without a message.
const careQuietForTest = 12 * time.Hour

// TestCareWhoAnswers checks the answers to "who would you like to reach out
// to?": a name or a relationship gets a draft, a feeling is listened to, not
// knowing is fine, and a doctor is someone to see.
func TestCareWhoAnswers(t *testing.T) {
	tests := []struct{ answer, want string }{
		{"my brother", "> Hey, "},
		{"Jess", "> Hey Jess, "},
		{"my best friend Priya", "> Hey Priya, "},
		{"Mum", "> Hey Mum, "},
		{"i dont know, maybe Sam?", "> Hey Sam, "},
		{"Honestly I just feel so tired", "worn out"},
		{"Work is crushing me", "piling up"},
		{"idk", "don't have to pick anyone"},
		{"no one really", "don't have to pick anyone"},
		{"the doctor maybe", "appointment"},
	}
	h := newHarness(t)
	for i, tc := range tests {
		t.Run(tc.answer, func(t *testing.T) {
			who := fmt.Sprint("w", i)
			h.send(who, careCrisis, "")
			if rs := h.send(who, "", "care:write"); len(rs) != 1 || !strings.Contains(rs[0].Text, "Who would you like") {
				t.Fatalf("care:write: %v", rs)
			}
			rs := h.send(who, tc.answer, "")
			if len(rs) != 1 || !strings.Contains(rs[0].Text, tc.want) || !hasChoice(rs, "crisis:helplines") {
				t.Errorf("got %v, want one reply with %q and Show helplines", rs, tc.want)
			}
		})
	}
}

// TestCareDraftForTheirSake checks that, in care mode, a message meant to
// support someone going through something ("she's taking it harder than
// me") is an ordinary draft to them, not one asking them for support.
func TestCareDraftForTheirSake(t *testing.T) {
	h := newHarness(t)
	for i, ask := range []string{
		"maybe i should text my mom, she's taking it harder than me",
		"i want to check on my sister, she's having a rough time too",
		"help me write to my dad, he lost his job last week",
	} {
		t.Run(ask, func(t *testing.T) {
			who := fmt.Sprint("t", i)
			h.send(who, careCrisis, "")
			rs := h.send(who, ask, "")
			var all strings.Builder
			for _, r := range rs {
				all.WriteString(r.Text)
			}
			low := strings.ToLower(all.String())
			for _, bad := range []string{"not coping", "having a really hard time", "could you call me", "rough patch"} {
				if strings.Contains(low, bad) {
					t.Errorf("%q: reply %q asks for support for the person", ask, all.String())
				}
			}
			if hasChoice(rs, "care:softer") || hasChoice(rs, "care:done") {
				t.Errorf("%q: still the care draft: %v", ask, rs)
			}
			if !strings.Contains(low, "write") && !strings.Contains(low, "draft") && !strings.Contains(low, "┃") {
				t.Errorf("%q: reply %q does not start a message", ask, all.String())
			}
		})
	}
}
