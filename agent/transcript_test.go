package agent_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts in testdata")

// fakeClock is a settable clock.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }

// builtinGuide is the built-in guide with every question set, loaded once
// for all the tests: a KB is read-only after Load, and learning from the
// question sets makes loading it the slow part of starting a conversation.
var builtinGuide = sync.OnceValues(func() (*knowledge.KB, error) {
	return knowledge.Load(knowledge.Options{})
})

// harness runs conversations against a real store on disk and the real guide.
type harness struct {
	t     testing.TB
	dir   string
	st    *store.Store
	kb    *knowledge.KB
	clock *fakeClock
	ag    *agent.Agent
	seq   int
}

func newHarness(t testing.TB) *harness {
	t.Helper()
	kb, err := builtinGuide()
	if err != nil {
		t.Fatalf("load knowledge: %v", err)
	}
	h := &harness{t: t, dir: t.TempDir(), kb: kb, clock: &fakeClock{now: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)}}
	h.open()
	t.Cleanup(func() {
		if h.st != nil {
			h.st.Close()
		}
	})
	return h
}

func (h *harness) open() {
	h.t.Helper()
	st, err := store.Open(store.Options{Dir: h.dir})
	if err != nil {
		h.t.Fatalf("open store: %v", err)
	}
	h.st = st
	h.ag = agent.New(agent.Options{Store: st, Guide: h.kb, Clock: h.clock})
}

// newMemAgent returns an agent with the given options on an in-memory
// store and the built-in guide, and that store.
func newMemAgent(t testing.TB, opts agent.Options) (*agent.Agent, *store.Store) {
	t.Helper()
	kb, err := builtinGuide()
	if err != nil {
		t.Fatalf("load knowledge: %v", err)
	}
	st, err := store.Open(store.Options{InMemory: true})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	opts.Store, opts.Guide = st, kb
	return agent.New(opts), st
}

// restart closes the store and opens it again, as a process restart would.
func (h *harness) restart() {
	h.t.Helper()
	if err := h.st.Close(); err != nil {
		h.t.Fatalf("close store: %v", err)
	}
	h.open()
}

// send hands one message from person to the agent and returns the replies.
func (h *harness) send(person, text, choice string) []agent.Reply {
	h.t.Helper()
	h.seq++
	m := agent.Message{ID: fmt.Sprintf("test:%d", h.seq), Channel: "test", ChatID: person, Person: agent.PersonID("test:" + person),
		Name: "Alex", Text: text, Choice: choice}
	if err := h.ag.Handle(context.Background(), m); err != nil {
		h.t.Fatalf("handle %q: %v", text, err)
	}
	return h.drain()
}

// drain takes the replies waiting in the outbox.
func (h *harness) drain() []agent.Reply {
	h.t.Helper()
	ctx := context.Background()
	var out []agent.Reply
	for {
		pending, err := h.st.Pending(ctx, "test", 100)
		if err != nil {
			h.t.Fatalf("pending: %v", err)
		}
		if len(pending) == 0 {
			return out
		}
		for _, o := range pending {
			out = append(out, o.Reply)
			if err := h.st.MarkSent(ctx, "test", o.Seq); err != nil {
				h.t.Fatalf("mark sent: %v", err)
			}
		}
	}
}

// renderReplies formats replies the way transcripts show them.
func renderReplies(rs []agent.Reply) string {
	var b strings.Builder
	for _, r := range rs {
		for i, line := range strings.Split(r.Text, "\n") {
			if i == 0 {
				b.WriteString("C: ")
			} else {
				b.WriteString("   ")
			}
			b.WriteString(line)
			b.WriteByte('\n')
		}
		if len(r.Choices) > 0 {
			labels := make([]string, len(r.Choices))
			for i, c := range r.Choices {
				labels[i] = "[" + c.Label + "]"
			}
			b.WriteString("   " + strings.Join(labels, " ") + "\n")
		}
	}
	return b.String()
}

// runTranscript plays the person's side of a transcript and returns the
// whole conversation as it should read. Lines of the transcript:
//
//	> text        the person types text
//	>> N          the person presses the N-th choice of the last reply
//	g> text       the person says text to the companion in a group room
//	g>> N         the same press, in the group
//	!restart      the process restarts (store closed and reopened)
//	!advance 24h  the clock moves on
//	# comment     kept as is
func runTranscript(t *testing.T, src string) string {
	h := newHarness(t)
	var out strings.Builder
	var last []agent.Reply
	for _, line := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(line, ">> "):
			out.WriteString(line + "\n")
			var n int
			fmt.Sscan(strings.TrimPrefix(line, ">> "), &n)
			choices := lastChoices(last)
			if n < 1 || n > len(choices) {
				t.Fatalf("%q: the last reply offered %d choices", line, len(choices))
			}
			last = h.send("alex", "", choices[n-1].ID)
			out.WriteString(renderReplies(last))
		case strings.HasPrefix(line, "> "):
			out.WriteString(line + "\n")
			last = h.send("alex", strings.TrimPrefix(line, "> "), "")
			out.WriteString(renderReplies(last))
		case strings.HasPrefix(line, "g> "), strings.HasPrefix(line, "g>> "):
			out.WriteString(line + "\n")
			last = h.groupStep(line, last)
			out.WriteString(renderReplies(last))
		case line == "!restart":
			out.WriteString(line + "\n")
			h.restart()
		case strings.HasPrefix(line, "!advance "):
			out.WriteString(line + "\n")
			d, err := time.ParseDuration(strings.TrimPrefix(line, "!advance "))
			if err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			h.clock.now = h.clock.now.Add(d)
		case strings.HasPrefix(line, "#"):
			out.WriteString(line + "\n")
		}
	}
	return out.String()
}

func lastChoices(rs []agent.Reply) []agent.Choice {
	for i := len(rs) - 1; i >= 0; i-- {
		if len(rs[i].Choices) > 0 {
			return rs[i].Choices
		}
	}
	return nil
}

// TestTranscripts replays every conversation in testdata and compares what
// the companion says with the golden text. Run with -update to rewrite them
// after a deliberate change, then read the diff.
func TestTranscripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts in testdata (%v)", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want := string(raw)
			got := runTranscript(t, want)
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != want {
				t.Errorf("transcript differs (run with -update and read the diff):\n%s", diffLines(want, got))
			}
		})
	}
}

// diffLines shows the first differing lines.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n want: %s\n  got: %s", i+1, a, b)
		}
	}
	return ""
}
