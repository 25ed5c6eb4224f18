// Package modelwire watches the replies of a model server on the wire, so
// that an answer cut short is an error and never passes for a whole one.
//
// langchaingo's clients hide how a reply ended. The Ollama client drops the
// stop reason and ends a stream that stops before its final "done" line
// with the content so far or nothing, and no error; the OpenAI-compatible
// client does the same for a stream that ends without "data: [DONE]". The
// Transport here reads the reply as it passes, turns both into read
// errors, and tells the caller why the server stopped (see Watch): a reply
// that stopped at the token limit is cut for some uses and not others.
package modelwire

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
)

// ErrCut is what a reply body returns instead of its end when the reply
// ended before the server said it was done.
var ErrCut = errors.New("model reply cut before the end")

// StopLength is the stop reason of a reply cut at the token limit, in both
// APIs.
const StopLength = "length"

// End is told why the server stopped a reply.
type End struct {
	mu     sync.Mutex
	reason string
}

// Reason returns why the server said it stopped ("stop", "length", …), or
// "" when it has not said so (yet).
func (e *End) Reason() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.reason
}

func (e *End) set(reason string) {
	if e == nil || reason == "" {
		return
	}
	e.mu.Lock()
	e.reason = reason
	e.mu.Unlock()
}

type endKey struct{}

// Watch returns a context whose model requests report to the returned End.
func Watch(ctx context.Context) (context.Context, *End) {
	e := &End{}
	return context.WithValue(ctx, endKey{}, e), e
}

// Transport wraps Base (http.DefaultTransport when nil) and checks the
// bodies of chat replies: Ollama's /api/chat and /api/generate, and the
// streamed /chat/completions of OpenAI-compatible servers.
type Transport struct {
	Base http.RoundTripper
}

// Client returns an http.Client that uses a Transport.
func Client() *http.Client {
	return &http.Client{Transport: Transport{}}
}

// RoundTrip implements http.RoundTripper.
func (t Transport) RoundTrip(r *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	resp, err := base.RoundTrip(r)
	if err != nil || resp.StatusCode != http.StatusOK || resp.Body == nil {
		return resp, err
	}
	path := r.URL.Path
	end, _ := r.Context().Value(endKey{}).(*End)
	switch {
	case strings.HasSuffix(path, "/api/chat") || strings.HasSuffix(path, "/api/generate"):
		resp.Body = newChecked(resp.Body, ollamaLine, end)
	case strings.HasSuffix(path, "/chat/completions") &&
		!strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json"):
		// A whole reply is JSON; anything else is read as a stream of
		// events, whatever a small server calls it.
		resp.Body = newChecked(resp.Body, sseLine, end)
	}
	return resp, nil
}

// lineCheck reads one line of a reply: whether it is the last one, and the
// stop reason it gives, if any.
type lineCheck func(line []byte) (last bool, reason string)

// checked is a reply body read line by line, each line checked before it
// is passed on.
type checked struct {
	body    io.ReadCloser
	r       *bufio.Reader
	check   lineCheck
	end     *End
	pending []byte
	ended   bool // the last line has been seen
	err     error
}

func newChecked(body io.ReadCloser, check lineCheck, end *End) *checked {
	return &checked{body: body, r: bufio.NewReader(body), check: check, end: end}
}

// Read passes the reply on a whole line at a time.
func (c *checked) Read(p []byte) (int, error) {
	for len(c.pending) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		line, err := c.r.ReadBytes('\n')
		if len(line) > 0 {
			last, reason := c.check(bytes.TrimSpace(line))
			c.end.set(reason)
			c.ended = c.ended || last
			c.pending = line
		}
		switch {
		case errors.Is(err, io.EOF) && !c.ended:
			c.err = ErrCut
		case err != nil:
			c.err = err
		}
	}
	n := copy(p, c.pending)
	c.pending = c.pending[n:]
	return n, nil
}

// Close closes the body.
func (c *checked) Close() error { return c.body.Close() }

// ollamaLine reads a line of Ollama's reply: a JSON object per line, the
// last with "done": true and the reason it stopped.
func ollamaLine(line []byte) (bool, string) {
	var v struct {
		Done       bool   `json:"done"`
		DoneReason string `json:"done_reason"`
	}
	if len(line) == 0 || json.Unmarshal(line, &v) != nil || !v.Done {
		return false, ""
	}
	if v.DoneReason == "" {
		v.DoneReason = "stop"
	}
	return true, v.DoneReason
}

// sseLine reads a line of a streamed OpenAI-compatible reply: events, the
// last with a finish reason, then "data: [DONE]".
func sseLine(line []byte) (bool, string) {
	data, ok := bytes.CutPrefix(line, []byte("data:"))
	if !ok {
		return false, ""
	}
	data = bytes.TrimSpace(data)
	if string(data) == "[DONE]" {
		return true, ""
	}
	var v struct {
		Choices []struct {
			FinishReason string `json:"finish_reason"`
		} `json:"choices"`
	}
	if json.Unmarshal(data, &v) != nil || len(v.Choices) == 0 {
		return false, ""
	}
	return false, v.Choices[0].FinishReason
}
