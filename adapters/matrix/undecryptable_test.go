//go:build goolm

package matrix

import (
	"crypto/rand"
	"encoding/base64"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// garble sends an m.room.encrypted event whose megolm session and
// ciphertext are random: no key for it exists anywhere.
func garble(t *testing.T, p *person, room id.RoomID) id.EventID {
	t.Helper()
	random := func(n int) string {
		b := make([]byte, n)
		_, _ = rand.Read(b)
		return base64.RawStdEncoding.EncodeToString(b)
	}
	content := map[string]any{
		"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": random(96), "device_id": "GARBLED",
		"sender_key": random(32), "session_id": random(32),
	}
	resp, err := p.cli.SendMessageEvent(t.Context(), room, event.EventEncrypted, content)
	if err != nil {
		t.Fatal(err)
	}
	return resp.EventID
}

// TestUndecryptableEventsHoldUpNoOne sends ten events no one can decrypt
// into one chat: another chat is answered within seconds meanwhile; the
// person is asked once to send again; the chat itself carries on after a
// short wait for keys; and after a restart that hands the same events out
// again (the sync token stored before them), nothing waits for them.
func TestUndecryptableEventsHoldUpNoOne(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser, bobUser := newUser(t, srv, "bot"), newUser(t, srv, "alice"), newUser(t, srv, "bob")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	turner := newEchoTurner(st)
	opts := botOptions(srv, botUser)
	opts.Encryption = true
	opts.DataDir = t.TempDir()
	const keyWait = 3 * time.Second
	first := startTunedBot(t, opts, turner, st, func(a *Adapter) { a.keyWait = keyWait })
	alice := newPerson(t, srv, aliceUser, nil)
	bob := newPerson(t, srv, bobUser, nil)
	aliceRoom, bobRoom := directChat(t, alice, botID), directChat(t, bob, botID)

	alice.say(aliceRoom, "hello")
	turner.next(t)
	alice.nextMessage(aliceRoom, botID)
	before, _ := st.Cursor(t.Context(), cursorNextBatch)
	var garbled []id.EventID
	for range 10 {
		garbled = append(garbled, garble(t, alice, aliceRoom))
	}
	answeredWithin := func(room id.RoomID, p *person, text string, limit time.Duration) time.Duration {
		t.Helper()
		start := time.Now()
		sent := p.say(room, text)
		if m := turner.next(t); m.ID != "matrix:"+string(sent) {
			t.Fatalf("turn for %s (%q), want %q", m.ID, m.Text, text)
		}
		p.nextMessage(room, botID)
		took := time.Since(start)
		if took > limit {
			t.Errorf("%q answered after %s, want within %s", text, took, limit)
		}
		return took
	}
	took := answeredWithin(bobRoom, bob, "meanwhile in another room", 5*time.Second)
	t.Logf("another room answered in %s while ten undecryptable events waited", took)

	notice := alice.nextMessage(aliceRoom, botID).Content.AsMessage()
	if notice.MsgType != event.MsgNotice || notice.Body != undecryptableText {
		t.Errorf("got %s %q, want the ask to resend", notice.MsgType, notice.Body)
	}
	took = answeredWithin(aliceRoom, alice, "sending it again", keyWait+5*time.Second)
	t.Logf("the same room answered in %s", took)
	first.stop()

	// A crash before the sync token moved past the ten events: the next
	// start gets them again. They are remembered, so even with a wait for
	// keys longer than the test, both chats answer at once.
	if err := st.SetCursor(t.Context(), cursorNextBatch, before); err != nil {
		t.Fatal(err)
	}
	startTunedBot(t, opts, turner, st, func(a *Adapter) { a.keyWait = time.Hour })
	took = answeredWithin(bobRoom, bob, "after the restart", 5*time.Second)
	t.Logf("after a restart: another room answered in %s", took)
	took = answeredWithin(aliceRoom, alice, "me again", 5*time.Second)
	t.Logf("after a restart: the same room answered in %s", took)
	select {
	case evt := <-alice.events:
		if evt.Sender == botID {
			t.Errorf("after the restart the bot sent %s %q", evt.Type.Type, evt.Content.AsMessage().Body)
		}
	default:
	}
	for _, g := range garbled {
		if turner.count("matrix:"+string(g)) != 0 {
			t.Errorf("an undecryptable event reached a turn: %s", g)
		}
	}
}
