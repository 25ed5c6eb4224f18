package matrix

import (
	"context"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// The real agent and store fit the adapter's interfaces.
var (
	_ Turner = (*agent.Agent)(nil)
	_ Store  = (*store.Store)(nil)
)

// companion is the real thing: agent, Badger store in memory and the guide.
type companion struct {
	agent *agent.Agent
	store *store.Store
	// handled receives the id of every message the agent finished a turn for.
	handled chan string
}

func newCompanion(t *testing.T) *companion {
	t.Helper()
	st, err := store.Open(store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &companion{agent: agent.New(agent.Options{Store: st, Guide: kb}), store: st, handled: make(chan string, 100)}
}

// Handle runs the agent's turn and reports it.
func (c *companion) Handle(ctx context.Context, m agent.Message) error {
	err := c.agent.Handle(ctx, m)
	if err == nil {
		c.handled <- m.ID
	}
	return err
}

// next returns the id of the next message a turn was finished for.
func (c *companion) next(t *testing.T) string {
	t.Helper()
	select {
	case msgID := <-c.handled:
		return msgID
	case <-time.After(wait):
		t.Fatalf("no turn within %s", wait)
		return ""
	}
}

// step is one exchange: what alice does and what the companion's answer
// must contain (in its plain body, or its HTML when html is set).
type step struct {
	say      string
	react    int // 1-based keycap on the companion's previous message
	want     []string
	wantHTML []string
	// replies is how many messages the companion sends back; 0 means 1.
	replies int
}

// converse plays steps in room and checks every answer.
func converse(t *testing.T, alice *person, room id.RoomID, botID id.UserID, steps []step) *event.Event {
	t.Helper()
	var last *event.Event
	for i, s := range steps {
		if s.react > 0 {
			alice.react(room, last.ID, keycaps[s.react-1])
		} else {
			alice.say(room, s.say)
		}
		n := max(s.replies, 1)
		var body, html strings.Builder
		for range n {
			last = alice.nextMessage(room, botID)
			c := last.Content.AsMessage()
			body.WriteString(c.Body + "\n")
			html.WriteString(c.FormattedBody + "\n")
		}
		for _, w := range s.want {
			if !strings.Contains(body.String(), w) {
				t.Errorf("step %d (%q/%d): answer lacks %q:\n%s", i+1, s.say, s.react, w, body.String())
			}
		}
		for _, w := range s.wantHTML {
			if !strings.Contains(html.String(), w) {
				t.Errorf("step %d (%q/%d): HTML lacks %q:\n%s", i+1, s.say, s.react, w, html.String())
			}
		}
	}
	return last
}

// helpAndDraft is /help, a full draft by numbers and reactions, and a
// question for the guide.
var helpAndDraft = []step{
	{say: "/help", want: []string{"/draft", "1. Reflect", "2. Draft a message"}, wantHTML: []string{"<ul><li><strong>/reflect</strong>", "<ol><li>Reflect</li>"}},
	{react: 2, want: []string{"Who would you like to write to"}},
	{say: "Sam, an old college friend", want: []string{"Sam", "1. It"}},
	{say: "1", want: []string{"1. Warm"}},
	{react: 1, want: []string{"Sam"}},
	{say: "the road trip to the coast", want: []string{"Sam", "road trip to the coast"}, wantHTML: []string{"<blockquote>"}},
	{say: "shorter", want: []string{"Sam"}, wantHTML: []string{"<blockquote>"}},
	{say: "done", replies: 2, want: []string{"Sam"}, wantHTML: []string{"<blockquote>"}},
	{say: "how do I deal with a friend who stopped replying?", want: []string{"guide"}},
}

func TestCompanionInPlainRoom(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	c := newCompanion(t)
	startBot(t, botOptions(srv, botUser), c, c.store)
	alice := newPerson(t, srv, aliceUser, nil)
	room := directChat(t, alice, botID)
	converse(t, alice, room, botID, helpAndDraft)
}

func TestCompanionRestartMidFlow(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	c := newCompanion(t)
	first := startBot(t, botOptions(srv, botUser), c, c.store)
	alice := newPerson(t, srv, aliceUser, nil)
	room := directChat(t, alice, botID)
	converse(t, alice, room, botID, helpAndDraft[:3])
	first.stop()

	// The occasion is picked while the companion is down; after the restart
	// the flow goes on where it was, and nothing is answered twice.
	alice.say(room, "1")
	startBot(t, botOptions(srv, botUser), c, c.store)
	tone := alice.nextMessage(room, botID)
	if body := tone.Content.AsMessage().Body; !strings.Contains(body, "1. Warm") {
		t.Fatalf("after restart: %q, want the tone question", body)
	}
	converse(t, alice, room, botID, []step{{say: "2", want: []string{"Sam"}}})
	seen := map[string]int{}
	for len(c.handled) > 0 {
		seen[<-c.handled]++
	}
	for msgID, n := range seen {
		if n != 1 {
			t.Errorf("%s handled %d times", msgID, n)
		}
	}
}

func TestCompanionInGroupRoom(t *testing.T) {
	srv := dendrite.Get(t)
	botUser, aliceUser, bobUser := newUser(t, srv, "bot"), newUser(t, srv, "alice"), newUser(t, srv, "bob")
	botID, bobID := id.UserID(botUser.ID), id.UserID(bobUser.ID)
	c := newCompanion(t)
	opts := botOptions(srv, botUser)
	opts.DisplayName = "Companion"
	startBot(t, opts, c, c.store)
	alice := newPerson(t, srv, aliceUser, nil)
	bob := newPerson(t, srv, bobUser, nil)
	room := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{botID, bobID}})
	if _, err := bob.cli.JoinRoomByID(t.Context(), room); err != nil {
		t.Fatal(err)
	}
	alice.waitJoined(room, botID, bobID)

	bob.say(room, "anyone up for lunch?")
	askID := alice.say(room, "Companion: how do I handle a disagreement in a group chat?")
	if got := c.next(t); got != "matrix:"+string(askID) {
		t.Fatalf("first turn was for %s, want the mention %s", got, askID)
	}
	reply := alice.nextMessage(room, botID)
	if root := reply.Content.AsMessage().RelatesTo.GetThreadParent(); root != askID {
		t.Errorf("answer threaded on %q, want %q", root, askID)
	}
	if body := reply.Content.AsMessage().Body; !strings.Contains(strings.ToLower(body), "guide") {
		t.Errorf("answer does not draw on the guide: %q", body)
	}
}
