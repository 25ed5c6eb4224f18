package matrix

import (
	"context"
	"errors"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

// TestPoisonTurnIsSetAsideWhileOtherRoomsGoOn has one message whose turn
// always fails: another room is answered at once meanwhile; after its tries
// the message is set aside, the person told once, and their chat goes on.
func TestPoisonTurnIsSetAsideWhileOtherRoomsGoOn(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser, bobUser := newUser(t, srv, "bot"), newUser(t, srv, "alice"), newUser(t, srv, "bob")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	echo := newEchoTurner(st)
	poisoned := turnerFunc(func(ctx context.Context, m agent.Message) error {
		if m.Text == "poison" {
			return errors.New("this turn always fails")
		}
		return echo.Handle(ctx, m)
	})
	b := startTunedBot(t, botOptions(srv, botUser), poisoned, st, func(a *Adapter) { a.retryMin = 500 * time.Millisecond })
	alice, bob := newPerson(t, srv, aliceUser, nil), newPerson(t, srv, bobUser, nil)
	aliceRoom, bobRoom := directChat(t, alice, botID), directChat(t, bob, botID)

	poisonID := alice.say(aliceRoom, "poison")
	afterID := alice.say(aliceRoom, "after the poison")
	start := time.Now()
	bobID := bob.say(bobRoom, "hello from another room")
	if m := echo.next(t); m.ID != "matrix:"+string(bobID) {
		t.Fatalf("first turn was %s (%q), want bob's", m.ID, m.Text)
	}
	bob.nextMessage(bobRoom, botID)
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("another room waited %s behind a failing turn", took)
	}
	notice := alice.nextMessage(aliceRoom, botID).Content.AsMessage()
	if notice.MsgType != event.MsgNotice || notice.Body != setAsideText {
		t.Errorf("got %s %q, want the set-aside notice", notice.MsgType, notice.Body)
	}
	if m := echo.next(t); m.ID != "matrix:"+string(afterID) {
		t.Errorf("after the poison: turn %s (%q)", m.ID, m.Text)
	}
	if got := alice.nextMessage(aliceRoom, botID).Content.AsMessage().Body; got != "You said: after the poison" {
		t.Errorf("reply %q", got)
	}
	if aside, _ := b.a.isSetAside(t.Context(), poisonID); !aside {
		t.Error("the failing message is not recorded as set aside")
	}
	if _, n := b.a.FailingTurns(); n != 1 {
		t.Errorf("%d set aside, want 1", n)
	}
}
