package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tmc/langchaingo/llms"

	"github.com/companion-dev/companion/internal/modelwire"
)

// ModelOptions configure the optional language model. The zero value means
// no model: every reply comes from the built-in templates.
type ModelOptions struct {
	// LLM is the model; nil turns the model off.
	LLM llms.Model
	// Name is how /settings names the model, e.g. "ollama/llama3.2".
	Name string
	// Timeout bounds one model call, streaming included; zero means 20s.
	// When it passes, the template answer is used.
	Timeout time.Duration
	// Temperature is the sampling temperature; zero means 0.7.
	Temperature float64
	// MaxTokens caps the length of one model answer; zero means 400.
	MaxTokens int
}

// Defaults for ModelOptions.
const (
	defaultModelTimeout     = 20 * time.Second
	defaultModelTemperature = 0.7
	defaultModelMaxTokens   = 400
)

// modelHooks are the places where a language model may improve on a
// template: drafting, answering from the guide, acknowledging a reflection
// answer, reading draft details from free text and summing up a reflection.
//
// Every hook returns its template (or its rule-based input) unchanged when
// the model is off, fails, times out, or writes something that does not pass
// the output checks in model_check.go; and without calling the model when
// the person's hourly budget is used up (model_budget.go). Nothing the
// model writes reaches a person without passing the checks.
//
// Privacy: each call builds its prompt only from its own arguments, which the
// flows take from the one person whose turn it is; the hooks keep no
// conversation memory, so the model never sees another person's data. The
// log gets hook names, outcomes, reasons, sizes and durations, never text.
//
// A modelHooks is safe for concurrent use.
type modelHooks struct {
	llm         llms.Model
	timeout     time.Duration
	temperature float64
	maxTokens   int
	log         *slog.Logger
	// budget limits the calls each person's turns may make; nil means no
	// limit. clock tells the time it counts in.
	budget *limiter
	clock  Clock
	// observe is told about every call made or skipped; nil means no one.
	observe func(ModelEvent)

	calls     atomic.Int64
	fallbacks atomic.Int64
}

// newModelHooks returns the hooks for o. It does no I/O.
func newModelHooks(o ModelOptions, log *slog.Logger) *modelHooks {
	h := &modelHooks{llm: o.LLM, timeout: o.Timeout, temperature: o.Temperature, maxTokens: o.MaxTokens, log: log}
	if h.timeout <= 0 {
		h.timeout = defaultModelTimeout
	}
	if h.temperature <= 0 {
		h.temperature = defaultModelTemperature
	}
	if h.maxTokens <= 0 {
		h.maxTokens = defaultModelMaxTokens
	}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	return h
}

// enabled reports whether a model is configured.
func (h *modelHooks) enabled() bool { return h != nil && h.llm != nil }

// stats returns how many model calls the hooks made and how many of them
// ended with the template being used instead.
func (h *modelHooks) stats() (calls, fallbacks int64) {
	return h.calls.Load(), h.fallbacks.Load()
}

// probe makes a tiny call to check that the endpoint answers. It returns nil
// when no model is configured. A failing probe is worth a warning at start-up,
// not a crash: the hooks fall back to templates on every failure anyway.
func (h *modelHooks) probe(ctx context.Context) error {
	if !h.enabled() {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel()
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, probePrompt),
		llms.TextParts(llms.ChatMessageTypeHuman, "ping"),
	}
	g := h.await(ctx, msgs, llms.WithTemperature(0), llms.WithMaxTokens(4))
	if ce := (*checkError)(nil); errors.As(g.err, &ce) {
		// It answered, if with nothing or cut short: the endpoint works.
		return nil
	}
	if g.err != nil {
		return fmt.Errorf("model probe: %w", g.err)
	}
	return nil
}

// await calls the model in its own goroutine and waits for it or for ctx,
// whichever ends first, so that a model ignoring its context cannot hold a
// person up, and a model that panics cannot bring the companion down.
func (h *modelHooks) await(ctx context.Context, msgs []llms.MessageContent, opts ...llms.CallOption) generated {
	done := make(chan generated, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- generated{err: fmt.Errorf("%w: %v", errModelPanic, r)}
			}
		}()
		resp, err := h.llm.GenerateContent(ctx, msgs, opts...)
		done <- fromResponse(resp, err)
	}()
	select {
	case g := <-done:
		if err := ctx.Err(); err != nil && g.err == nil {
			// A cut stream or a deadline can come back as empty or partial
			// content and no error.
			g = generated{err: err}
		}
		return g
	case <-ctx.Done():
		return generated{err: ctx.Err()}
	}
}

// call is one model call: what to send and how to judge what comes back.
type call struct {
	// hook names the hook in the log.
	hook string
	// system is the hook's stable system prefix; user is the data part.
	system, user string
	// maxTokens caps the answer, below the configured maximum.
	maxTokens int
	// json asks the server for a JSON object, sampled at temperature 0:
	// reading details calls for no creativity.
	json bool
	// prefix checks text still being streamed; it returns the part that may
	// be shown, or an error when the stream should be abandoned. Nil means
	// the same as partial: no streaming.
	prefix func(string) (string, error)
	// final checks the whole answer and returns it cleaned up.
	final func(string) (string, error)
	// partial receives the checked text so far while streaming; may be nil.
	partial func(string)
}

// run makes the call and returns the checked answer, or an error naming why
// the template must be used instead. It returns within the timeout even if
// the model ignores its context.
func (h *modelHooks) run(ctx context.Context, c call) (string, error) {
	if !h.enabled() {
		return "", errModelOff
	}
	if !h.spend(ctx) {
		h.log.Debug("model call", "hook", c.hook, "outcome", "over budget")
		h.report(ModelEvent{Hook: c.hook, Outcome: ModelOverBudget})
		return "", errOverBudget
	}
	h.calls.Add(1)
	start := time.Now()
	text, err := h.generate(ctx, c)
	if err == nil {
		text, err = c.final(text)
	}
	took := time.Since(start)
	if err != nil {
		h.fallbacks.Add(1)
		h.log.Warn("model call", "hook", c.hook, "outcome", "fallback", "reason", reason(err),
			"duration", took)
		h.report(ModelEvent{Hook: c.hook, Outcome: ModelFellBack, Duration: took})
		return "", err
	}
	h.log.Debug("model call", "hook", c.hook, "outcome", "ok", "out_chars", len(text), "duration", took)
	h.report(ModelEvent{Hook: c.hook, Outcome: ModelUsed, Duration: took})
	return text, nil
}

func (h *modelHooks) report(e ModelEvent) {
	if h.observe != nil {
		h.observe(e)
	}
}

// generated is what one GenerateContent call came back with.
type generated struct {
	text string
	stop string // the stop reason, when the client passes it on
	err  error
}

func (h *modelHooks) generate(ctx context.Context, c call) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel()
	// The wire tells why the server stopped when the client library does
	// not (see internal/modelwire).
	ctx, end := modelwire.Watch(ctx)

	maxTokens := h.maxTokens
	if c.maxTokens > 0 && c.maxTokens < maxTokens {
		maxTokens = c.maxTokens
	}
	temperature := h.temperature
	if c.json {
		temperature = 0
	}
	opts := []llms.CallOption{llms.WithTemperature(temperature), llms.WithMaxTokens(maxTokens)}
	if c.json {
		opts = append(opts, llms.WithJSONMode())
	}
	// Only what may be shown while it is written streams. A streamed call
	// also lets the companion see what arrived when the client library does
	// not: a stream cut before the server said it was done comes back as
	// empty content and no error.
	st := &stream{check: c.prefix, partial: c.partial}
	if c.partial != nil && c.prefix != nil {
		opts = append(opts, llms.WithStreamingFunc(st.chunk))
		// A stream that has started and then stops sending is given up
		// long before the call's deadline.
		var stall context.CancelCauseFunc
		ctx, stall = context.WithCancelCause(ctx)
		defer stall(nil)
		st.stallAfter, st.stall = stallAfter(h.timeout), stall
	}
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, c.system),
		llms.TextParts(llms.ChatMessageTypeHuman, c.user),
	}

	g := h.await(ctx, msgs, opts...)
	// No partial text may follow the hook's return.
	if rejected := st.close(); rejected != nil {
		return "", rejected
	}
	if errors.Is(context.Cause(ctx), errStalled) {
		return "", errStalled
	}
	if g.err == nil && strings.TrimSpace(g.text) == "" && st.received() {
		return "", errCut
	}
	// Prose cut at the token limit is unfinished. JSON is judged by whether
	// it parses: small models pad a finished object with white space up to
	// the limit.
	if g.err == nil && !c.json && (g.stop == modelwire.StopLength || end.Reason() == modelwire.StopLength) {
		return "", errTruncated
	}
	return g.text, g.err
}

func fromResponse(resp *llms.ContentResponse, err error) generated {
	if err != nil {
		return generated{err: err}
	}
	if resp == nil || len(resp.Choices) == 0 || resp.Choices[0] == nil {
		return generated{err: errEmpty}
	}
	ch := resp.Choices[0]
	return generated{text: ch.Content, stop: strings.ToLower(ch.StopReason)}
}

// stream collects streamed chunks and passes checked prefixes on.
type stream struct {
	check   func(string) (string, error)
	partial func(string)
	// stall, when set, abandons the call if stallAfter passes between two
	// chunks once the first has come.
	stall      context.CancelCauseFunc
	stallAfter time.Duration
	watchdog   *time.Timer

	mu       sync.Mutex
	buf      strings.Builder
	shown    string
	closed   bool
	rejected error
}

// chunk is the llms streaming function. Returning an error abandons the call.
func (s *stream) chunk(_ context.Context, b []byte) error {
	if len(b) == 0 {
		// Both providers end with an empty chunk.
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errStreamClosed
	}
	s.pet()
	if s.rejected != nil {
		return s.rejected
	}
	s.buf.Write(b)
	show, err := s.check(s.buf.String())
	if err != nil {
		s.rejected = err
		return err
	}
	if show != "" && show != s.shown {
		s.shown = show
		s.partial(show)
	}
	return nil
}

// pet restarts the watchdog; s.mu is held.
func (s *stream) pet() {
	if s.stall == nil {
		return
	}
	if s.watchdog == nil {
		s.watchdog = time.AfterFunc(s.stallAfter, func() { s.stall(errStalled) })
		return
	}
	s.watchdog.Reset(s.stallAfter)
}

// stallAfter is the longest pause a stream may take between two chunks: a
// quarter of the call's deadline, and at least two seconds, far above the
// gap between two tokens of a slow model on a CPU.
func stallAfter(timeout time.Duration) time.Duration {
	return max(timeout/4, 2*time.Second)
}

// received reports whether any text arrived.
func (s *stream) received() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.TrimSpace(s.buf.String()) != ""
}

// close stops further partial calls and returns why the stream was
// abandoned, if it was.
func (s *stream) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	if s.watchdog != nil {
		s.watchdog.Stop()
	}
	return s.rejected
}

// reason names err for the log without any model output in it.
func reason(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	var ce *checkError
	if errors.As(err, &ce) {
		return ce.reason
	}
	return "error: " + clipReason(err.Error())
}

// clipReason keeps transport errors short in the log.
func clipReason(s string) string {
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}
