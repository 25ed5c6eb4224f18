package telegram

import (
	"bufio"
	"context"
	"os"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tmc/langchaingo/llms"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// badAnswer is one line of testdata/streamed_bad_answers.tsv.
type badAnswer struct{ bad, answer string }

func readBadAnswers(t *testing.T) []badAnswer {
	t.Helper()
	f, err := os.Open("testdata/streamed_bad_answers.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []badAnswer
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bad, answer, ok := strings.Cut(line, "\t")
		if !ok || !strings.Contains(answer, bad) {
			t.Fatalf("bad line %q: want the bad part, a tab, and an answer containing it", line)
		}
		out = append(out, badAnswer{bad, answer})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sectionRE finds a guide section in the answer prompt: its title and body.
var sectionRE = regexp.MustCompile(`(?s)<guide_section title="([^"]+)">\n(.*?)\n</guide_section>`)

// streamingModel answers every call with its answer, the placeholders
// filled from the first guide section of the prompt, streamed a few words
// at a time with a pause between chunks, as a model on a CPU writes.
type streamingModel struct {
	answer string
	calls  *atomic.Int64
}

func (m streamingModel) GenerateContent(ctx context.Context, msgs []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	m.calls.Add(1)
	var o llms.CallOptions
	for _, opt := range options {
		opt(&o)
	}
	var prompt string
	for _, msg := range msgs {
		for _, p := range msg.Parts {
			if t, ok := p.(llms.TextContent); ok && msg.Role == llms.ChatMessageTypeHuman {
				prompt += t.Text
			}
		}
	}
	text := m.answer
	if sec := sectionRE.FindStringSubmatch(prompt); sec != nil {
		first, _, _ := strings.Cut(sec[2], ". ")
		text = strings.NewReplacer("{title}", sec[1], "{first}", strings.TrimSuffix(first, ".")+".").Replace(text)
	}
	if o.StreamingFunc != nil {
		words := strings.SplitAfter(text, " ")
		for i := 0; i < len(words); i += 3 {
			chunk := strings.Join(words[i:min(i+3, len(words))], "")
			if err := o.StreamingFunc(ctx, []byte(chunk)); err != nil {
				return nil, err
			}
			time.Sleep(15 * time.Millisecond)
		}
	}
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: text, StopReason: "stop"}}}, nil
}

func (m streamingModel) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, m, prompt, options...)
}

// TestStreamedBadAnswersNeverShown plays answers that go wrong, streamed
// through the real agent and the adapter, on a server with message drafts
// and on one without: nothing of the bad part may reach the Bot API, in a
// message, an edit or a draft.
func TestStreamedBadAnswersNeverShown(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, noDrafts := range []bool{false, true} {
		for _, c := range readBadAnswers(t) {
			name := "drafts/" + c.bad
			if noDrafts {
				name = "edits/" + c.bad
			}
			t.Run(name, func(t *testing.T) {
				st, err := store.Open(store.Options{Dir: t.TempDir()})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				srv := telegramtest.New(t, telegramtest.Options{NoDrafts: noDrafts})
				var calls atomic.Int64
				ag := agent.New(agent.Options{Store: st, Guide: kb,
					Model: agent.ModelOptions{LLM: streamingModel{answer: c.answer, calls: &calls}, Timeout: 10 * time.Second}})
				opts := testOptions(srv, nil)
				opts.EditInterval = 20 * time.Millisecond
				start(t, opts, ag, st)
				srv.SendText(ana, "my friend stopped replying to my messages, what should i do?")
				// The first turn trains the classifiers: give a busy machine time.
				if _, err := srv.WaitMessages(ana.ID, 1, 30*time.Second); err != nil {
					t.Fatal(err)
				}
				if calls.Load() == 0 {
					t.Fatal("the question never reached the model")
				}
				for _, seen := range srv.Seen(ana.ID) {
					if strings.Contains(strings.ToLower(seen), strings.ToLower(c.bad)) {
						t.Errorf("%q reached the chat:\n%s", c.bad, seen)
					}
				}
			})
		}
	}
}
