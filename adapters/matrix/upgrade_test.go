package matrix

import (
	"strings"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

// upgradeRoom asks the homeserver to replace room with a new one, as a
// client's "upgrade room" does, and returns the new room.
func upgradeRoom(t *testing.T, p *person, room id.RoomID) id.RoomID {
	t.Helper()
	var resp struct {
		ReplacementRoom id.RoomID `json:"replacement_room"`
	}
	url := p.cli.BuildClientURL("v3", "rooms", room, "upgrade")
	if _, err := p.cli.MakeRequest(t.Context(), "POST", url, map[string]any{"new_version": "10"}, &resp); err != nil {
		t.Fatalf("upgrade room: %v", err)
	}
	if resp.ReplacementRoom == "" {
		t.Fatal("upgrade returned no replacement room")
	}
	return resp.ReplacementRoom
}

// TestRoomUpgradeIsFollowed upgrades a chat in the middle of drafting a
// message: the companion joins the new room by itself, the draft goes on
// there, and a reply written for the old room (a reminder) arrives in the
// new one.
func TestRoomUpgradeIsFollowed(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	c := newCompanion(t)
	startBot(t, botOptions(srv, botUser), c, c.store)
	alice := newPerson(t, srv, aliceUser, nil)
	// A public join rule lets the companion follow the tombstone without
	// an invite; Dendrite copies it to the new room.
	old := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "public_chat", IsDirect: true, Invite: []id.UserID{botID}})
	alice.waitMembership(old, botID, event.MembershipJoin)
	converse(t, alice, old, botID, []step{{say: "/draft", want: []string{"Who would you like to write to"}}})

	room := upgradeRoom(t, alice, old)
	alice.waitMembership(room, botID, event.MembershipJoin)
	converse(t, alice, room, botID, []step{{say: "Sam, an old college friend", want: []string{"Sam", "1. It"}}})

	if err := c.store.Enqueue(t.Context(), agent.Outgoing{Channel: Channel, ChatID: string(old),
		Person: agent.PersonID("matrix:" + aliceUser.ID), Reply: agent.Reply{Text: "Time to check in with Sam."}}); err != nil {
		t.Fatal(err)
	}
	reminder := alice.nextMessage(room, botID)
	if body := reminder.Content.AsMessage().Body; !strings.Contains(body, "check in with Sam") {
		t.Errorf("in the new room: %q, want the reminder", body)
	}
}

// TestRoomUpgradeInviteOnly upgrades an invite-only chat: the companion
// cannot join the new room by itself and joins when the person invites it.
func TestRoomUpgradeInviteOnly(t *testing.T) {
	d := newEchoDM(t)
	room := upgradeRoom(t, d.alice, d.room)
	if _, err := d.alice.cli.InviteUser(t.Context(), room, &mautrix.ReqInviteUser{UserID: d.botID}); err != nil {
		t.Fatal(err)
	}
	d.alice.waitMembership(room, d.botID, event.MembershipJoin)
	sent := d.alice.say(room, "still there?")
	if m := d.turner.next(t); m.ID != "matrix:"+string(sent) || m.ChatID != string(room) {
		t.Errorf("turn %+v, want the message in the new room", m)
	}
	if got := d.alice.nextMessage(room, d.botID).Content.AsMessage().Body; got != "You said: still there?" {
		t.Errorf("reply %q", got)
	}
}
