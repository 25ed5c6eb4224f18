package matrix

import (
	"fmt"
	"github.com/companion-dev/companion/adapters/matrix/matrixtest"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// echoDM is a direct chat between alice and a running companion whose
// turns echo what they are given.
type echoDM struct {
	srv     *matrixtest.Server
	botUser matrixtest.User
	botID   id.UserID
	st      *memStore
	turner  *echoTurner
	bot     *bot
	alice   *person
	room    id.RoomID
}

func newEchoDM(t *testing.T) *echoDM {
	t.Helper()
	d := &echoDM{srv: dendrite.Get(t)}
	d.botUser = newUser(t, d.srv, "bot")
	aliceUser := newUser(t, d.srv, "alice")
	d.botID = id.UserID(d.botUser.ID)
	d.st = newMemStore()
	d.turner = newEchoTurner(d.st)
	d.bot = startBot(t, botOptions(d.srv, d.botUser), d.turner, d.st)
	d.alice = newPerson(t, d.srv, aliceUser, nil)
	d.room = directChat(t, d.alice, d.botID)
	return d
}

func TestRestartAnswersNothingTwice(t *testing.T) {
	d := newEchoDM(t)
	srv, botUser, botID, st, turner, first, alice, room := d.srv, d.botUser, d.botID, d.st, d.turner, d.bot, d.alice, d.room

	alice.say(room, "before the restart")
	turner.next(t)
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: before the restart" {
		t.Fatalf("first reply %q", got)
	}
	token, _ := st.Secret(t.Context(), secretToken)
	device, _ := st.Secret(t.Context(), secretDeviceID)
	if token == "" || device == "" {
		t.Fatalf("password login kept no session: token %q device %q", token, device)
	}
	first.stop()

	downID := alice.say(room, "while you were away")
	opts := botOptions(srv, botUser)
	opts.Password = "wrong password: the kept session must be used"
	startBot(t, opts, turner, st)
	m := turner.next(t)
	if m.ID != "matrix:"+string(downID) {
		t.Fatalf("after restart the first message handled was %q (%q), want the one sent while down", m.ID, m.Text)
	}
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: while you were away" {
		t.Errorf("after restart the first reply was %q", got)
	}
	alice.say(room, "and now")
	turner.next(t)
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: and now" {
		t.Errorf("next reply %q", got)
	}
	for _, m := range turner.messages() {
		if n := turner.count(m.ID); n != 1 {
			t.Errorf("%s handled %d times", m.ID, n)
		}
	}
	token2, _ := st.Secret(t.Context(), secretToken)
	device2, _ := st.Secret(t.Context(), secretDeviceID)
	if token2 != token || device2 != device {
		t.Error("restart logged in again instead of reusing the kept session")
	}
}

func TestFreshStoreDoesNotAnswerHistory(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	first := startBot(t, botOptions(srv, botUser), newEchoTurner(st), st)
	alice := newPerson(t, srv, aliceUser, nil)
	room := directChat(t, alice, botID)
	first.stop()
	oldID := alice.say(room, "an old message nobody should answer now")
	// The homeserver indexes a sent event for sync a moment after it
	// accepts it; wait until the room's history shows it, or the new bot's
	// first sync may come before it and meet it as new.
	waitFor(t, func() bool {
		resp, err := alice.cli.Messages(t.Context(), room, "", "", mautrix.DirectionBackward, nil, 20)
		if err != nil {
			return false
		}
		for _, evt := range resp.Chunk {
			if evt.ID == oldID {
				return true
			}
		}
		return false
	})

	// A new store (no sync token): the first sync is history.
	fresh := newMemStore()
	turner := newEchoTurner(fresh)
	opts := botOptions(srv, botUser)
	opts.Password, opts.AccessToken = "", botUser.AccessToken
	startBot(t, opts, turner, fresh)
	// Wait until the new bot has done its first sync (it has a token then),
	// then say something new.
	waitFor(t, func() bool { c, _ := fresh.Cursor(t.Context(), cursorNextBatch); return c != "" })
	newID := alice.say(room, "a new message")
	if m := turner.next(t); m.ID != "matrix:"+string(newID) {
		t.Fatalf("first message handled was %q (%q), want the new one", m.ID, m.Text)
	}
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: a new message" {
		t.Errorf("reply %q", got)
	}
}

func TestInvitesOnlyFromAllowedUsers(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser, malloryUser := newUser(t, srv, "bot"), newUser(t, srv, "alice"), newUser(t, srv, "mallory")
	botID, malloryID := id.UserID(botUser.ID), id.UserID(malloryUser.ID)
	st := newMemStore()
	turner := newEchoTurner(st)
	opts := botOptions(srv, botUser)
	opts.Allowed = func(ids ...string) bool {
		for _, i := range ids {
			if i == aliceUser.ID {
				return true
			}
		}
		return false
	}
	startBot(t, opts, turner, st)
	alice := newPerson(t, srv, aliceUser, nil)
	mallory := newPerson(t, srv, malloryUser, nil)

	strangerRoom := mallory.createRoom(&mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{botID}})
	mallory.waitMembership(strangerRoom, botID, event.MembershipLeave)

	// In a room alice shares with mallory, only alice is heard.
	room := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{botID, malloryID}})
	if _, err := mallory.cli.JoinRoomByID(t.Context(), room); err != nil {
		t.Fatal(err)
	}
	alice.waitJoined(room, botID, malloryID)
	mallory.say(room, "!help")
	aliceID := alice.say(room, "!help")
	if m := turner.next(t); m.ID != "matrix:"+string(aliceID) {
		t.Errorf("first message handled was %q from %s, want alice's", m.ID, m.Person)
	}
}

func TestLoggedOutSessionLogsInAgain(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	turner := newEchoTurner(st)
	startBot(t, botOptions(srv, botUser), turner, st)
	alice := newPerson(t, srv, aliceUser, nil)
	room := directChat(t, alice, botID)
	token, _ := st.Secret(t.Context(), secretToken)
	device, _ := st.Secret(t.Context(), secretDeviceID)

	// Someone logs the companion's session out (or the homeserver expires it).
	other, err := mautrix.NewClient(srv.URL, botID, token)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Logout(t.Context()); err != nil {
		t.Fatal(err)
	}
	alice.say(room, "are you still there?")
	turner.next(t)
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: are you still there?" {
		t.Errorf("reply after the logout: %q", got)
	}
	newToken, _ := st.Secret(t.Context(), secretToken)
	newDevice, _ := st.Secret(t.Context(), secretDeviceID)
	if newToken == token || newToken == "" {
		t.Error("no new session was kept")
	}
	if newDevice != device {
		t.Errorf("device changed from %s to %s; the same device should be reused", device, newDevice)
	}
}

// TestBusyRoomWhileAwayIsAnsweredInFull sends more messages while the
// companion is down than one sync returns: the gap in the timeline is read
// back, and every message is handled once, in order.
func TestBusyRoomWhileAwayIsAnsweredInFull(t *testing.T) {
	d := newEchoDM(t)
	turner, alice, room := d.turner, d.alice, d.room
	alice.say(room, "hello")
	turner.next(t)
	d.bot.stop()

	const away = 70 // more than the sync filter's timeline limit of 50
	var sent []id.EventID
	for i := range away {
		sent = append(sent, alice.say(room, fmt.Sprintf("message %d while you were away", i)))
	}
	startBot(t, botOptions(d.srv, d.botUser), turner, d.st)
	for i, want := range sent {
		m := turner.next(t)
		if m.ID != "matrix:"+string(want) {
			t.Fatalf("message %d handled was %q (%q), want %s", i, m.ID, m.Text, want)
		}
	}
	for _, m := range turner.messages() {
		if n := turner.count(m.ID); n != 1 {
			t.Errorf("%s handled %d times", m.ID, n)
		}
	}
}
