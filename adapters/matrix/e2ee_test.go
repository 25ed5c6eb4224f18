//go:build goolm

package matrix

import (
	"path/filepath"
	"testing"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// withCrypto gives a person's client its own cryptohelper, as Element has.
func withCrypto(t *testing.T) func(*mautrix.Client) {
	return func(cli *mautrix.Client) {
		t.Helper()
		dsn := "file:" + filepath.Join(t.TempDir(), "person.db") + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)"
		db, err := dbutil.NewWithDialect(dsn, "sqlite")
		if err != nil {
			t.Fatal(err)
		}
		helper, err := cryptohelper.NewCryptoHelper(cli, []byte("person pickle key"), db)
		if err != nil {
			t.Fatal(err)
		}
		if err := helper.Init(t.Context()); err != nil {
			t.Fatal(err)
		}
		cli.Crypto = helper
		t.Cleanup(func() { _ = helper.Close() })
	}
}

func encryptedDirectChat(t *testing.T, alice *person, botID id.UserID) id.RoomID {
	t.Helper()
	room := alice.createRoom(&mautrix.ReqCreateRoom{
		Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{botID},
		InitialState: []*event.Event{{
			Type:    event.StateEncryption,
			Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}},
		}},
	})
	alice.waitMembership(room, botID, event.MembershipJoin)
	return room
}

func TestEncryptedDirectChat(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	turner := newEchoTurner(st)
	opts := botOptions(srv, botUser)
	opts.Encryption = true
	opts.DataDir = t.TempDir()
	first := startBot(t, opts, turner, st)
	alice := newPerson(t, srv, aliceUser, withCrypto(t))
	room := encryptedDirectChat(t, alice, botID)

	helpID := alice.say(room, "/help")
	if m := turner.next(t); m.Text != "/help" || m.ID != "matrix:"+string(helpID) {
		t.Fatalf("decrypted message: %+v", m)
	}
	reply := alice.nextMessage(room, botID)
	if !reply.Mautrix.WasEncrypted {
		t.Error("the reply in an encrypted room was sent in the clear")
	}
	if got := reply.Content.AsMessage().Body; got != "I can help with a few things:\n\n1. Reflect\n2. Draft a message\n3. Ask a question" {
		t.Errorf("reply %q", got)
	}
	// The choice reactions are encrypted like everything else in the room.
	for range 3 {
		r := alice.next(func(evt *event.Event) bool { return evt.Type == event.EventReaction && evt.Sender == botID })
		if !r.Mautrix.WasEncrypted {
			t.Errorf("choice reaction %s sent in the clear", r.Content.AsReaction().RelatesTo.Key)
		}
		if rel := r.Content.AsReaction().RelatesTo; rel.EventID != reply.ID {
			t.Errorf("reaction on %s, want on the reply %s", rel.EventID, reply.ID)
		}
	}
	// Element sends reactions encrypted; the bot reads them too.
	reactID := alice.react(room, reply.ID, keycaps[1])
	if m := turner.next(t); m.Text != "2" || m.ID != "matrix:"+string(reactID) {
		t.Errorf("encrypted reaction: %+v", m)
	}
	alice.nextMessage(room, botID)

	// After a restart the same device and keys are used: no "unable to
	// decrypt", no second pickle key.
	pickle, _ := st.Secret(t.Context(), secretPickleKey)
	first.stop()
	alice.say(room, "are you still there?")
	startBot(t, opts, turner, st)
	if m := turner.next(t); m.Text != "are you still there?" {
		t.Fatalf("after restart: %+v", m)
	}
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: are you still there?" {
		t.Errorf("after restart the reply was %q", got)
	}
	if again, _ := st.Secret(t.Context(), secretPickleKey); pickle == "" || again != pickle {
		t.Errorf("pickle key changed across the restart: %q then %q", pickle, again)
	}
}

func TestUndecryptableMessageAsksToResend(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	turner := newEchoTurner(st)
	opts := botOptions(srv, botUser)
	opts.Encryption = true
	opts.DataDir = t.TempDir()
	startBot(t, opts, turner, st)
	alice := newPerson(t, srv, aliceUser, nil)
	room := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{botID}})
	alice.waitMembership(room, botID, event.MembershipJoin)

	// A message whose room key never reaches the bot.
	garbled := map[string]any{
		"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEpAB", "device_id": "ALICEDEV",
		"sender_key": "c2VuZGVya2V5", "session_id": "c2Vzc2lvbg",
	}
	if _, err := alice.cli.SendMessageEvent(t.Context(), room, event.EventEncrypted, garbled); err != nil {
		t.Fatal(err)
	}
	notice := alice.nextMessage(room, botID).Content.AsMessage()
	if notice.MsgType != event.MsgNotice || notice.Body != undecryptableText {
		t.Errorf("got %s %q, want the ask to resend", notice.MsgType, notice.Body)
	}
	// The sync moved on: a plain message is answered next.
	alice.say(room, "trying again")
	if m := turner.next(t); m.Text != "trying again" {
		t.Errorf("turner got %+v", m)
	}
}

func TestCompanionInEncryptedChat(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	c := newCompanion(t)
	opts := botOptions(srv, botUser)
	opts.Encryption = true
	opts.DataDir = t.TempDir()
	startBot(t, opts, c, c.store)
	alice := newPerson(t, srv, aliceUser, withCrypto(t))
	room := encryptedDirectChat(t, alice, botID)
	last := converse(t, alice, room, botID, helpAndDraft)
	if !last.Mautrix.WasEncrypted {
		t.Error("answers in an encrypted chat were sent in the clear")
	}
}
