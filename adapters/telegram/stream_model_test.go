package telegram

import (
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/internal/modeltest"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// TestStreamedBadAnswersNeverShown plays answers that go wrong, streamed
// through the real agent and the adapter, on a server with message drafts
// and on one without: nothing of the bad part may reach the Bot API, in a
// message, an edit or a draft.
func TestStreamedBadAnswersNeverShown(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	answers, err := modeltest.BadAnswers()
	if err != nil {
		t.Fatal(err)
	}
	for _, noDrafts := range []bool{false, true} {
		for _, c := range answers {
			name := "drafts/" + c.Bad
			if noDrafts {
				name = "edits/" + c.Bad
			}
			t.Run(name, func(t *testing.T) {
				st, err := store.Open(store.Options{Dir: t.TempDir()})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				srv := telegramtest.New(t, telegramtest.Options{NoDrafts: noDrafts})
				model := &modeltest.Model{Answers: []string{c.Answer}}
				ag := agent.New(agent.Options{Store: st, Guide: kb,
					Model: agent.ModelOptions{LLM: model, Timeout: 10 * time.Second}})
				opts := testOptions(srv, nil)
				opts.EditInterval = 20 * time.Millisecond
				start(t, opts, ag, st)
				srv.SendText(ana, "my friend stopped replying to my messages, what should i do?")
				// The first turn trains the classifiers: give a busy machine time.
				if _, err := srv.WaitMessages(ana.ID, 1, 30*time.Second); err != nil {
					t.Fatal(err)
				}
				if model.Calls() == 0 {
					t.Fatal("the question never reached the model")
				}
				for _, seen := range srv.Seen(ana.ID) {
					if strings.Contains(strings.ToLower(seen), strings.ToLower(c.Bad)) {
						t.Errorf("%q reached the chat:\n%s", c.Bad, seen)
					}
				}
			})
		}
	}
}
