//go:build !goolm

package matrix

import (
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

func TestEncryptedRoomWithoutEncryptionCompiledIn(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	turner := newEchoTurner(st)
	opts := botOptions(srv, botUser)
	opts.Encryption = true // asked for, but this build cannot: it says so and goes on
	opts.DataDir = t.TempDir()
	startBot(t, opts, turner, st)
	alice := newPerson(t, srv, aliceUser, nil)
	room := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{botID}})
	alice.waitMembership(room, botID, event.MembershipJoin)

	// What an encrypting client would send; this build cannot read it.
	garbled := map[string]any{
		"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEpAB", "device_id": "ALICEDEV",
		"sender_key": "c2VuZGVya2V5", "session_id": "c2Vzc2lvbg",
	}
	for range 2 {
		if _, err := alice.cli.SendMessageEvent(t.Context(), room, event.EventEncrypted, garbled); err != nil {
			t.Fatal(err)
		}
	}
	plainID := alice.say(room, "hello in the clear")

	notice := alice.nextMessage(room, botID).Content.AsMessage()
	if notice.MsgType != event.MsgNotice || notice.Body != unreadableText {
		t.Errorf("first answer: %s %q, want the notice that encryption is not compiled in", notice.MsgType, notice.Body)
	}
	if m := turner.next(t); m.ID != "matrix:"+string(plainID) {
		t.Errorf("turner got %q, want only the plain message", m.ID)
	}
	// Told once per room: the next message from the bot is the plain reply.
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "You said: hello in the clear" {
		t.Errorf("second answer %q", got)
	}
}
