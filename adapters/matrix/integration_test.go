package matrix

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/adapters/matrix/matrixtest"
	"github.com/companion-dev/companion/agent"
)

// directChat has alice open a direct chat with the bot and waits until the
// bot joined.
func directChat(t testing.TB, alice *person, botID id.UserID) id.RoomID {
	t.Helper()
	room := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{botID}})
	alice.waitMembership(room, botID, event.MembershipJoin)
	return room
}

func TestDirectChat(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	st := newMemStore()
	turner := newEchoTurner(st)
	startBot(t, botOptions(srv, botUser), turner, st)
	alice := newPerson(t, srv, aliceUser, nil)
	botID := id.UserID(botUser.ID)
	room := directChat(t, alice, botID)

	helpID := alice.say(room, "/help")
	m := turner.next(t)
	want := agent.Message{
		ID: "matrix:" + string(helpID), Channel: "matrix", ChatID: string(room),
		Person: agent.PersonID("matrix:" + aliceUser.ID), Text: "/help", Addressed: true,
	}
	if m.ID != want.ID || m.Channel != want.Channel || m.ChatID != want.ChatID || m.Person != want.Person ||
		m.Text != want.Text || m.Addressed != want.Addressed || m.Group || m.ReplyTo != "" {
		t.Errorf("message:\ngot  %+v\nwant %+v", m, want)
	}
	if m.Time.IsZero() {
		t.Error("message time not set")
	}

	reply := alice.nextMessage(room, botID)
	content := reply.Content.AsMessage()
	if content.Body != "I can help with a few things:\n\n1. Reflect\n2. Draft a message\n3. Ask a question" {
		t.Errorf("reply body = %q", content.Body)
	}
	if !strings.Contains(content.FormattedBody, "<strong>a few</strong>") || !strings.Contains(content.FormattedBody, "<ol><li>Reflect</li>") {
		t.Errorf("reply html = %q", content.FormattedBody)
	}
	if content.RelatesTo != nil {
		t.Errorf("a direct chat reply should not be threaded: %+v", content.RelatesTo)
	}
	// The bot offers the three choices as reactions on its reply.
	seen := map[string]bool{}
	for len(seen) < 3 {
		r := alice.next(func(evt *event.Event) bool { return evt.Type == event.EventReaction && evt.Sender == botID })
		rel := r.Content.AsReaction().RelatesTo
		if rel.EventID != reply.ID {
			t.Fatalf("reaction on %s, want on the reply %s", rel.EventID, reply.ID)
		}
		seen[rel.Key] = true
	}
	for _, k := range keycaps[:3] {
		if !seen[k] {
			t.Errorf("reaction %s missing; got %v", k, seen)
		}
	}

	// A typed number and a reaction both arrive as the number.
	alice.say(room, "2")
	if m := turner.next(t); m.Text != "2" {
		t.Errorf("typed choice: got %q", m.Text)
	}
	alice.nextMessage(room, botID)
	reactID := alice.react(room, reply.ID, keycaps[0])
	// The reply to "2" offered no choices, so a reaction on the older
	// message is stale; a fresh /help makes it current again.
	alice.say(room, "/help")
	if m := turner.next(t); m.Text != "/help" {
		t.Fatalf("stale reaction was passed on: got %+v", m)
	}
	if turner.count("matrix:"+string(reactID)) != 0 {
		t.Error("stale reaction was handled")
	}
	help2 := alice.nextMessage(room, botID)
	reactID = alice.react(room, help2.ID, keycaps[2])
	if m := turner.next(t); m.Text != "3" || m.ID != "matrix:"+string(reactID) {
		t.Errorf("reaction: got %+v, want text 3 and the reaction's id", m)
	}
	alice.nextMessage(room, botID)

	// Media and a bot's notice: media gets a turn, the notice does not.
	alice.send(room, &event.MessageEventContent{MsgType: event.MsgNotice, Body: "I am another bot"})
	alice.send(room, &event.MessageEventContent{MsgType: event.MsgImage, Body: "cat.jpg", URL: "mxc://localhost/abc"})
	if m := turner.next(t); m.NonText != "photo" || m.Text != "" {
		t.Errorf("after a notice and an image: got %+v, want the image", m)
	}
	if got := alice.nextMessage(room, botID).Content.AsMessage().Body; got != "I can only read text." {
		t.Errorf("image reply = %q", got)
	}
	// Everything delivered is marked sent (just after the homeserver took it).
	waitFor(t, func() bool { return st.pendingCount() == 0 })
	// The companion's own messages and reactions never come back as turns.
	for _, m := range turner.messages() {
		if m.Person != agent.PersonID("matrix:"+aliceUser.ID) {
			t.Errorf("turn for %s (%q); only alice talked", m.Person, m.Text)
		}
	}
}

func TestGroupRoomQuietUntilAddressed(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser, bobUser := newUser(t, srv, "bot"), newUser(t, srv, "alice"), newUser(t, srv, "bob")
	st := newMemStore()
	turner := newEchoTurner(st)
	opts := botOptions(srv, botUser)
	opts.DisplayName = "Companion"
	startBot(t, opts, turner, st)
	alice := newPerson(t, srv, aliceUser, nil)
	bob := newPerson(t, srv, bobUser, nil)
	botID, bobID := id.UserID(botUser.ID), id.UserID(bobUser.ID)

	room := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{botID, bobID}})
	if _, err := bob.cli.JoinRoomByID(t.Context(), room); err != nil {
		t.Fatal(err)
	}
	alice.waitJoined(room, botID, bobID)

	bob.say(room, "anyone up for lunch?")
	bob.say(room, "the companionship in this room is great")
	askID := alice.say(room, "Companion: how do I handle a disagreement?")
	m := turner.next(t)
	if m.ID != "matrix:"+string(askID) {
		t.Fatalf("first message passed on was %q (%q), want the addressed one", m.ID, m.Text)
	}
	if !m.Group || !m.Addressed || m.ReplyTo != string(askID) || m.Text != "how do I handle a disagreement?" {
		t.Errorf("addressed group message: %+v", m)
	}
	reply := alice.nextMessage(room, botID)
	rel := reply.Content.AsMessage().RelatesTo
	if rel.GetThreadParent() != askID {
		t.Errorf("reply not in a thread on the question: %+v", rel)
	}

	// A follow-up in the thread is addressed without a mention; so are a
	// pill mention, a command, and a reply to the bot.
	inThread := &event.MessageEventContent{MsgType: event.MsgText, Body: "and if they are upset?"}
	inThread.RelatesTo = (&event.RelatesTo{}).SetThread(askID, reply.ID)
	threadID := bob.send(room, inThread)
	if m := turner.next(t); m.ID != "matrix:"+string(threadID) || m.ReplyTo != string(askID) {
		t.Errorf("thread follow-up: %+v", m)
	}
	pill := &event.MessageEventContent{MsgType: event.MsgText, Body: "Buddy: hi", Format: event.FormatHTML,
		FormattedBody: `<a href="https://matrix.to/#/` + string(botID) + `">Buddy</a>: hi`}
	pillID := bob.send(room, pill)
	if m := turner.next(t); m.ID != "matrix:"+string(pillID) || m.ReplyTo != string(pillID) {
		t.Errorf("pill mention: %+v", m)
	}
	bob.say(room, "lunch at noon then")
	cmdID := bob.say(room, "!help")
	if m := turner.next(t); m.ID != "matrix:"+string(cmdID) || m.Text != "/help" {
		t.Errorf("command: %+v", m)
	}
	mentions := &event.MessageEventContent{MsgType: event.MsgText, Body: "what do you think?", Mentions: &event.Mentions{UserIDs: []id.UserID{botID}}}
	mentionID := alice.send(room, mentions)
	if m := turner.next(t); m.ID != "matrix:"+string(mentionID) {
		t.Errorf("m.mentions: %+v", m)
	}
	direct := &event.MessageEventContent{MsgType: event.MsgText, Body: "thanks, that helps"}
	direct.RelatesTo = (&event.RelatesTo{}).SetReplyTo(reply.ID)
	replyID := alice.send(room, direct)
	if m := turner.next(t); m.ID != "matrix:"+string(replyID) {
		t.Errorf("reply to the bot: %+v", m)
	}
	for _, m := range turner.messages() {
		if strings.Contains(m.Text, "lunch") || strings.Contains(m.Text, "companionship") {
			t.Errorf("unaddressed message passed on: %q", m.Text)
		}
	}

	// With bob gone the room is a direct chat: everything is addressed.
	if _, err := bob.cli.LeaveRoom(t.Context(), room); err != nil {
		t.Fatal(err)
	}
	alice.waitMembership(room, bobID, event.MembershipLeave)
	plainID := alice.say(room, "just us now")
	if m := turner.next(t); m.ID != "matrix:"+string(plainID) || m.Group || m.ReplyTo != "" {
		t.Errorf("after bob left: %+v", m)
	}
	alice.nextMessage(room, botID)

	// When everyone else leaves, the bot leaves too.
	if _, err := alice.cli.LeaveRoom(t.Context(), room); err != nil {
		t.Fatal(err)
	}
	waitNotJoined(t, srv.URL, botUser, room)
}

// waitNotJoined polls the bot account's joined rooms (with a session of its
// own) until room is gone from them.
func waitNotJoined(t *testing.T, hs string, u matrixtest.User, room id.RoomID) {
	t.Helper()
	cli, err := mautrix.NewClient(hs, id.UserID(u.ID), u.AccessToken)
	if err != nil {
		t.Fatal(err)
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(wait)
	for {
		resp, err := cli.JoinedRooms(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(resp.JoinedRooms, room) {
			return
		}
		select {
		case <-tick.C:
		case <-deadline:
			t.Fatalf("%s still in %s after %s", u.ID, room, wait)
		}
	}
}

func TestSlowTurnShowsTypingAndMarksRead(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	echo := newEchoTurner(st)
	release := make(chan struct{})
	slow := turnerFunc(func(ctx context.Context, m agent.Message) error {
		select {
		case <-release:
		case <-ctx.Done():
			return ctx.Err()
		}
		return echo.Handle(ctx, m)
	})
	// The turn waits until alice saw the bot typing (after about a second).
	startBot(t, botOptions(srv, botUser), slow, st)
	alice := newPerson(t, srv, aliceUser, nil)
	room := directChat(t, alice, botID)

	msgID := alice.say(room, "take your time")
	alice.nextEphemeral(func(evt *event.Event) bool {
		return evt.RoomID == room && evt.Type == event.EphemeralEventTyping &&
			slices.Contains(evt.Content.AsTyping().UserIDs, botID)
	})
	close(release)
	alice.nextMessage(room, botID)
	alice.nextEphemeral(func(evt *event.Event) bool {
		if evt.RoomID != room || evt.Type != event.EphemeralEventReceipt {
			return false
		}
		_, ok := (*evt.Content.AsReceipt())[msgID][event.ReceiptTypeRead][botID]
		return ok
	})
}

func TestStreamedReplyIsEditedIntoTheFinalOne(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st := newMemStore()
	echo := newEchoTurner(st)
	writing := turnerFunc(func(ctx context.Context, m agent.Message) error {
		if m.Text != "write slowly" || m.Partial == nil {
			return echo.Handle(ctx, m)
		}
		m.Partial("Thinking")
		m.Partial("Thinking about it") // within a second: not shown
		return st.commit(m.ID, agent.Outgoing{Channel: m.Channel, ChatID: m.ChatID, Person: m.Person,
			Reply: agent.Reply{Text: "Thinking about it **carefully**.", Choices: []agent.Choice{{ID: "ok", Label: "OK"}}}})
	})
	startBot(t, botOptions(srv, botUser), writing, st)
	alice := newPerson(t, srv, aliceUser, nil)
	room := directChat(t, alice, botID)

	alice.say(room, "write slowly")
	preview := alice.nextMessage(room, botID)
	if got := preview.Content.AsMessage().Body; got != "Thinking …" {
		t.Errorf("preview %q", got)
	}
	// On a slow machine a second preview edit may come first; every message
	// until the final text must be an edit of the preview.
	var final *event.MessageEventContent
	for final == nil || final.NewContent == nil || strings.HasSuffix(final.NewContent.Body, " …") {
		final = alice.nextMessage(room, botID).Content.AsMessage()
		if final.RelatesTo.GetReplaceID() != preview.ID {
			t.Fatalf("a message that is not an edit of the preview: %q %+v", final.Body, final.RelatesTo)
		}
	}
	if final.NewContent.Body != "Thinking about it carefully.\n\n1. OK" ||
		!strings.Contains(final.NewContent.FormattedBody, "<strong>carefully</strong>") {
		t.Errorf("final content %+v", final.NewContent)
	}
	r := alice.next(func(evt *event.Event) bool { return evt.Type == event.EventReaction && evt.Sender == botID })
	if rel := r.Content.AsReaction().RelatesTo; rel.EventID != preview.ID || rel.Key != keycaps[0] {
		t.Errorf("choice reaction %+v, want 1️⃣ on the preview", rel)
	}
	// The next reply is a message of its own again.
	alice.say(room, "thanks")
	next := alice.nextMessage(room, botID).Content.AsMessage()
	if next.RelatesTo != nil || next.Body != "You said: thanks" {
		t.Errorf("next reply %q %+v", next.Body, next.RelatesTo)
	}
}
