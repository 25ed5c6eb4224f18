package agent_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/companion-dev/companion/agent"
)

func TestDuplicateUpdateAnsweredOnce(t *testing.T) {
	h := newHarness(t)
	m := agent.Message{ID: "dup:1", Channel: "test", ChatID: "c", Person: "test:dup", Text: "/start"}
	if err := h.ag.Handle(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	if err := h.ag.Handle(context.Background(), m); !errors.Is(err, agent.ErrDuplicate) {
		t.Fatalf("second delivery: got %v, want ErrDuplicate", err)
	}
	if got := len(h.drain()); got != 1 {
		t.Fatalf("got %d replies, want exactly 1", got)
	}
}

func TestGroupMessagesNotAddressedAreIgnored(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	m := agent.Message{ID: "g:1", Channel: "test", ChatID: "room", Person: "test:bob", Text: "anyone up for lunch?", Group: true}
	if err := h.ag.Handle(ctx, m); err != nil {
		t.Fatal(err)
	}
	if rs := h.drain(); len(rs) != 0 {
		t.Fatalf("unaddressed group message got replies: %v", rs)
	}
	data, err := h.st.ExportPerson(ctx, "test:bob")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "lunch") {
		t.Fatalf("unaddressed group message was stored: %s", data)
	}
}

func TestGroupSteersPersonalFlowsToPrivate(t *testing.T) {
	h := newHarness(t)
	for i, text := range []string{"/reflect", "/draft Sam", "/export", "/forget", "/settings"} {
		m := agent.Message{ID: fmt.Sprint("g:", i), Channel: "test", ChatID: "room", Person: "test:alice", Text: text, Group: true, Addressed: true, ReplyTo: "ev1"}
		if err := h.ag.Handle(context.Background(), m); err != nil {
			t.Fatal(err)
		}
		rs := h.drain()
		if len(rs) != 1 || !strings.Contains(rs[0].Text, "private chat") {
			t.Errorf("%s in a group: got %v, want one reply steering to a private chat", text, rs)
		}
	}
}

func TestGroupAnswerHasNoPrivateData(t *testing.T) {
	h := newHarness(t)
	// In private, Alice reflects and says something personal.
	h.send("alice", "/reflect", "")
	h.send("alice", "", "journey:matter")
	h.send("alice", "my sister Ana who I miss terribly", "")
	// In the group, a guide question must not show any of it.
	m := agent.Message{ID: "g:q", Channel: "test", ChatID: "room", Person: "test:alice", Text: "how do I handle a disagreement in a group chat?", Group: true, Addressed: true, ReplyTo: "ev9"}
	if err := h.ag.Handle(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	rs := h.drain()
	if len(rs) == 0 {
		t.Fatal("no answer in the group")
	}
	for _, r := range rs {
		if strings.Contains(r.Text, "Ana") || strings.Contains(r.Text, "miss") {
			t.Errorf("group reply shows private words: %q", r.Text)
		}
	}
}

func TestBadInputGetsAClearAnswer(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cases := []struct {
		name string
		m    agent.Message
		want string
	}{
		{"sticker", agent.Message{NonText: "sticker"}, "words"},
		{"voice", agent.Message{NonText: "voice"}, "type it out"},
		{"empty", agent.Message{Text: "   "}, "didn't catch"},
		{"huge", agent.Message{Text: strings.Repeat("a", 100_000)}, "shorter messages"},
		{"binary", agent.Message{Text: "\x00\xff\xfe\x01"}, ""},
		{"markup", agent.Message{Text: "<b>hi</b> <script>alert(1)</script>"}, ""},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := c.m
			m.ID, m.Channel, m.ChatID, m.Person = fmt.Sprint("bad:", i), "test", "alex", "test:alex"
			if err := h.ag.Handle(ctx, m); err != nil {
				t.Fatal(err)
			}
			rs := h.drain()
			if len(rs) == 0 {
				t.Fatal("no reply")
			}
			if c.want != "" && !strings.Contains(rs[0].Text, c.want) {
				t.Errorf("got %q, want it to mention %q", rs[0].Text, c.want)
			}
			for _, r := range rs {
				if !utf8.ValidString(r.Text) {
					t.Errorf("reply is not valid UTF-8: %q", r.Text)
				}
			}
		})
	}
}

func TestForgetErasesEverything(t *testing.T) {
	h := newHarness(t)
	h.send("alex", "/draft", "")
	h.send("alex", "Marguerite, my aunt", "")
	h.send("alex", "/forget", "")
	rs := h.send("alex", "", "forget:yes")
	if len(rs) != 1 || !strings.Contains(rs[0].Text, "erased") {
		t.Fatalf("forget confirmation: %v", rs)
	}
	data, err := h.st.ExportPerson(context.Background(), "test:alex")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "Marguerite") {
		t.Fatalf("export after forget still has the person's words: %s", data)
	}
}

// FuzzHandle feeds arbitrary text and choices to the agent: it must never
// panic, and every message must get at least one reply in valid UTF-8.
func FuzzHandle(f *testing.F) {
	for _, s := range []string{"/start", "/draft Sam", "warmer", "2", "", "\x00", "skip", "back", "/reflect", "I want to die", "<b>x</b>", "/forget", "yes", "done"} {
		f.Add(s, "")
	}
	f.Add("", "rev:another")
	f.Add("", "journey:nope")
	f.Add("", "section:missing/id")
	h := newHarness(f)
	n := 0
	f.Fuzz(func(t *testing.T, text, choice string) {
		h.t = t
		n++
		m := agent.Message{ID: fmt.Sprint("fuzz:", n), Channel: "test", ChatID: "fz", Person: "test:fuzz", Text: text, Choice: choice}
		if err := h.ag.Handle(context.Background(), m); err != nil {
			t.Fatalf("handle(%q, %q): %v", text, choice, err)
		}
		rs := h.drain()
		if len(rs) == 0 {
			t.Fatalf("handle(%q, %q): no reply", text, choice)
		}
		for _, r := range rs {
			if !utf8.ValidString(r.Text) || strings.TrimSpace(r.Text) == "" {
				t.Fatalf("handle(%q, %q): bad reply %q", text, choice, r.Text)
			}
		}
	})
}

// TestExportHoldsOnlyOwnData: what one person exports never includes what
// another person said.
func TestExportHoldsOnlyOwnData(t *testing.T) {
	h := newHarness(t)
	h.send("bea", "/draft", "")
	h.send("bea", "Ottoline, my godmother", "")
	h.send("bea", "/settings", "")
	h.send("bea", "", "settings:name")
	h.send("bea", "Beatrix", "")
	h.send("cal", "/draft", "")
	h.send("cal", "Ingeborg, an old friend", "")
	rs := h.send("cal", "/export", "")
	all := renderReplies(rs)
	if !strings.Contains(all, "Ingeborg") {
		t.Fatalf("export lacks the person's own words:\n%s", all)
	}
	for _, other := range []string{"Ottoline", "Beatrix", "test:bea"} {
		if strings.Contains(all, other) {
			t.Errorf("export of cal contains %q from bea", other)
		}
	}
}

// A first hello, as Matrix and the terminal open a chat, gets the
// introduction that /start gives on Telegram; later ones a short greeting.
func TestFirstHelloGetsTheWelcome(t *testing.T) {
	h := newHarness(t)
	first := h.send("test:new", "hello", "")
	if len(first) == 0 || !strings.Contains(first[0].Text, "not a therapist") {
		t.Fatalf("first hello got %v, want the welcome", first)
	}
	later := h.send("test:new", "hi", "")
	if len(later) == 0 || strings.Contains(later[0].Text, "not a therapist") || !strings.Contains(later[0].Text, "Good to hear from you") {
		t.Errorf("second hello got %v, want the short greeting", later)
	}
}
