package telegram

import (
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
)

func TestStreamingThrottledThenReplaced(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{NoDrafts: true})
	st := newMemStore()
	const interval = 300 * time.Millisecond
	final := "Hi Sam, it has been too long. How are you?"
	turner := wordByWordTurner(st, final)
	opts := testOptions(srv, nil)
	opts.EditInterval = interval
	start(t, opts, turner, st)
	srv.SendText(ana, "draft to sam")
	turner.next(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := srv.Wait(ctx, func() bool {
		ms := srv.Messages(ana.ID)
		return len(ms) == 1 && ms[0].Visible == final && len(ms[0].Keyboard) == 1
	})
	msgs := srv.Messages(ana.ID)
	if err != nil {
		t.Fatalf("chat = %+v, want one message edited into the final text with its keyboard", msgs)
	}
	edits := msgs[0].Edits
	if len(edits) < 2 {
		t.Fatalf("got %d edits, want the stream to have been edited", len(edits))
	}
	// The last edit is the final reply, which is not throttled.
	for i := 1; i < len(edits)-1; i++ {
		if gap := edits[i].Sub(edits[i-1]); gap < interval-30*time.Millisecond {
			t.Errorf("edit %d came %v after the previous one, want at least %v", i, gap, interval)
		}
	}
	if first := msgs[0].At; edits[0].Sub(first) < interval-30*time.Millisecond {
		t.Errorf("first edit %v after the first send, want at least %v", edits[0].Sub(first), interval)
	}
	if n := srv.Calls("sendMessage"); n != 1 {
		t.Errorf("sendMessage called %d times, want 1 (the final text is an edit)", n)
	}
}

func TestStreamFinalEqualToLastPartial(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{NoDrafts: true})
	st := newMemStore()
	turner := newFakeTurner(func(_ context.Context, m agent.Message) error {
		m.Partial("All done.")
		if _, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil {
			t.Error(err)
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "All done."}})
	})
	start(t, testOptions(srv, nil), turner, st)
	srv.SendText(ana, "hi")
	waitFor(t, "reply delivered", func() bool { n, sent := st.state(); return n == 0 && len(sent) == 1 })
	msgs := srv.Messages(ana.ID)
	if len(msgs) != 1 || msgs[0].Visible != "All done." {
		t.Errorf("chat = %+v, want the one streamed message", msgs)
	}
	if n := srv.Calls("editMessageText"); n != 1 {
		t.Errorf("editMessageText called %d times, want 1 (answered \"not modified\", taken as done)", n)
	}
}

func TestTypingWhileSlow(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{NoDrafts: true})
	st := newMemStore()
	release := make(chan struct{})
	turner := newFakeTurner(func(ctx context.Context, m agent.Message) error {
		select {
		case <-release:
		case <-ctx.Done():
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "done"}})
	})
	opts := testOptions(srv, nil)
	opts.TypingDelay, opts.TypingEvery = 100*time.Millisecond, 150*time.Millisecond
	start(t, opts, turner, st)
	srv.SendText(ana, "think hard")
	turner.next(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return len(srv.Actions(ana.ID)) >= 3 }); err != nil {
		t.Fatalf("typing shown %d times, want it repeated while the turn runs", len(srv.Actions(ana.ID)))
	}
	close(release)
	if _, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	n := len(srv.Actions(ana.ID))
	msgs := srv.Messages(ana.ID)
	for _, at := range srv.Actions(ana.ID) {
		if at.After(msgs[0].At) {
			t.Errorf("typing shown after the reply (%d actions)", n)
		}
	}
}

func TestQuickTurnShowsNoTyping(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{NoDrafts: true})
	st := newMemStore()
	start(t, testOptions(srv, nil), echoTurner(st), st)
	srv.SendText(ana, "hi")
	if _, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Actions(ana.ID)); n != 0 {
		t.Errorf("typing shown %d times for a quick turn", n)
	}
}

func TestPacingAvoidsFloodControl(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{PerChat: 3, Global: 10})
	st := newMemStore()
	chats := []int64{1, 2, 3}
	for _, c := range chats {
		for i := range 4 {
			_ = st.commit("", agent.Outgoing{ChatID: chatStr(c), Reply: agent.Reply{Text: "n" + string(rune('0'+i))}})
		}
	}
	opts := testOptions(srv, nil)
	// A token bucket lets through burst + rate messages in any second.
	opts.Limits = Limits{PerChat: 1, PerChatBurst: 1, Global: 4, GlobalBurst: 4}
	begin := time.Now()
	start(t, opts, newFakeTurner(nil), st)
	for _, c := range chats {
		got, err := srv.WaitMessages(c, 4, 10*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range got {
			if want := "n" + string(rune('0'+i)); m.Visible != want {
				t.Errorf("chat %d message %d = %q, want %q (order kept)", c, i, m.Visible, want)
			}
		}
	}
	if n := srv.Throttled(); n != 0 {
		t.Errorf("Telegram refused %d sends for flooding, want 0", n)
	}
	// Four messages to a chat at 1/s take about 3s.
	if took := time.Since(begin); took < 2500*time.Millisecond {
		t.Errorf("4 messages a chat sent in %v, faster than the per-chat limit allows", took)
	}
}

func TestSlowServerTimesOutAndRetries(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{NoDrafts: true})
	st := newMemStore()
	srv.FailNext("sendMessage", 1, telegramtest.Fault{Delay: 5 * time.Second})
	_ = st.commit("x", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "hi"}})
	opts := testOptions(srv, nil)
	opts.HTTPClient = &http.Client{Timeout: 1500 * time.Millisecond}
	start(t, opts, newFakeTurner(nil), st)
	if _, err := srv.WaitMessages(ana.ID, 1, 8*time.Second); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Messages(ana.ID)); n != 1 || srv.Calls("sendMessage") != 2 {
		t.Errorf("%d messages after %d calls, want 1 after 2", n, srv.Calls("sendMessage"))
	}
}

func TestWebhook(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{NoDrafts: true})
	st := newMemStore()
	fails := 1
	turner := newFakeTurner(func(_ context.Context, m agent.Message) error {
		if fails > 0 {
			fails--
			return errBoom
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "via webhook"}})
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	opts := testOptions(srv, nil)
	opts.Mode, opts.WebhookListen, opts.WebhookURL = "webhook", addr, "http://"+addr
	start(t, opts, turner, st)
	id := srv.SendText(ana, "hello")
	if _, err := srv.WaitMessages(ana.ID, 1, 8*time.Second); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return srv.Confirmed() == id+1 }); err != nil {
		t.Fatal("update not confirmed")
	}
	if f := srv.WebhookFailures(); f != 1 {
		t.Errorf("webhook failures = %d, want 1 (the failed turn is redelivered)", f)
	}
	if n := len(turner.messages()); n != 2 {
		t.Errorf("turner called %d times, want 2", n)
	}
	_, path, _ := webhookURL(opts.WebhookURL, opts.Token)
	resp, err := http.Post("http://"+addr+path, "application/json", strings.NewReader(`{"update_id":1}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("post without the secret answered %d, want 403", resp.StatusCode)
	}
}

// On a server with message drafts, the text being written is shown as
// drafts of one draft_id, throttled, and the final reply is one new message:
// nothing streamed stays in the chat as a message or an edit.
func TestStreamingWithDrafts(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	const interval = 200 * time.Millisecond
	final := "Hi Sam, it has been too long. How are you these days?"
	turner := wordByWordTurner(st, final)
	opts := testOptions(srv, nil)
	opts.EditInterval = interval
	start(t, opts, turner, st)
	srv.SendText(ana, "hello")
	turner.next(t)
	msgs, err := srv.WaitMessages(ana.ID, 1, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 1 || msgs[0].Visible != final || len(msgs[0].Keyboard) != 1 || len(msgs[0].Edits) != 0 {
		t.Fatalf("chat = %+v, want the final reply once, as a new message with its keyboard", msgs)
	}
	drafts := srv.Drafts(ana.ID)
	if len(drafts) < 2 {
		t.Fatalf("%d drafts, want the text shown as it was written", len(drafts))
	}
	for i, d := range drafts {
		if d.DraftID != drafts[0].DraftID || d.DraftID == 0 {
			t.Errorf("draft %d has id %d, want every draft of the reply under one non-zero id", i, d.DraftID)
		}
		if !strings.HasPrefix(final, d.Visible) {
			t.Errorf("draft %d = %q, not a beginning of the reply", i, d.Visible)
		}
		if i > 0 && d.At.Sub(drafts[i-1].At) < interval-30*time.Millisecond {
			t.Errorf("draft %d came %v after the one before, want at least %v", i, d.At.Sub(drafts[i-1].At), interval)
		}
	}
	if n := srv.Calls("editMessageText"); n != 0 {
		t.Errorf("%d edits, want none when drafts work", n)
	}
}

// A server without sendMessageDraft is asked once; streams then show
// themselves with a message and its edits, this turn and the next.
func TestStreamingFallsBackToEditsWithoutDrafts(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{NoDrafts: true})
	st := newMemStore()
	turner := newFakeTurner(func(_ context.Context, m agent.Message) error {
		m.Partial("Thinking it over")
		if _, err := srv.WaitMessages(ana.ID, srv.Count(ana.ID)+1, 5*time.Second); err != nil {
			t.Error(err)
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "Thinking it over: yes."}})
	})
	start(t, testOptions(srv, nil), turner, st)
	for turn := 1; turn <= 2; turn++ {
		srv.SendText(ana, "hello")
		turner.next(t)
		waitFor(t, "reply delivered", func() bool { n, sent := st.state(); return n == 0 && len(sent) == turn })
	}
	msgs := srv.Messages(ana.ID)
	if len(msgs) != 2 || msgs[0].Visible != "Thinking it over: yes." || len(msgs[0].Edits) == 0 {
		t.Errorf("chat = %+v, want each streamed message edited into its reply", msgs)
	}
	if n := srv.Calls("sendMessageDraft"); n != 1 {
		t.Errorf("sendMessageDraft called %d times, want once: a refusal is remembered", n)
	}
}

// wordByWordTurner streams final one more word every 40ms, then commits it
// as the reply with one "Done" choice.
func wordByWordTurner(st *memStore, final string) *fakeTurner {
	return newFakeTurner(func(_ context.Context, m agent.Message) error {
		words := strings.Fields(final)
		tick := time.NewTicker(40 * time.Millisecond)
		defer tick.Stop()
		for i := range words {
			<-tick.C
			m.Partial(strings.Join(words[:i+1], " "))
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: final,
			Choices: []agent.Choice{{ID: "done", Label: "Done"}}}})
	})
}
