package console

import (
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name string
		in   agent.Reply
		want string
	}{
		{"plain", agent.Reply{Text: "Hello there."}, "Hello there.\n"},
		{"bold and italic", agent.Reply{Text: "**Day 1** and _gently_"}, "Day 1 and gently\n"},
		{"snake case kept", agent.Reply{Text: "file_name_here"}, "file_name_here\n"},
		{"bullets", agent.Reply{Text: "Two things:\n- one\n- two"}, "Two things:\n  • one\n  • two\n"},
		{"draft block", agent.Reply{Text: "Here:\n\n> Hi Sam!\n> How are you?", Draft: true}, "Here:\n\n  ┃ Hi Sam!\n  ┃ How are you?\n"},
		{"choices numbered", agent.Reply{Text: "Pick:", Choices: []agent.Choice{{ID: "a", Label: "Warm"}, {ID: "b", Label: "Casual"}}}, "Pick:\n  [1] Warm  [2] Casual\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Render(tt.in); got != tt.want {
				t.Errorf("Render() = %q, want %q", got, tt.want)
			}
		})
	}
}

// fakeOutbox is an in-memory outbox; fakeTurner echoes each line into it.
type fakeOutbox struct {
	mu      sync.Mutex
	pending []agent.Outgoing
	seq     uint64
}

func (f *fakeOutbox) Pending(_ context.Context, channel string, limit int) ([]agent.Outgoing, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]agent.Outgoing(nil), f.pending[:min(limit, len(f.pending))]...), nil
}

func (f *fakeOutbox) MarkSent(_ context.Context, channel string, seq uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, o := range f.pending {
		if o.Seq == seq {
			f.pending = append(f.pending[:i], f.pending[i+1:]...)
			break
		}
	}
	return nil
}

func (f *fakeOutbox) add(text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	f.pending = append(f.pending, agent.Outgoing{Seq: f.seq, Channel: Channel, Reply: agent.Reply{Text: text}})
}

type echoTurner struct {
	out  *fakeOutbox
	seen []agent.Message
}

func (e *echoTurner) Handle(_ context.Context, m agent.Message) error {
	e.seen = append(e.seen, m)
	e.out.add("echo: " + m.Text)
	return nil
}

func TestPipeModeReadsLinesAndStopsAtEOF(t *testing.T) {
	ob := &fakeOutbox{}
	ob.add("left over from last time")
	tu := &echoTurner{out: ob}
	var out strings.Builder
	c := New(Options{Person: "console:test"}, tu, ob)
	if err := c.Run(context.Background(), strings.NewReader("/draft\nSam\n\n2\n"), &out); err != nil {
		t.Fatal(err)
	}
	want := "left over from last time\necho: /draft\necho: Sam\necho: \necho: 2\n"
	if out.String() != want {
		t.Errorf("output = %q, want %q", out.String(), want)
	}
	if len(tu.seen) != 4 || tu.seen[0].Person != "console:test" || tu.seen[0].Channel != Channel {
		t.Errorf("messages = %+v", tu.seen)
	}
	if p, _ := ob.Pending(context.Background(), Channel, 10); len(p) != 0 {
		t.Errorf("%d replies left unmarked", len(p))
	}
}

func TestInteractiveShowsPromptAndSkipsBlankLines(t *testing.T) {
	ob := &fakeOutbox{}
	tu := &echoTurner{out: ob}
	var out strings.Builder
	c := New(Options{Interactive: true}, tu, ob)
	if err := c.Run(context.Background(), strings.NewReader("hi\n\n"), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "/help") || !strings.Contains(out.String(), "\n> ") {
		t.Errorf("no greeting or prompt: %q", out.String())
	}
	if len(tu.seen) != 1 {
		t.Errorf("blank line was sent as a message: %+v", tu.seen)
	}
}

// syncWriter collects output and signals each write.
type syncWriter struct {
	mu    sync.Mutex
	b     strings.Builder
	wrote chan struct{}
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.b.Write(p)
	select {
	case w.wrote <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

func TestNudgesShowWhileWaitingForInput(t *testing.T) {
	ob := &fakeOutbox{}
	tu := &echoTurner{out: ob}
	in, inW := io.Pipe()
	defer inW.Close()
	out := &syncWriter{wrote: make(chan struct{}, 1)}
	c := New(Options{Interactive: true, FlushEvery: 10 * time.Millisecond}, tu, ob)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx, in, out) }()

	deadline := time.After(5 * time.Second)
	for !strings.HasSuffix(out.String(), "\n> ") {
		select {
		case <-out.wrote:
		case <-deadline:
			t.Fatalf("no prompt: %q", out.String())
		}
	}
	// A nudge written to the outbox by someone else, while nobody types.
	ob.add("It's Sunday — a good moment to check in with Mum.")
	for !strings.Contains(out.String(), "check in with Mum") {
		select {
		case <-out.wrote:
		case <-deadline:
			t.Fatalf("the nudge was not shown: %q", out.String())
		}
	}
	// It starts on its own line and the prompt comes back after it.
	for !strings.HasSuffix(out.String(), "\n> ") {
		select {
		case <-out.wrote:
		case <-deadline:
			t.Fatalf("no prompt after the nudge: %q", out.String())
		}
	}
	if !strings.Contains(out.String(), "> \nIt's Sunday") {
		t.Errorf("the nudge did not start on a new line: %q", out.String())
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop")
	}
	if p, _ := ob.Pending(context.Background(), Channel, 10); len(p) != 0 {
		t.Errorf("%d replies left unmarked", len(p))
	}
}

// storeLikeOutbox fails once ctx has ended, as the real store does.
type storeLikeOutbox struct{ fakeOutbox }

func (s *storeLikeOutbox) Pending(ctx context.Context, channel string, limit int) ([]agent.Outgoing, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return s.fakeOutbox.Pending(ctx, channel, limit)
}

// TestStopWhileLookingForNudges stops the chat while its outbox poll is due:
// the stop is a clean exit, not an error, however the two race.
func TestStopWhileLookingForNudges(t *testing.T) {
	for range 200 {
		ob := &storeLikeOutbox{}
		in, inW := io.Pipe()
		c := New(Options{FlushEvery: time.Millisecond}, &echoTurner{out: &ob.fakeOutbox}, ob)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- c.Run(ctx, in, io.Discard) }()
		time.Sleep(2 * time.Millisecond)
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("Run after a stop: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not stop")
		}
		inW.Close()
	}
}

// cancelOnMarkOutbox ends the run's context when a reply is marked sent, as
// a signal arriving while earlier replies are shown would.
type cancelOnMarkOutbox struct {
	storeLikeOutbox
	cancel context.CancelFunc
}

func (c *cancelOnMarkOutbox) MarkSent(ctx context.Context, channel string, seq uint64) error {
	c.cancel()
	return ctx.Err()
}

// TestStopWhileShowingWhatWasLeft stops the chat while it shows replies an
// earlier run left undelivered: a clean exit, not an error.
func TestStopWhileShowingWhatWasLeft(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	ob := &cancelOnMarkOutbox{cancel: cancel}
	ob.add("left over from last time")
	c := New(Options{}, &echoTurner{out: &ob.fakeOutbox}, ob)
	var out strings.Builder
	if err := c.Run(ctx, strings.NewReader(""), &out); err != nil {
		t.Fatalf("Run after a stop: %v", err)
	}
	if !strings.Contains(out.String(), "left over") {
		t.Errorf("the reply left over was not shown: %q", out.String())
	}
}
