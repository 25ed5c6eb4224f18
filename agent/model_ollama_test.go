package agent

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/companion-dev/companion/internal/modelwire"
)

// These tests run the hooks against a real Ollama (v0.6.5) serving a tiny
// model with random weights, built by scripts/ollama.sh. The model writes
// gibberish, so every hook must come back with its template, in time, with
// none of the gibberish shown on the way.

// ollamaTools returns the Ollama binary and the directory of the tiny model,
// or skips (fails under CI) when scripts/ollama.sh has not built them.
func ollamaTools(t *testing.T) (bin, modelDir string) {
	t.Helper()
	dir := os.Getenv("COMPANION_OLLAMA_DIR")
	if dir == "" {
		root, err := filepath.Abs("..")
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, ".tools", "ollama")
	}
	bin, modelDir = filepath.Join(dir, "bin", "ollama"), filepath.Join(dir, "model")
	for _, f := range []string{bin, filepath.Join(modelDir, "tiny.gguf"), filepath.Join(modelDir, "Modelfile")} {
		if _, err := os.Stat(f); err != nil {
			msg := fmt.Sprintf("%s is missing: run scripts/ollama.sh to build Ollama and the tiny model", f)
			if os.Getenv("CI") != "" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
	}
	return bin, modelDir
}

// ollamaServer is a running `ollama serve` with the tiny model created.
type ollamaServer struct {
	url string
	cmd *exec.Cmd
}

// startOllama starts `ollama serve` on a free loopback port with its own
// models directory and home, creates the tiny model, and stops the server
// (and the runners it started) when the test ends.
func startOllama(t *testing.T) *ollamaServer {
	t.Helper()
	bin, modelDir := ollamaTools(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	host := l.Addr().String()
	l.Close()

	home := t.TempDir()
	env := append(os.Environ(), "OLLAMA_HOST="+host, "OLLAMA_MODELS="+filepath.Join(home, "models"), "HOME="+home,
		"OLLAMA_NOPRUNE=1")
	logs := &syncWriter{}
	cmd := exec.Command(bin, "serve")
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = logs, logs
	// Its own process group, so that stopping it also stops its runners.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start ollama: %v", err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	s := &ollamaServer{url: "http://" + host, cmd: cmd}
	t.Cleanup(func() {
		s.kill()
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			t.Error("ollama did not exit")
		}
		if t.Failed() {
			t.Logf("ollama log:\n%s", logs.String())
		}
	})
	s.waitReady(t, exited)

	create := exec.Command(bin, "create", "tiny", "-f", "Modelfile")
	create.Dir = modelDir
	create.Env = env
	if out, err := create.CombinedOutput(); err != nil {
		t.Fatalf("ollama create: %v\n%s", err, out)
	}
	return s
}

// kill stops the server and its runners at once.
func (s *ollamaServer) kill() {
	if s.cmd.Process != nil {
		syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	}
}

// waitReady polls the server until it answers, for at most 30 seconds.
func (s *ollamaServer) waitReady(t *testing.T, exited <-chan struct{}) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		resp, err := http.Get(s.url + "/api/version")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-exited:
			t.Fatal("ollama exited before it was ready")
		case <-deadline:
			t.Fatalf("ollama not ready after 30s: %v", err)
		case <-tick.C:
		}
	}
}

// syncWriter collects the server's log; safe for concurrent use.
type syncWriter struct {
	mu sync.Mutex
	b  strings.Builder
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// realModel builds a langchaingo model of the given kind against the server,
// as cmd/companion does.
func realModel(t *testing.T, kind, base, model string) llms.Model {
	t.Helper()
	switch kind {
	case "ollama":
		m, err := ollama.New(ollama.WithServerURL(base), ollama.WithModel(model),
			ollama.WithHTTPClient(modelwire.Client()), ollama.WithKeepAlive("30m"))
		if err != nil {
			t.Fatal(err)
		}
		return m
	case "openai":
		m, err := openai.New(openai.WithBaseURL(base+"/v1"), openai.WithToken("none"), openai.WithModel(model),
			openai.WithHTTPClient(modelwire.Client()))
		if err != nil {
			t.Fatal(err)
		}
		return callOptions{Model: m, opts: []llms.CallOption{openai.WithLegacyMaxTokensField()}}
	}
	t.Fatalf("unknown provider %q", kind)
	return nil
}

// callOptions adds call options to every call of a model.
type callOptions struct {
	llms.Model
	opts []llms.CallOption
	// onChunk, if set, sees every streamed chunk before the hooks do.
	onChunk func()
}

func (c callOptions) GenerateContent(ctx context.Context, msgs []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	options = append(options, c.opts...)
	if c.onChunk != nil {
		var o llms.CallOptions
		for _, opt := range options {
			opt(&o)
		}
		if next := o.StreamingFunc; next != nil {
			options = append(options, llms.WithStreamingFunc(func(ctx context.Context, b []byte) error {
				c.onChunk()
				return next(ctx, b)
			}))
		}
	}
	return c.Model.GenerateContent(ctx, msgs, options...)
}

// shownTexts collects the partial texts a hook showed.
type shownTexts struct {
	mu    sync.Mutex
	texts []string
}

func (s *shownTexts) add(text string) { s.mu.Lock(); s.texts = append(s.texts, text); s.mu.Unlock() }

func (s *shownTexts) get() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.texts...)
}

func TestOllamaRealServer(t *testing.T) {
	srv := startOllama(t)
	const timeout = 20 * time.Second
	const margin = 2 * time.Second
	ctx := context.Background()
	secs := []Section{{ID: "ghosting/quiet", Title: "When someone goes quiet", Body: "Silence often says more about their week than about you."}}

	// The tiny model answers at all: the plumbing works end to end.
	for _, kind := range providers {
		if err := newModelHooks(ModelOptions{LLM: realModel(t, kind, srv.url, "tiny"), Timeout: timeout}, nil).probe(ctx); err != nil {
			t.Fatalf("%s: probe against the real server: %v", kind, err)
		}
	}

	for _, kind := range providers {
		for _, streaming := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/stream=%v", kind, streaming), func(t *testing.T) {
				h := newModelHooks(ModelOptions{LLM: realModel(t, kind, srv.url, "tiny"), Timeout: timeout, MaxTokens: 32}, nil)
				var shown shownTexts
				var partial func(string)
				if streaming {
					partial = shown.add
				}
				// Each call falls back within the timeout.
				timed := func(name string, f func()) {
					start := time.Now()
					f()
					if took := time.Since(start); took > timeout+margin {
						t.Errorf("%s took %v, over the %v timeout", name, took, timeout)
					}
				}
				timed("draft", func() {
					if got := h.draft(ctx, samDetails, "", "", "tmpl-draft", nil); got != "tmpl-draft" {
						t.Errorf("draft = %q, want the template", got)
					}
				})
				timed("answer", func() {
					if got := h.answer(ctx, "my friend went quiet", secs, "tmpl-answer", partial); got != "tmpl-answer" {
						t.Errorf("answer = %q, want the template", got)
					}
				})
				timed("acknowledge", func() {
					if got := h.acknowledge(ctx, Question{Text: "Who matters?"}, "my sister Ana", "tmpl-ack"); got != "tmpl-ack" {
						t.Errorf("acknowledge = %q, want the template", got)
					}
				})
				timed("summarize", func() {
					j := Journey{Title: "Who matters to me", Questions: []Question{{Text: "Who?"}}}
					if got := h.summarize(ctx, j, []string{"my sister Ana"}, "tmpl-sum"); got != "tmpl-sum" {
						t.Errorf("summarize = %q, want the template", got)
					}
				})
				timed("extract", func() {
					rules := DraftDetails{Tone: ToneWarm}
					if got := h.extract(ctx, "help me write to Sam", rules); !equalDetails(got, rules) {
						t.Errorf("extract = %+v, want the rules unchanged", got)
					}
				})
				if calls, fb := h.stats(); calls != 5 || fb != 5 {
					t.Errorf("stats = %d, %d; want 5 calls, 5 fallbacks", calls, fb)
				}
				if texts := shown.get(); len(texts) > 0 {
					t.Errorf("gibberish was shown while streaming: %q", texts)
				}
			})
		}
	}

	t.Run("missing model", func(t *testing.T) {
		for _, kind := range providers {
			h := newModelHooks(ModelOptions{LLM: realModel(t, kind, srv.url, "nope"), Timeout: timeout}, nil)
			start := time.Now()
			if got := h.draft(ctx, samDetails, "", "", "tmpl", nil); got != "tmpl" {
				t.Errorf("%s: draft = %q, want the template", kind, got)
			}
			if took := time.Since(start); took > margin {
				t.Errorf("%s: a missing model took %v to fall back", kind, took)
			}
			if err := h.probe(ctx); err == nil || !strings.Contains(err.Error(), "not found") {
				t.Errorf("%s: probe = %v, want a not-found error", kind, err)
			}
		}
	})
}

func TestOllamaKilledMidStream(t *testing.T) {
	for _, kind := range providers {
		t.Run(kind, func(t *testing.T) {
			srv := startOllama(t)
			const timeout = 10 * time.Second
			var once sync.Once
			killed := make(chan struct{})
			base := realModel(t, kind, srv.url, "tiny")
			var opts []llms.CallOption
			if c, ok := base.(callOptions); ok {
				base, opts = c.Model, c.opts
			}
			llm := callOptions{Model: base, opts: opts, onChunk: func() {
				once.Do(func() { srv.kill(); close(killed) })
			}}
			h := newModelHooks(ModelOptions{LLM: llm, Timeout: timeout, MaxTokens: 32}, nil)
			var shown shownTexts
			start := time.Now()
			got := h.answer(context.Background(), "my friend went quiet", quietSections, "tmpl", shown.add)
			took := time.Since(start)
			select {
			case <-killed:
			default:
				t.Fatal("the stream never started, so the server was not killed mid-stream")
			}
			if got != "tmpl" {
				t.Errorf("answer = %q, want the template", got)
			}
			if took > timeout+2*time.Second {
				t.Errorf("fallback took %v, want under %v", took, timeout)
			}
			if texts := shown.get(); len(texts) > 0 {
				t.Errorf("text shown from a killed stream: %q", texts)
			}
			// The server is gone: the next call fails fast.
			start = time.Now()
			if got := h.acknowledge(context.Background(), Question{Text: "Who?"}, "my sister Ana", "tmpl"); got != "tmpl" {
				t.Errorf("acknowledge = %q, want the template", got)
			}
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("a dead server took %v to fall back", took)
			}
			if err := h.probe(context.Background()); err == nil || errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("probe = %v, want a connection error", err)
			}
		})
	}
}

// The hooks keep their system prefix byte for byte the same across calls,
// so a model kept loaded reads it once. Ollama (0.6.5) counts the whole
// prompt in prompt_eval_count whether it came from its cache or not; the
// reuse shows in prompt_eval_duration. A call that shares the cached prefix
// must evaluate its prompt in well under half the time of one that shares
// nothing with it.
func TestOllamaReusesThePromptCache(t *testing.T) {
	srv := startOllama(t)
	type eval struct {
		Count    int   `json:"prompt_eval_count"`
		Duration int64 `json:"prompt_eval_duration"`
	}
	call := func(system, answer string) eval {
		t.Helper()
		body, err := json.Marshal(map[string]any{
			"model": "tiny", "stream": false, "keep_alive": "30m",
			"options": map[string]any{"num_predict": 4, "temperature": 0},
			"messages": []map[string]string{
				{"role": "system", "content": system},
				{"role": "user", "content": ackPrompt(Question{Text: "Who matters to you?"}, answer)},
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.Post(srv.url+"/api/chat", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var e eval
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || e.Count <= 0 || e.Duration <= 0 {
			t.Fatalf("reply: status %d, %+v, err %v", resp.StatusCode, e, err)
		}
		return e
	}
	// Another prefix of the same length that differs from the first token.
	other := "Note. " + ackSystem[len("Note. "):]
	warm := call(ackSystem, "my sister ana, we talk most days")
	miss := call(other, "my old friend from school, leo")
	hit := call(ackSystem, "my old friend from school, leo")
	t.Logf("prompt tokens and evaluation time: first call %d in %v, other prefix %d in %v, same prefix again %d in %v",
		warm.Count, time.Duration(warm.Duration), miss.Count, time.Duration(miss.Duration), hit.Count, time.Duration(hit.Duration))
	if hit.Duration*2 >= miss.Duration {
		t.Errorf("the call sharing the cached prefix took %v to read its prompt, one sharing nothing %v: the prefix was not reused",
			time.Duration(hit.Duration), time.Duration(miss.Duration))
	}
}
