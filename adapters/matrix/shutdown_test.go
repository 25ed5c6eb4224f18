package matrix

import (
	"context"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/adapters/internal/lifecycle/lifecycletest"
	"github.com/companion-dev/companion/agent"
)

// TestShutdownFinishesTheTurnInFlight stops the companion while it is in
// the middle of a turn: the turn completes and its reply is delivered, the
// message that arrives after the stop is left alone, and the next start
// answers it.
func TestShutdownFinishesTheTurnInFlight(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	started, release := make(chan struct{}), make(chan struct{})
	slow := turnerFunc(func(ctx context.Context, m agent.Message) error {
		if m.Text == "first" {
			close(started)
			<-release
			if err := ctx.Err(); err != nil {
				return err // the shutdown cut the turn short
			}
		}
		return st.commit(m.ID, agent.Outgoing{Channel: m.Channel, ChatID: m.ChatID, Reply: agent.Reply{Text: "You said: " + m.Text}})
	})
	first := startBot(t, botOptions(srv, botUser), slow, st)
	alice := newPerson(t, srv, aliceUser, nil)
	room := directChat(t, alice, botID)
	waitFor(t, func() bool { return first.a.Ready() == nil })

	alice.say(room, "first")
	select {
	case <-started:
	case <-time.After(wait):
		t.Fatal("the first turn did not start")
	}
	res := lifecycletest.Shutdown(first.a, wait)
	waitFor(t, func() bool {
		err := first.a.Ready()
		return err != nil && strings.Contains(err.Error(), "shutting down")
	})
	secondID := alice.say(room, "second")
	close(release)
	select {
	case r := <-res:
		if r.Left != 0 || r.Err != nil {
			t.Fatalf("Shutdown = %d, %v; want 0, nil", r.Left, r.Err)
		}
	case <-time.After(wait):
		t.Fatal("Shutdown did not return")
	}
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: first" {
		t.Fatalf("reply to the turn in flight = %q", got)
	}
	first.stop()

	turner := newEchoTurner(st)
	startBot(t, botOptions(srv, botUser), turner, st)
	if m := turner.next(t); m.ID != "matrix:"+string(secondID) {
		t.Fatalf("after restart the first message handled was %q (%q), want the one sent during the shutdown", m.ID, m.Text)
	}
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: second" {
		t.Errorf("after restart the reply was %q", got)
	}
}
