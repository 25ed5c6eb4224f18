package matrix

import (
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/internal/modeltest"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// TestStreamedBadAnswersNeverReachTheHomeserver asks the real agent one
// guide question per answer that goes wrong, the model streaming it, and
// reads every message and edit the companion sends to the room: nothing of
// a bad part may be among them, in a preview, an edit or the final reply.
func TestStreamedBadAnswersNeverReachTheHomeserver(t *testing.T) {
	answers, err := modeltest.BadAnswers()
	if err != nil {
		t.Fatal(err)
	}
	texts := make([]string, len(answers))
	for i, a := range answers {
		texts[i] = a.Answer
	}
	srv := dendrite.Get(t)
	botUser, aliceUser := newUser(t, srv, "bot"), newUser(t, srv, "alice")
	botID := id.UserID(botUser.ID)
	st, err := store.Open(store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	model := &modeltest.Model{Answers: texts}
	ag := agent.New(agent.Options{Store: st, Guide: kb, Model: agent.ModelOptions{LLM: model, Timeout: 10 * time.Second}})
	startBot(t, botOptions(srv, botUser), ag, st)
	alice := newPerson(t, srv, aliceUser, nil)
	room := directChat(t, alice, botID)
	previews := 0
	for i, a := range answers {
		alice.say(room, "my friend stopped replying to my messages, what should i do?")
		// Previews end in " …"; the reply is the first text without it.
		for {
			c := alice.nextMessage(room, botID).Content.AsMessage()
			shown := c.Body
			if c.NewContent != nil {
				shown = c.NewContent.Body
			}
			if strings.Contains(strings.ToLower(shown), strings.ToLower(a.Bad)) ||
				strings.Contains(strings.ToLower(c.Body), strings.ToLower(a.Bad)) {
				t.Errorf("answer %d: %q reached the room:\n%s", i+1, a.Bad, shown)
			}
			if !strings.HasSuffix(shown, " …") {
				break
			}
			previews++
		}
		if model.Calls() != i+1 {
			t.Fatalf("after question %d the model was called %d times, want once per question", i+1, model.Calls())
		}
	}
	// Answers that start well show their good sentences while written.
	if previews == 0 {
		t.Error("no answer was shown while written: the test did not stream")
	}
	t.Logf("%d previews and edits shown while %d answers were written", previews, len(answers))
}
