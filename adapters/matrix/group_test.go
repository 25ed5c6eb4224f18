package matrix

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

// TestGroupRoomShowsNothingPrivate sets up a name, a reminder and plan
// progress in a direct chat, then talks to the companion in a group room:
// greetings, the menu picked by number and by keycap, personal requests.
// The room sees none of the private data and the private state stays as it was.
func TestGroupRoomShowsNothingPrivate(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser, bobUser := newUser(t, srv, "bot"), newUser(t, srv, "alice"), newUser(t, srv, "bob")
	botID, aliceID, bobID := id.UserID(botUser.ID), id.UserID(aliceUser.ID), id.UserID(bobUser.ID)
	c := newCompanion(t)
	opts := botOptions(srv, botUser)
	opts.DisplayName = "Companion"
	startBot(t, opts, c, c.store)
	alice := newPerson(t, srv, aliceUser, nil)
	bob := newPerson(t, srv, bobUser, nil)

	dm := directChat(t, alice, botID)
	converse(t, alice, dm, botID, []step{
		{say: "call me Marguerite", want: []string{"Marguerite"}},
		{say: "remind me to check in with Sam every 2 weeks", want: []string{"timezone"}},
		{say: "Berlin", want: []string{"every 2 weeks"}},
		{say: "/plan", want: []string{"1. Start today"}},
		{say: "1", want: []string{"Day 1 of 7"}},
		{say: "done", want: []string{"Day 1 done"}},
		{say: "skip", want: []string{"See you tomorrow"}},
		// The main menu is the last thing offered in private; its 4th entry is the plan.
		{say: "hi", want: []string{"Hi Marguerite!", "4. 7-day plan"}},
	})
	person := agent.PersonID("matrix:" + string(aliceID))
	state := func() agent.Person {
		p, err := c.store.LoadPerson(t.Context(), person)
		if err != nil {
			t.Fatal(err)
		}
		p.Profile.LastSeen = time.Time{}
		return p
	}
	before := state()
	if before.Profile.Name != "Marguerite" || len(before.Contacts) != 1 || len(before.Plan.Done) != 1 {
		t.Fatalf("private setup did not take: %+v", before)
	}

	room := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{botID, bobID}})
	if _, err := bob.cli.JoinRoomByID(t.Context(), room); err != nil {
		t.Fatal(err)
	}
	alice.waitJoined(room, botID, bobID)
	var shown []string
	ask := func(text string, want string) id.EventID {
		t.Helper()
		alice.say(room, text)
		reply := alice.nextMessage(room, botID)
		body := reply.Content.AsMessage().Body
		shown = append(shown, body)
		if !strings.Contains(body, want) {
			t.Errorf("%q in the group: got %q, want it to contain %q", text, body, want)
		}
		return reply.ID
	}
	hello := ask("companion hi", "Good to hear from you")
	alice.react(room, hello, keycaps[0])
	body := alice.nextMessage(room, botID).Content.AsMessage().Body
	shown = append(shown, body)
	if !strings.HasPrefix(body, "What would you like to know?") {
		t.Errorf("keycap 1 on the group menu: got %q, want the question prompt", body)
	}
	ask("companion 4", "doesn't match anything I offered here")
	ask("companion I talked to Sam yesterday", "Message me directly")
	ask("companion remind me to call mum on sunday", "Message me directly")
	ask("companion call me Sam", "Message me directly")
	ask("!plan", "Message me directly")
	ask("!forget", "Message me directly")
	ask("!start", "I'm a companion")

	for _, body := range shown {
		for _, mark := range []string{"Marguerite", "Berlin", "10:00", "December", "Day 1", "done so far"} {
			if strings.Contains(body, mark) {
				t.Errorf("the group was shown %q: %q", mark, body)
			}
		}
	}
	if after := state(); !reflect.DeepEqual(before, after) {
		t.Errorf("group messages changed private state:\nbefore %+v\nafter  %+v", before, after)
	}
	// In private, a number still picks from the private menu.
	converse(t, alice, dm, botID, []step{{say: "4", want: []string{"Day 1 of 7"}}})
}
