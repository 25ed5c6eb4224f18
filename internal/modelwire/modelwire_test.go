package modelwire

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// serve answers every request with body and content type ct.
func serve(t *testing.T, ct, body string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", ct)
		io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// read posts to url through a Client and returns the body, the error
// reading it, and the stop reason reported.
func read(t *testing.T, url string) (string, error, string) {
	t.Helper()
	ctx, end := Watch(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err, end.Reason()
}

const (
	ollamaChunk = `{"message":{"role":"assistant","content":"Hi "},"done":false}` + "\n"
	ollamaDone  = `{"message":{"role":"assistant","content":""},"done":true,"done_reason":"stop"}` + "\n"
	ollamaLimit = `{"message":{"role":"assistant","content":""},"done":true,"done_reason":"length"}` + "\n"
	sseChunk    = `data: {"choices":[{"index":0,"delta":{"content":"Hi "}}]}` + "\n\n"
	sseStop     = `data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}` + "\n\n"
	sseLimit    = `data: {"choices":[{"index":0,"delta":{},"finish_reason":"length"}]}` + "\n\n"
	sseDone     = "data: [DONE]\n\n"
)

func TestReplies(t *testing.T) {
	tests := []struct {
		name, path, ct, body string
		want                 error
		reason               string
	}{
		{"ollama stream done", "/api/chat", "application/x-ndjson", ollamaChunk + ollamaChunk + ollamaDone, nil, "stop"},
		{"ollama whole reply", "/api/chat", "application/json", strings.TrimSpace(ollamaDone), nil, "stop"},
		{"ollama generate done", "/api/generate", "application/x-ndjson", ollamaChunk + ollamaDone, nil, "stop"},
		{"ollama cut", "/api/chat", "application/x-ndjson", ollamaChunk + ollamaChunk, ErrCut, ""},
		{"ollama cut mid-line", "/api/chat", "application/x-ndjson", ollamaChunk + `{"message":{"con`, ErrCut, ""},
		{"ollama empty body", "/api/chat", "application/x-ndjson", "", ErrCut, ""},
		{"ollama token limit", "/api/chat", "application/x-ndjson", ollamaChunk + ollamaLimit, nil, StopLength},
		{"ollama whole reply at the limit", "/api/chat", "application/json", ollamaLimit, nil, StopLength},
		{"openai stream done", "/v1/chat/completions", "text/event-stream", sseChunk + sseStop + sseDone, nil, "stop"},
		{"openai stream at the limit", "/v1/chat/completions", "text/event-stream", sseChunk + sseLimit + sseDone, nil, StopLength},
		{"openai stream without [DONE]", "/v1/chat/completions", "text/event-stream", sseChunk + sseChunk, ErrCut, ""},
		{"openai stream mislabelled", "/v1/chat/completions", "text/plain", sseChunk, ErrCut, ""},
		{"openai whole reply", "/v1/chat/completions", "application/json", `{"choices":[]}`, nil, ""},
		{"other paths pass", "/api/tags", "application/json", `{"models":[]}`, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.ct, tt.body)
			got, err, reason := read(t, srv.URL+tt.path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if tt.want == nil && got != tt.body {
				t.Errorf("body = %q, want it unchanged: %q", got, tt.body)
			}
			if reason != tt.reason {
				t.Errorf("stop reason = %q, want %q", reason, tt.reason)
			}
		})
	}
}

// A body read in small pieces gets every byte, in order.
func TestSmallReads(t *testing.T) {
	body := ollamaChunk + ollamaChunk + ollamaDone
	srv := serve(t, "application/x-ndjson", body)
	resp, err := Client().Post(srv.URL+"/api/chat", "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 7)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if b.String() != body {
		t.Errorf("read %q, want %q", b.String(), body)
	}
}

// Errors from the server are passed through untouched.
func TestErrorStatusUntouched(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, `{"error":"model not found"}`, http.StatusNotFound)
	}))
	t.Cleanup(srv.Close)
	resp, err := Client().Post(srv.URL+"/api/chat", "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusNotFound || !strings.Contains(string(b), "model not found") {
		t.Errorf("got %d %q %v, want the 404 and its body", resp.StatusCode, b, err)
	}
}
