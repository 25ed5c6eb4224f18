package matrix

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/adapters/internal/lifecycle/lifecycletest"
	"github.com/companion-dev/companion/adapters/matrix/matrixtest"
	"github.com/companion-dev/companion/agent"
)

// dendrite is one homeserver for the whole test binary, started on first use.
var dendrite matrixtest.Shared

func TestMain(m *testing.M) {
	// The agent's models are built first, as the program does at start-up:
	// otherwise the first message of whichever test runs first waits for
	// the training, which under the race detector outlasts its waits.
	agent.Warm()
	code := m.Run()
	dendrite.Close()
	os.Exit(code)
}

// wait is how long a test waits for something to happen on the homeserver.
const wait = 60 * time.Second

var userSeq atomic.Int64

// newUser creates a fresh account, so that tests sharing the homeserver
// never see each other's rooms.
func newUser(t testing.TB, srv *matrixtest.Server, role string) matrixtest.User {
	t.Helper()
	name := fmt.Sprintf("%s%d", role, userSeq.Add(1))
	u, err := srv.CreateUser(t.Context(), name)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// person is a Matrix account driven by the test through mautrix, the way a
// person's client would behave.
type person struct {
	t      testing.TB
	cli    *mautrix.Client
	uid    id.UserID
	events chan *event.Event
	// ephemeral receives typing notifications and read receipts.
	ephemeral chan *event.Event
}

// newPerson logs u in and starts syncing; setup runs before the first sync
// (the end-to-end tests add a cryptohelper there).
func newPerson(t testing.TB, srv *matrixtest.Server, u matrixtest.User, setup func(*mautrix.Client)) *person {
	t.Helper()
	cli, err := mautrix.NewClient(srv.URL, id.UserID(u.ID), u.AccessToken)
	if err != nil {
		t.Fatal(err)
	}
	who, err := cli.Whoami(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	cli.DeviceID = who.DeviceID
	p := &person{t: t, cli: cli, uid: cli.UserID, events: make(chan *event.Event, 1000), ephemeral: make(chan *event.Event, 1000)}
	syncer := cli.Syncer.(*mautrix.DefaultSyncer)
	syncer.OnEvent(func(_ context.Context, evt *event.Event) {
		if evt.Mautrix.EventSource&event.SourceEphemeral != 0 {
			p.ephemeral <- evt
			return
		}
		if evt.Sender == p.uid || evt.Type == event.EventEncrypted || evt.Mautrix.EventSource&event.SourceTimeline == 0 && evt.Mautrix.EventSource&event.SourceDecrypted == 0 {
			return
		}
		p.events <- evt
	})
	if setup != nil {
		setup(cli)
	}
	matrixtest.Sync(t, cli)
	return p
}

// next returns the next event from someone else that match accepts,
// failing the test after wait.
func (p *person) next(match func(*event.Event) bool) *event.Event {
	p.t.Helper()
	deadline := time.After(wait)
	for {
		select {
		case evt := <-p.events:
			if match(evt) {
				return evt
			}
		case <-deadline:
			p.t.Fatalf("%s: no matching event within %s", p.uid, wait)
			return nil
		}
	}
}

// nextEphemeral returns the next typing or receipt event that match accepts.
func (p *person) nextEphemeral(match func(*event.Event) bool) *event.Event {
	p.t.Helper()
	deadline := time.After(wait)
	for {
		select {
		case evt := <-p.ephemeral:
			if match(evt) {
				return evt
			}
		case <-deadline:
			p.t.Fatalf("%s: no matching typing or receipt event within %s", p.uid, wait)
			return nil
		}
	}
}

// nextMessage returns the next m.room.message from sender in room.
func (p *person) nextMessage(room id.RoomID, sender id.UserID) *event.Event {
	p.t.Helper()
	return p.next(func(evt *event.Event) bool {
		return evt.RoomID == room && evt.Sender == sender && evt.Type == event.EventMessage
	})
}

// waitMembership waits until who's membership in room becomes m.
func (p *person) waitMembership(room id.RoomID, who id.UserID, m event.Membership) {
	p.t.Helper()
	p.next(func(evt *event.Event) bool {
		return evt.RoomID == room && evt.Type == event.StateMember && evt.GetStateKey() == string(who) &&
			evt.Content.AsMember().Membership == m
	})
}

// waitJoined waits until every one of who joined room, in any order.
func (p *person) waitJoined(room id.RoomID, who ...id.UserID) {
	p.t.Helper()
	missing := map[string]bool{}
	for _, u := range who {
		missing[string(u)] = true
	}
	for len(missing) > 0 {
		evt := p.next(func(evt *event.Event) bool {
			return evt.RoomID == room && evt.Type == event.StateMember && missing[evt.GetStateKey()] &&
				evt.Content.AsMember().Membership == event.MembershipJoin
		})
		delete(missing, evt.GetStateKey())
	}
}

func (p *person) createRoom(req *mautrix.ReqCreateRoom) id.RoomID {
	p.t.Helper()
	resp, err := p.cli.CreateRoom(p.t.Context(), req)
	if err != nil {
		p.t.Fatal(err)
	}
	return resp.RoomID
}

func (p *person) say(room id.RoomID, text string) id.EventID {
	p.t.Helper()
	return p.send(room, &event.MessageEventContent{MsgType: event.MsgText, Body: text})
}

func (p *person) send(room id.RoomID, content *event.MessageEventContent) id.EventID {
	p.t.Helper()
	resp, err := p.cli.SendMessageEvent(p.t.Context(), room, event.EventMessage, content)
	if err != nil {
		p.t.Fatal(err)
	}
	return resp.EventID
}

func (p *person) react(room id.RoomID, target id.EventID, key string) id.EventID {
	p.t.Helper()
	content := &event.ReactionEventContent{RelatesTo: event.RelatesTo{Type: event.RelAnnotation, EventID: target, Key: key}}
	evtType := event.EventReaction
	var payload any = content
	// Element encrypts reactions in encrypted rooms; do the same.
	if p.cli.Crypto != nil {
		enc, err := p.cli.StateStore.IsEncrypted(p.t.Context(), room)
		if err != nil {
			p.t.Fatal(err)
		}
		if enc {
			if payload, err = p.cli.Crypto.Encrypt(p.t.Context(), room, event.EventReaction, content); err != nil {
				p.t.Fatal(err)
			}
			evtType = event.EventEncrypted
		}
	}
	resp, err := p.cli.SendMessageEvent(p.t.Context(), room, evtType, payload)
	if err != nil {
		p.t.Fatal(err)
	}
	return resp.EventID
}

// bot runs an Adapter until stop, which checks that Run returned nil; stop
// may be called twice.
type bot struct {
	a    *Adapter
	stop func()
}

func botOptions(srv *matrixtest.Server, u matrixtest.User) Options {
	return Options{
		Homeserver: srv.URL,
		UserID:     u.ID,
		Password:   u.Password,
		Logger:     slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
}

func startBot(t testing.TB, opts Options, turner Turner, st Store) *bot {
	t.Helper()
	return startTunedBot(t, opts, turner, st, nil)
}

// startTunedBot is startBot with tune applied to the Adapter before it runs.
func startTunedBot(t testing.TB, opts Options, turner Turner, st Store, tune func(*Adapter)) *bot {
	t.Helper()
	a, err := New(opts, turner, st)
	if err != nil {
		t.Fatal(err)
	}
	a.pollInterval = 200 * time.Millisecond
	a.maxBackoff = 2 * time.Second
	a.retryMin = 100 * time.Millisecond
	a.keyWait = 2 * time.Second
	a.keyRetry = 200 * time.Millisecond
	if tune != nil {
		tune(a)
	}
	return &bot{a: a, stop: lifecycletest.Run(t, wait, a.Run)}
}

// echoTurner is a stand-in agent: it commits one reply per message into a
// memStore, offers three choices for "/help", and records what it was given.
type echoTurner struct {
	st  *memStore
	mu  sync.Mutex
	got []agent.Message
	in  chan agent.Message
}

func newEchoTurner(st *memStore) *echoTurner {
	return &echoTurner{st: st, in: make(chan agent.Message, 100)}
}

func (e *echoTurner) Handle(_ context.Context, m agent.Message) error {
	reply := agent.Reply{Text: "You said: " + m.Text}
	switch {
	case strings.TrimSpace(m.Text) == "/help":
		reply = agent.Reply{Text: "I can help with **a few** things:", Choices: []agent.Choice{
			{ID: "reflect", Label: "Reflect"}, {ID: "draft", Label: "Draft a message"}, {ID: "ask", Label: "Ask a question"},
		}}
	case m.NonText != "":
		reply = agent.Reply{Text: "I can only read text."}
	}
	err := e.st.commit(m.ID, agent.Outgoing{
		Channel: m.Channel, ChatID: m.ChatID, Person: m.Person, ReplyTo: m.ReplyTo, Reply: reply,
	})
	if err != nil {
		return err
	}
	e.mu.Lock()
	e.got = append(e.got, m)
	e.mu.Unlock()
	e.in <- m
	return nil
}

// next returns the next message the turner committed, failing after wait.
func (e *echoTurner) next(t testing.TB) agent.Message {
	t.Helper()
	select {
	case m := <-e.in:
		return m
	case <-time.After(wait):
		t.Fatalf("turner got no message within %s", wait)
		return agent.Message{}
	}
}

// count returns how many times a message with id was committed.
func (e *echoTurner) count(msgID string) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := 0
	for _, m := range e.got {
		if m.ID == msgID {
			n++
		}
	}
	return n
}

// messages returns a copy of everything the turner handled.
func (e *echoTurner) messages() []agent.Message {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]agent.Message(nil), e.got...)
}
