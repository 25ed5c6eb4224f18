package agent_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/store"
)

// budgetQuestion is answered from the guide, through the answer hook.
const budgetQuestion = "my friend stopped replying, what did I do wrong?"

// modelAnswer is an answer the output checks accept for budgetQuestion: it
// cites the section the guide finds first.
func modelAnswer(t *testing.T) string {
	t.Helper()
	kb, err := builtinGuide()
	if err != nil {
		t.Fatal(err)
	}
	secs := kb.Search(budgetQuestion, 3)
	if len(secs) == 0 {
		t.Fatal("the guide has nothing for the question")
	}
	return "From “" + secs[0].Title + "”: a quiet friend is usually busy rather than upset with you, so give it space. Then send one light message."
}

// budgetChat is an agent talking to a fake Ollama, with a settable clock.
type budgetChat struct {
	t     *testing.T
	ag    *agent.Agent
	st    *store.Store
	srv   *agent.ModelServer
	clock *fakeClock
	seq   int
}

func newBudgetChat(t *testing.T, perHour int, mode, reply string, observe func(agent.ModelEvent)) *budgetChat {
	t.Helper()
	c := &budgetChat{t: t, srv: agent.NewModelServer(t, mode, reply),
		clock: &fakeClock{now: time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)}}
	c.ag, c.st = newMemAgent(t, agent.Options{
		Clock:             c.clock,
		Model:             agent.ModelOptions{LLM: c.srv.Ollama(t), Timeout: 5 * time.Second},
		ModelCallsPerHour: perHour,
		ObserveModel:      observe,
	})
	return c
}

// ask sends the question as person and returns the text of the replies.
// With stream set, the message asks for the answer to be streamed, and
// the partial texts shown come back too.
func (c *budgetChat) ask(person string, stream bool) (replies, partials []string) {
	c.t.Helper()
	c.seq++
	m := agent.Message{ID: fmt.Sprint("b:", c.seq), Channel: "test", ChatID: person,
		Person: agent.PersonID("test:" + person), Text: budgetQuestion}
	if stream {
		m.Partial = func(s string) { partials = append(partials, s) }
	}
	return c.handle(m), partials
}

func (c *budgetChat) handle(m agent.Message) []string {
	c.t.Helper()
	ctx := context.Background()
	if err := c.ag.Handle(ctx, m); err != nil {
		c.t.Fatal(err)
	}
	pending, err := c.st.Pending(ctx, "test", 100)
	if err != nil {
		c.t.Fatal(err)
	}
	var out []string
	for _, o := range pending {
		if o.ChatID == m.ChatID {
			out = append(out, o.Reply.Text)
		}
		c.st.MarkSent(ctx, "test", o.Seq)
	}
	return out
}

// calls returns how many requests reached the model server.
func (c *budgetChat) calls() int {
	n, _ := c.srv.Requests()
	return n
}

// templateAnswer is what the companion says to budgetQuestion with no model.
func templateAnswer(t *testing.T) string {
	t.Helper()
	ag, st := newMemAgent(t, agent.Options{})
	c := &budgetChat{t: t, ag: ag, st: st}
	rs, _ := c.ask("nomodel", false)
	if len(rs) != 1 {
		t.Fatalf("no-model answer: %q", rs)
	}
	return rs[0]
}

func TestModelBudgetPerPersonPerHour(t *testing.T) {
	model, template := modelAnswer(t), templateAnswer(t)
	c := newBudgetChat(t, 3, "ok", model, nil)
	want := func(step, person string, wantText string, wantCalls int) {
		t.Helper()
		rs, _ := c.ask(person, false)
		if len(rs) != 1 || rs[0] != wantText {
			t.Fatalf("%s: replies %q\nwant %q", step, rs, wantText)
		}
		if got := c.calls(); got != wantCalls {
			t.Fatalf("%s: %d calls reached the model, want %d", step, got, wantCalls)
		}
	}
	noted := msgNote(template)

	for i := range 3 {
		want(fmt.Sprintf("call %d within the budget", i+1), "ana", model, i+1)
	}
	want("first turn over the budget", "ana", noted, 3)
	want("second turn over the budget", "ana", template, 3)
	want("another person", "ben", model, 4)

	// A quarter of an hour on, a quarter of the budget has not yet come back
	// (three an hour is one back every twenty minutes), and no note is repeated.
	c.clock.now = c.clock.now.Add(15 * time.Minute)
	want("fifteen minutes on", "ana", template, 4)
	c.clock.now = c.clock.now.Add(6 * time.Minute)
	want("twenty-one minutes on", "ana", model, 5)
	want("twenty-one minutes on, again", "ana", template, 5)

	// An hour after the note the whole budget is back, and running out
	// again is worth a note again.
	c.clock.now = c.clock.now.Add(time.Hour)
	for i := range 3 {
		want(fmt.Sprintf("an hour later, call %d", i+1), "ana", model, 6+i)
	}
	want("an hour later, over the budget", "ana", noted, 8)
}

// msgNote is template with the budget note in front.
func msgNote(template string) string {
	return "A quick note: I've leaned on the language model a lot in our chat this hour, " +
		"so for a little while my answers will use my simpler built-in wording. Everything else works just the same.\n\n" + template
}

func TestModelBudgetCountsFallbacks(t *testing.T) {
	template := templateAnswer(t)
	c := newBudgetChat(t, 2, "500", "", nil)
	for i := range 2 {
		if rs, _ := c.ask("ana", false); len(rs) != 1 || rs[0] != template {
			t.Fatalf("turn %d with a failing model: %q, want the template", i+1, rs)
		}
	}
	rs, _ := c.ask("ana", false)
	if len(rs) != 1 || !strings.HasPrefix(rs[0], "A quick note") || !strings.HasSuffix(rs[0], template) {
		t.Fatalf("turn over the budget: %q, want the note and the template", rs)
	}
	if got := c.calls(); got != 2 {
		t.Errorf("%d calls reached the model, want 2: failed calls count", got)
	}
	if calls, fallbacks := c.ag.ModelStats(); calls != 2 || fallbacks != 2 {
		t.Errorf("ModelStats = %d, %d; want 2, 2 (a call not made is neither)", calls, fallbacks)
	}
}

func TestModelBudgetStreamingCountsOnce(t *testing.T) {
	model, template := modelAnswer(t), templateAnswer(t)
	c := newBudgetChat(t, 2, "ok", model, nil)
	for i := range 2 {
		rs, partials := c.ask("ana", true)
		if len(rs) != 1 || rs[0] != model {
			t.Fatalf("streamed turn %d: %q, want the model's answer", i+1, rs)
		}
		if len(partials) < 1 {
			t.Fatalf("streamed turn %d showed no partial text, want its first sentence", i+1)
		}
	}
	if n, streamed := c.srv.Requests(); n != 2 || streamed != 2 {
		t.Fatalf("requests = %d (%d streamed), want 2 streamed", n, streamed)
	}
	rs, partials := c.ask("ana", true)
	if len(rs) != 1 || rs[0] != msgNote(template) {
		t.Fatalf("over the budget: %q, want the note and the template", rs)
	}
	if len(partials) != 0 || c.calls() != 2 {
		t.Errorf("over the budget: %d partials, %d requests; want none and 2", len(partials), c.calls())
	}
}

func TestModelBudgetZeroIsUnlimited(t *testing.T) {
	model := modelAnswer(t)
	c := newBudgetChat(t, 0, "ok", model, nil)
	// Twice the default budget, all at one instant.
	for i := range 120 {
		if rs, _ := c.ask("ana", false); len(rs) != 1 || rs[0] != model {
			t.Fatalf("turn %d: %q, want the model's answer", i+1, rs)
		}
	}
	if got := c.calls(); got != 120 {
		t.Errorf("%d calls reached the model, want 120", got)
	}
}

func TestModelBudgetObserved(t *testing.T) {
	var mu sync.Mutex
	var events []agent.ModelEvent
	observe := func(e agent.ModelEvent) { mu.Lock(); events = append(events, e); mu.Unlock() }
	c := newBudgetChat(t, 1, "ok", modelAnswer(t), observe)
	c.ask("ana", false)
	c.ask("ana", false)
	mu.Lock()
	defer mu.Unlock()
	if len(events) != 2 {
		t.Fatalf("events = %+v, want 2", events)
	}
	if e := events[0]; e.Hook != "answer" || e.Outcome != agent.ModelUsed || e.Duration <= 0 {
		t.Errorf("first event = %+v, want a used answer call with its duration", e)
	}
	if e := events[1]; e.Hook != "answer" || e.Outcome != agent.ModelOverBudget || e.Duration != 0 {
		t.Errorf("second event = %+v, want an answer call skipped over budget", e)
	}
}
