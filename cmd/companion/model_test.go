package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tmc/langchaingo/llms"

	"github.com/companion-dev/companion/config"
	"github.com/companion-dev/companion/internal/modelwire"
)

// seenRequest is what a fake model server received.
type seenRequest struct {
	path, auth string
	body       map[string]any
}

// fakeModelServer answers Ollama's /api/chat and OpenAI's chat completions
// with "Hello." and records the requests.
func fakeModelServer(t *testing.T) (*httptest.Server, func() []seenRequest) {
	t.Helper()
	var mu sync.Mutex
	var seen []seenRequest
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		mu.Lock()
		seen = append(seen, seenRequest{path: r.URL.Path, auth: r.Header.Get("Authorization"), body: body})
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.URL.Path == "/api/chat":
			fmt.Fprint(w, `{"model":"m","message":{"role":"assistant","content":"Hello."},"done":true}`+"\n")
		case strings.HasSuffix(r.URL.Path, "/chat/completions"):
			fmt.Fprint(w, `{"id":"1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello."},"finish_reason":"stop"}]}`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []seenRequest {
		mu.Lock()
		defer mu.Unlock()
		return append([]seenRequest(nil), seen...)
	}
}

func TestNewModelTalksToTheRightEndpoint(t *testing.T) {
	srv, seen := fakeModelServer(t)
	tests := []struct {
		name     string
		cfg      config.LLM
		wantPath string
		wantAuth string
	}{
		{"ollama", config.LLM{Provider: config.ProviderOllama, URL: srv.URL, Model: "llama3.2"}, "/api/chat", ""},
		{"ollama trailing slash", config.LLM{Provider: config.ProviderOllama, URL: srv.URL + "/", Model: "llama3.2"}, "/api/chat", ""},
		{"openai adds /v1", config.LLM{Provider: config.ProviderOpenAI, URL: srv.URL, Model: "qwen"}, "/v1/chat/completions", "Bearer none"},
		{"openai keeps /v1", config.LLM{Provider: config.ProviderOpenAI, URL: srv.URL + "/v1/", Model: "qwen", APIKey: "sk-local"}, "/v1/chat/completions", "Bearer sk-local"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := newModel(tt.cfg)
			if err != nil || m == nil {
				t.Fatalf("newModel = %v, %v; want a model", m, err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			resp, err := m.GenerateContent(ctx, []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "hi")}, llms.WithMaxTokens(12))
			if err != nil {
				t.Fatalf("GenerateContent: %v", err)
			}
			if got := resp.Choices[0].Content; got != "Hello." {
				t.Errorf("content = %q, want Hello.", got)
			}
			reqs := seen()
			r := reqs[len(reqs)-1]
			if r.path != tt.wantPath {
				t.Errorf("path = %q, want %q", r.path, tt.wantPath)
			}
			if r.auth != tt.wantAuth {
				t.Errorf("authorization = %q, want %q", r.auth, tt.wantAuth)
			}
			if r.body["model"] != tt.cfg.Model {
				t.Errorf("model = %v, want %q", r.body["model"], tt.cfg.Model)
			}
			if tt.cfg.Provider == config.ProviderOllama && r.body["keep_alive"] != ollamaKeepAlive {
				t.Errorf("keep_alive = %v, want %q: the model must stay loaded to reuse its prompt cache", r.body["keep_alive"], ollamaKeepAlive)
			}
			if tt.cfg.Provider == config.ProviderOpenAI {
				// Ollama's OpenAI API reads only the legacy field.
				if r.body["max_tokens"] != float64(12) || r.body["max_completion_tokens"] != nil {
					t.Errorf("max_tokens = %v, max_completion_tokens = %v; want 12 and absent",
						r.body["max_tokens"], r.body["max_completion_tokens"])
				}
			}
		})
	}
}

// The models newModel builds read their replies through modelwire, so the
// hooks learn that a reply stopped at the token limit, which the client
// library alone does not pass on for Ollama.
func TestNewModelSeesTheTokenLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"model":"m","message":{"role":"assistant","content":"Hello, I was about to"},"done":true,"done_reason":"length"}`+"\n")
	}))
	t.Cleanup(srv.Close)
	m, err := newModel(config.LLM{Provider: config.ProviderOllama, URL: srv.URL, Model: "llama3.2"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, end := modelwire.Watch(context.Background())
	if _, err := m.GenerateContent(ctx, []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "hi")}); err != nil {
		t.Fatal(err)
	}
	if end.Reason() != modelwire.StopLength {
		t.Errorf("stop reason = %q, want %q", end.Reason(), modelwire.StopLength)
	}
}

func TestNewModelRejectsBadConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  config.LLM
		err  error
	}{
		{"unknown provider", config.LLM{Provider: "magic", Model: "m"}, errModelProvider},
		{"no model", config.LLM{Provider: config.ProviderOllama, URL: "http://127.0.0.1:11434"}, errModelName},
		{"unparsable", config.LLM{Provider: config.ProviderOllama, URL: "http://[::1", Model: "m"}, errModelURL},
		{"control char", config.LLM{Provider: config.ProviderOllama, URL: "http://host\x7f/", Model: "m"}, errModelURL},
		{"no scheme", config.LLM{Provider: config.ProviderOllama, URL: "127.0.0.1:11434", Model: "m"}, errModelURL},
		{"ftp", config.LLM{Provider: config.ProviderOpenAI, URL: "ftp://host/v1", Model: "m"}, errModelURL},
		{"no host", config.LLM{Provider: config.ProviderOpenAI, URL: "http:///v1", Model: "m"}, errModelURL},
		{"openai without url", config.LLM{Provider: config.ProviderOpenAI, Model: "m"}, errModelURL},
		{"query", config.LLM{Provider: config.ProviderOllama, URL: "http://h:1/?x=1", Model: "m"}, errModelURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := newModel(tt.cfg)
			if !errors.Is(err, tt.err) || m != nil {
				t.Errorf("newModel = %v, %v; want nil, %v", m, err, tt.err)
			}
		})
	}
}

func TestNewModelNone(t *testing.T) {
	for _, p := range []string{"", config.ProviderNone} {
		m, err := newModel(config.LLM{Provider: p, URL: "not even a url"})
		if m != nil || err != nil {
			t.Errorf("newModel(%q) = %v, %v; want nil, nil", p, m, err)
		}
	}
}

func TestNewModelDefaultOllamaURL(t *testing.T) {
	m, err := newModel(config.LLM{Provider: config.ProviderOllama, Model: "llama3.2"})
	if err != nil || m == nil {
		t.Fatalf("newModel without a URL = %v, %v; want a model for %s", m, err, config.DefaultOllamaURL)
	}
}

func TestModelOptions(t *testing.T) {
	cfg := config.LLM{Provider: config.ProviderOllama, URL: "http://127.0.0.1:11434", Model: "llama3.2",
		Temperature: 0.5, Timeout: config.Duration{Duration: 7 * time.Second}, MaxTokens: 99}
	o, err := modelOptions(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if o.LLM == nil || o.Name != "ollama/llama3.2" || o.Timeout != 7*time.Second || o.Temperature != 0.5 || o.MaxTokens != 99 {
		t.Errorf("modelOptions = %+v", o)
	}
	o, err = modelOptions(config.LLM{Provider: config.ProviderNone})
	if err != nil || o.LLM != nil || o.Name != "" {
		t.Errorf("modelOptions(none) = %+v, %v; want no model", o, err)
	}
}

func TestOpenAIBase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://h:8080", "http://h:8080/v1"},
		{"http://h:8080/", "http://h:8080/v1"},
		{"http://h:8080/v1", "http://h:8080/v1"},
		{"http://h:8080/v1/", "http://h:8080/v1"},
		{"https://proxy/llm", "https://proxy/llm/v1"},
	}
	for _, tt := range tests {
		if got := openAIBase(tt.in); got != tt.want {
			t.Errorf("openAIBase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
