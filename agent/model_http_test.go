package agent

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/companion-dev/companion/internal/modelwire"
)

// chatServer is an httptest server that speaks Ollama's /api/chat and
// OpenAI's /v1/chat/completions, answering every request the same way.
type chatServer struct {
	*httptest.Server
	// reply is the assistant's text; mode says how to deliver it.
	reply string
	// "length" stops at the token limit; "nodone" ends the body cleanly
	// without the final line a server sends when it is done.
	mode string // "ok", "500", "missing", "cut", "hang", "raw", "length", "nodone"
	// raw, for mode "raw", is written as the content bytes verbatim.
	raw string

	mu   sync.Mutex
	reqs []chatRequest
}

// chatRequest is what either API received, reduced to what the tests check.
type chatRequest struct {
	Path     string
	Model    string
	Stream   bool
	System   string
	User     string
	Temp     *float64
	MaxToken int
	Roles    []string
}

func newChatServer(t testing.TB, mode, reply string) *chatServer {
	t.Helper()
	s := &chatServer{mode: mode, reply: reply}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *chatServer) requests() []chatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]chatRequest(nil), s.reqs...)
}

func (s *chatServer) serve(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Model    string `json:"model"`
		Stream   bool   `json:"stream"`
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
		Temperature *float64 `json:"temperature"`
		MaxTokens   int      `json:"max_tokens"`
		MaxComplete int      `json:"max_completion_tokens"`
		Options     struct {
			Temperature *float64 `json:"temperature"`
			NumPredict  int      `json:"num_predict"`
		} `json:"options"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req := chatRequest{Path: r.URL.Path, Model: body.Model, Stream: body.Stream, Temp: body.Temperature,
		MaxToken: max(body.MaxTokens, body.MaxComplete)}
	if r.URL.Path == "/api/chat" {
		req.Temp, req.MaxToken = body.Options.Temperature, body.Options.NumPredict
	}
	for _, m := range body.Messages {
		req.Roles = append(req.Roles, m.Role)
		switch m.Role {
		case "system":
			req.System += m.Content
		case "user":
			req.User += m.Content
		}
	}
	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	s.mu.Unlock()

	openAI := strings.HasSuffix(r.URL.Path, "/chat/completions")
	switch s.mode {
	case "500":
		http.Error(w, "internal server error", http.StatusInternalServerError)
		return
	case "missing":
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		if openAI {
			fmt.Fprintf(w, `{"error":{"message":"model %q not found, try pulling it first","type":"api_error"}}`, body.Model)
		} else {
			fmt.Fprintf(w, `{"error":"model %q not found, try pulling it first"}`, body.Model)
		}
		return
	case "hang":
		<-r.Context().Done()
		return
	}
	content := s.reply
	if s.mode == "raw" {
		content = s.raw
	}
	chunks := strings.SplitAfter(content, " ")
	if !body.Stream {
		if s.mode == "cut" {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"model":%q,"message":{"role":"assistant","content":%s`, body.Model, jsonString(content[:len(content)/2]))
			w.(http.Flusher).Flush()
			panic(http.ErrAbortHandler)
		}
		writeWhole(w, openAI, body.Model, content, s.stopReason())
		return
	}
	if s.mode == "cut" {
		chunks = chunks[:len(chunks)/2]
	}
	if openAI {
		w.Header().Set("Content-Type", "text/event-stream")
	} else {
		w.Header().Set("Content-Type", "application/x-ndjson")
	}
	flusher := w.(http.Flusher)
	for _, c := range chunks {
		writeChunk(w, openAI, body.Model, c)
		flusher.Flush()
	}
	switch s.mode {
	case "cut":
		// Drop the connection mid-stream.
		panic(http.ErrAbortHandler)
	case "nodone":
		return
	}
	writeEnd(w, openAI, body.Model, s.stopReason())
}

// stopReason is why the server says it stopped.
func (s *chatServer) stopReason() string {
	if s.mode == "length" {
		return "length"
	}
	return "stop"
}

// jsonString encodes s as a JSON string, keeping invalid UTF-8 bytes as they
// are, the way a broken server might send them.
func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func writeWhole(w http.ResponseWriter, openAI bool, model, content, reason string) {
	w.Header().Set("Content-Type", "application/json")
	if openAI {
		fmt.Fprintf(w, `{"id":"c1","object":"chat.completion","created":1,"model":%q,"choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":%q}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}`, model, jsonString(content), reason)
		return
	}
	fmt.Fprintf(w, `{"model":%q,"created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant","content":%s},"done":true,"done_reason":%q}`+"\n", model, jsonString(content), reason)
}

func writeChunk(w http.ResponseWriter, openAI bool, model, c string) {
	if openAI {
		fmt.Fprintf(w, "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":%q,\"choices\":[{\"index\":0,\"delta\":{\"content\":%s}}]}\n\n", model, jsonString(c))
		return
	}
	fmt.Fprintf(w, `{"model":%q,"created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant","content":%s},"done":false}`+"\n", model, jsonString(c))
}

func writeEnd(w http.ResponseWriter, openAI bool, model, reason string) {
	if openAI {
		fmt.Fprintf(w, "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":%q,\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":%q}]}\n\n", model, reason)
		fmt.Fprint(w, "data: [DONE]\n\n")
		return
	}
	fmt.Fprintf(w, `{"model":%q,"created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant","content":""},"done":true,"done_reason":%q}`+"\n", model, reason)
}

// provider builds a langchaingo model of the given kind against base.
func provider(t testing.TB, kind, base string) llms.Model {
	t.Helper()
	var (
		m   llms.Model
		err error
	)
	switch kind {
	case "ollama":
		m, err = ollama.New(ollama.WithServerURL(base), ollama.WithModel("tiny"), ollama.WithHTTPClient(modelwire.Client()))
	case "openai":
		m, err = openai.New(openai.WithBaseURL(base+"/v1"), openai.WithToken("none"), openai.WithModel("tiny"), openai.WithHTTPClient(modelwire.Client()))
	}
	if err != nil {
		t.Fatalf("%s.New: %v", kind, err)
	}
	return m
}

// refusedURL returns a loopback URL nothing listens on.
func refusedURL(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

var providers = []string{"ollama", "openai"}

func TestModelHTTPRequestShapeAndGoodAnswer(t *testing.T) {
	secs := []Section{
		{ID: "ghosting/quiet", Title: "When someone goes quiet", Body: "Silence often says more about their week than about you."},
		{ID: "ghosting/next", Title: "What to do next", Body: "Send one light message, then give it space."},
	}
	reply := "From the guide (“When someone goes quiet”): silence often says more about their week than about you. Send one light message, then give it space."
	for _, kind := range providers {
		for _, streaming := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/stream=%v", kind, streaming), func(t *testing.T) {
				srv := newChatServer(t, "ok", reply)
				h := testHooks(provider(t, kind, srv.URL), 5*time.Second)
				var parts []string
				var partial func(string)
				if streaming {
					partial = func(s string) { parts = append(parts, s) }
				}
				ctx := context.Background()
				for _, q := range []string{"my friend stopped replying", "why do people ghost?"} {
					if got := h.answer(ctx, q, secs, "tmpl", partial); got != reply {
						t.Fatalf("answer = %q, want the model's answer", got)
					}
				}
				reqs := srv.requests()
				if len(reqs) != 2 {
					t.Fatalf("%d requests, want 2", len(reqs))
				}
				for _, r := range reqs {
					if r.Model != "tiny" || r.Stream != streaming {
						t.Errorf("model, stream = %q, %v; want tiny, %v", r.Model, r.Stream, streaming)
					}
					if strings.Join(r.Roles, ",") != "system,user" {
						t.Errorf("roles = %v, want system then user", r.Roles)
					}
					if r.Temp == nil || *r.Temp != 0.7 {
						t.Errorf("temperature = %v, want 0.7", r.Temp)
					}
					if r.MaxToken != answerTokens {
						t.Errorf("max tokens = %d, want %d", r.MaxToken, answerTokens)
					}
					for _, s := range secs {
						if !strings.Contains(r.User, s.Body) {
							t.Errorf("request lacks section %s", s.ID)
						}
					}
				}
				if reqs[0].System != answerSystem || reqs[1].System != reqs[0].System {
					t.Error("system prefix differs between calls or from the answer prefix")
				}
				if !strings.Contains(reqs[0].User, "<person_message>\nmy friend stopped replying\n</person_message>") {
					t.Errorf("person text not delimited:\n%s", reqs[0].User)
				}
				// Streamed, the first sentence shows once it is finished,
				// in each of the two answers.
				if first, _, _ := strings.Cut(reply, ". "); streaming && strings.Join(parts, "|") != first+".|"+first+"." {
					t.Errorf("partials = %q, want the first sentence of each answer", parts)
				}
				if !streaming && len(parts) != 0 {
					t.Errorf("partial called without streaming: %q", parts)
				}
			})
		}
	}
}

// TestModelHTTPFallbacks checks that every way a model server can fail gives
// the template, within the timeout.
func TestModelHTTPFallbacks(t *testing.T) {
	const timeout = 300 * time.Millisecond
	tests := []struct {
		name, mode, reply, raw string
	}{
		{"http 500", "500", goodDraft, ""},
		{"model not found", "missing", goodDraft, ""},
		{"stream cut", "cut", goodDraft, ""},
		{"stopped at the token limit", "length", goodDraft, ""},
		{"hang past timeout", "hang", goodDraft, ""},
		{"empty", "ok", "", ""},
		{"random bytes", "raw", "", "\x8f\x01\xc3\x28\xfe\xa0\xa1 q\x9c"},
		{"wrong language", "ok", "Привет, Сэм! Помнишь нашу поездку к побережью? Как ты?", ""},
		{"no recipient", "ok", "Hi! Our road trip to the coast came back to me today. How have you been?", ""},
		{"placeholder", "ok", "Hi [Name]! Our road trip to the coast came back to me today. How have you been?", ""},
		{"invalid utf-8", "raw", "", "Hi Sam! Our road trip to the coast \xff\xfe came back. How are you?"},
		{"prompt echo", "ok", draftSystem, ""},
	}
	for _, kind := range providers {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/%s", kind, tt.name), func(t *testing.T) {
				t.Parallel()
				srv := newChatServer(t, tt.mode, tt.reply)
				srv.raw = tt.raw
				h := testHooks(provider(t, kind, srv.URL), timeout)
				start := time.Now()
				got := h.draft(context.Background(), samDetails, "", "", "tmpl", nil)
				if took := time.Since(start); took > timeout+time.Second {
					t.Errorf("fallback took %v, want under the %v timeout plus a margin", took, timeout)
				}
				if got != "tmpl" {
					t.Fatalf("draft = %q, want the template", got)
				}
				if calls, fb := h.stats(); calls != 1 || fb != 1 {
					t.Errorf("stats = %d, %d; want 1, 1", calls, fb)
				}
			})
		}
	}
}

// TestModelHTTPStreamedAnswerFallbacks checks that a streamed answer that
// ends badly gives the template, and that nothing of a reply that was not
// used was shown, beyond whole sentences that passed the checks.
func TestModelHTTPStreamedAnswerFallbacks(t *testing.T) {
	const timeout = 300 * time.Millisecond
	for _, kind := range providers {
		for _, mode := range []string{"500", "missing", "cut", "hang", "length", "nodone"} {
			t.Run(kind+"/"+mode, func(t *testing.T) {
				t.Parallel()
				srv := newChatServer(t, mode, goodAnswer)
				h := testHooks(provider(t, kind, srv.URL), timeout)
				var mu sync.Mutex
				var shown []string
				got := h.answer(context.Background(), "my friend went quiet", quietSections, "tmpl",
					func(s string) { mu.Lock(); shown = append(shown, s); mu.Unlock() })
				if got != "tmpl" {
					t.Fatalf("answer = %q, want the template", got)
				}
				mu.Lock()
				defer mu.Unlock()
				for _, s := range shown {
					if !strings.HasPrefix(goodAnswer, s) || !strings.HasSuffix(s, ".") {
						t.Errorf("showed %q, not whole sentences of the reply", s)
					}
				}
			})
		}
	}
}

func TestModelHTTPConnectionRefused(t *testing.T) {
	const timeout = 2 * time.Second
	for _, kind := range providers {
		t.Run(kind, func(t *testing.T) {
			h := testHooks(provider(t, kind, refusedURL(t)), timeout)
			start := time.Now()
			if got := h.acknowledge(context.Background(), Question{Text: "Who?"}, "my sister Ana", "tmpl"); got != "tmpl" {
				t.Fatalf("acknowledge = %q, want the template", got)
			}
			if took := time.Since(start); took > timeout {
				t.Errorf("took %v; a refused connection should fail at once", took)
			}
			if err := h.probe(context.Background()); err == nil {
				t.Error("probe = nil against a closed port")
			}
		})
	}
}

// A reply stopped at the token limit is unfinished prose, but a JSON object
// padded with white space up to the limit is whole: extraction judges it by
// whether it parses.
func TestModelHTTPTokenLimitPerHook(t *testing.T) {
	for _, kind := range providers {
		t.Run(kind, func(t *testing.T) {
			srv := newChatServer(t, "length", `{"recipient":"Sam","tone":"warm"}`+strings.Repeat("\n", 20))
			h := testHooks(provider(t, kind, srv.URL), 5*time.Second)
			got := h.extract(context.Background(), "help me write something warm to Sam", DraftDetails{})
			if got.Recipient != "Sam" || got.Tone != ToneWarm {
				t.Errorf("extract = %+v, want Sam and warm from JSON at the token limit", got)
			}
			srv = newChatServer(t, "length", goodDraft)
			h = testHooks(provider(t, kind, srv.URL), 5*time.Second)
			if got := h.draft(context.Background(), samDetails, "", "", "tmpl", nil); got != "tmpl" {
				t.Errorf("draft = %q, want the template for a draft stopped at the token limit", got)
			}
		})
	}
}
