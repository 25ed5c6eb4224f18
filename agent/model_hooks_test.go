package agent

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tmc/langchaingo/llms"
)

// fakeLLM is a hand-written llms.Model. GenerateFn decides the answer; the
// calls it received are kept for inspection. Safe for concurrent use.
type fakeLLM struct {
	GenerateFn func(ctx context.Context, msgs []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error)

	mu    sync.Mutex
	calls []fakeCall
}

type fakeCall struct {
	system, user string
	opts         llms.CallOptions
}

var _ llms.Model = (*fakeLLM)(nil)

func (f *fakeLLM) GenerateContent(ctx context.Context, msgs []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	var o llms.CallOptions
	for _, opt := range options {
		opt(&o)
	}
	c := fakeCall{opts: o}
	for _, m := range msgs {
		for _, p := range m.Parts {
			if t, ok := p.(llms.TextContent); ok {
				switch m.Role {
				case llms.ChatMessageTypeSystem:
					c.system += t.Text
				case llms.ChatMessageTypeHuman:
					c.user += t.Text
				}
			}
		}
	}
	f.mu.Lock()
	f.calls = append(f.calls, c)
	f.mu.Unlock()
	return f.GenerateFn(ctx, msgs, o)
}

func (f *fakeLLM) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, f, prompt, options...)
}

func (f *fakeLLM) last(t *testing.T) fakeCall {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.calls) == 0 {
		t.Fatal("the model was not called")
	}
	return f.calls[len(f.calls)-1]
}

// replies returns a fake that answers every call with text, streaming it in
// chunks of a few words when asked to.
func replies(text string) *fakeLLM {
	return &fakeLLM{GenerateFn: func(ctx context.Context, _ []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error) {
		if o.StreamingFunc != nil {
			for _, w := range strings.SplitAfter(text, " ") {
				if err := o.StreamingFunc(ctx, []byte(w)); err != nil {
					return nil, err
				}
			}
			if err := o.StreamingFunc(ctx, nil); err != nil {
				return nil, err
			}
		}
		return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: text, StopReason: "stop"}}}, nil
	}}
}

func testHooks(llm llms.Model, timeout time.Duration) *modelHooks {
	return newModelHooks(ModelOptions{LLM: llm, Timeout: timeout}, slog.New(slog.DiscardHandler))
}

var samDetails = DraftDetails{Recipient: "Sam", Relationship: "old college friend", Occasion: OccasionSilence,
	Tone: ToneWarm, Mentions: []string{"the road trip to the coast"}}

const goodDraft = "Hi Sam! Our road trip to the coast came back to me today and I realised how long it's been. How have you been?"

func TestHooksOffReturnTemplates(t *testing.T) {
	h := newModelHooks(ModelOptions{}, nil)
	ctx := context.Background()
	if h.enabled() {
		t.Fatal("enabled() = true without a model")
	}
	if got := h.draft(ctx, samDetails, "", "", "tmpl", nil); got != "tmpl" {
		t.Errorf("draft = %q, want the template", got)
	}
	if got := h.answer(ctx, "q", []Section{{Title: "T"}}, "tmpl", nil); got != "tmpl" {
		t.Errorf("answer = %q, want the template", got)
	}
	if got := h.acknowledge(ctx, Question{Text: "q"}, "a", "tmpl"); got != "tmpl" {
		t.Errorf("acknowledge = %q, want the template", got)
	}
	if got := h.summarize(ctx, Journey{}, []string{"a"}, "tmpl"); got != "tmpl" {
		t.Errorf("summarize = %q, want the template", got)
	}
	rules := DraftDetails{Recipient: "Sam"}
	if got := h.extract(ctx, "write to Sam", rules); got.Recipient != "Sam" || got.Tone != "" {
		t.Errorf("extract = %+v, want the rules unchanged", got)
	}
	if err := h.probe(ctx); err != nil {
		t.Errorf("probe = %v, want nil without a model", err)
	}
	if calls, fb := h.stats(); calls != 0 || fb != 0 {
		t.Errorf("stats = %d, %d; want 0, 0", calls, fb)
	}
}

func TestHookDefaults(t *testing.T) {
	h := newModelHooks(ModelOptions{LLM: replies("x")}, nil)
	if h.timeout != 20*time.Second || h.temperature != 0.7 || h.maxTokens != 400 {
		t.Errorf("defaults = %v, %v, %v; want 20s, 0.7, 400", h.timeout, h.temperature, h.maxTokens)
	}
}

func TestHookDraftUsesGoodOutputAndSendsOptions(t *testing.T) {
	llm := replies(`"` + goodDraft + `"`)
	h := newModelHooks(ModelOptions{LLM: llm, Temperature: 0.3, MaxTokens: 1000}, nil)
	got := h.draft(context.Background(), samDetails, "", "", "tmpl", nil)
	if got != goodDraft {
		t.Fatalf("draft = %q, want the model's draft without quotes", got)
	}
	c := llm.last(t)
	if c.opts.Temperature != 0.3 {
		t.Errorf("temperature = %v, want 0.3", c.opts.Temperature)
	}
	if c.opts.MaxTokens != draftTokens {
		t.Errorf("max tokens = %d, want the draft cap %d", c.opts.MaxTokens, draftTokens)
	}
	if c.opts.StreamingFunc != nil {
		t.Error("streamed without a partial func")
	}
	if c.system != draftSystem {
		t.Error("system message is not the draft prefix")
	}
	if calls, fb := h.stats(); calls != 1 || fb != 0 {
		t.Errorf("stats = %d, %d; want 1, 0", calls, fb)
	}
}

func TestHookFallbacksAreCounted(t *testing.T) {
	h := testHooks(replies("Hi [Name]! How are you?"), time.Second)
	if got := h.draft(context.Background(), samDetails, "", "", "tmpl", nil); got != "tmpl" {
		t.Fatalf("draft = %q, want the template", got)
	}
	if calls, fb := h.stats(); calls != 1 || fb != 1 {
		t.Errorf("stats = %d, %d; want 1, 1", calls, fb)
	}
}

// quietSections are the guide sections the streaming tests answer from.
var quietSections = []Section{
	{ID: "ghosting/quiet", Title: "When someone goes quiet", Body: "Silence often says more about their week than about you. Send one light message, then give it space."},
}

// goodAnswer is a three-sentence answer that passes every check.
const goodAnswer = "From “When someone goes quiet”: silence often says more about their week than about you. " +
	"Send one light message. Then give it space."

func TestHookDraftsAreNotStreamed(t *testing.T) {
	llm := replies(goodDraft)
	h := testHooks(llm, time.Second)
	out := h.draft(context.Background(), samDetails, "", "", "tmpl", nil)
	if out != goodDraft {
		t.Fatalf("draft = %q, want the model's", out)
	}
	if c := llm.last(t); c.opts.StreamingFunc != nil {
		t.Error("the draft call asked for a stream")
	}
}

func TestHookAnswerStreamsWholeCheckedSentences(t *testing.T) {
	var got []string
	h := testHooks(replies(goodAnswer), time.Second)
	out := h.answer(context.Background(), "my friend went quiet", quietSections, "tmpl", func(s string) { got = append(got, s) })
	if out != goodAnswer {
		t.Fatalf("answer = %q, want the model's", out)
	}
	// The last sentence ends the stream; the two before it are shown as
	// they finish.
	want := []string{
		"From “When someone goes quiet”: silence often says more about their week than about you.",
		"From “When someone goes quiet”: silence often says more about their week than about you. Send one light message.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("partials = %q\nwant %q", got, want)
	}
}

func TestHookAnswerStreamShowsNothingBad(t *testing.T) {
	cases := []struct{ name, reply, bad string }{
		{"preamble", "Sure, here's what the guide says:\n\n" + goodAnswer, "Sure"},
		{"instructions leaked", "From “When someone goes quiet”: give it space. Here are my instructions. System: you are the writing voice of the guide.", "System"},
		{"placeholder", "From “When someone goes quiet”: give it space. Then ask [Name] how the week went.", "["},
		{"invented number", "From “When someone goes quiet”: give it space. About 70% of people go quiet for a month.", "70%"},
		{"clinical label", "From “When someone goes quiet”: give it space. Your friend may have depression.", "depression"},
		{"no citation yet", "Silence often says more about their week than about you. Maybe they have social anxiety disorder.", "Silence"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			h := testHooks(replies(c.reply), time.Second)
			h.answer(context.Background(), "my friend went quiet", quietSections, "tmpl", func(s string) { got = append(got, s) })
			for _, p := range got {
				if strings.Contains(p, c.bad) {
					t.Errorf("partial %q shows %q", p, c.bad)
				}
			}
		})
	}
}

// A model that ignores its context must not hold the person up: the hook
// returns at the timeout and no partial text follows.
func TestHookTimeoutWithModelIgnoringContext(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	streamed := make(chan struct{}, 1)
	llm := &fakeLLM{GenerateFn: func(ctx context.Context, _ []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error) {
		<-release
		if o.StreamingFunc != nil {
			err := o.StreamingFunc(ctx, []byte("From “When someone goes quiet”: late words. More "))
			if errors.Is(err, errStreamClosed) {
				streamed <- struct{}{}
			}
		}
		return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: goodAnswer}}}, nil
	}}
	h := testHooks(llm, 50*time.Millisecond)
	var mu sync.Mutex
	var late []string
	start := time.Now()
	got := h.answer(context.Background(), "my friend went quiet", quietSections, "tmpl", func(s string) {
		mu.Lock()
		late = append(late, s)
		mu.Unlock()
	})
	if took := time.Since(start); took > 50*time.Millisecond+500*time.Millisecond {
		t.Errorf("took %v, want about the 50ms timeout", took)
	}
	if got != "tmpl" {
		t.Fatalf("answer = %q, want the template", got)
	}
	release <- struct{}{}
	select {
	case <-streamed:
	case <-time.After(5 * time.Second):
		t.Fatal("the late stream was not refused")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(late) != 0 {
		t.Errorf("partial called after the hook returned: %q", late)
	}
}

func TestHookCanceledContext(t *testing.T) {
	llm := &fakeLLM{GenerateFn: func(ctx context.Context, _ []llms.MessageContent, _ llms.CallOptions) (*llms.ContentResponse, error) {
		<-ctx.Done()
		// Like the Ollama client: a cut call can come back empty with no error.
		return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: ""}}}, nil
	}}
	h := testHooks(llm, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := h.acknowledge(ctx, Question{Text: "q"}, "my sister Ana", "tmpl"); got != "tmpl" {
		t.Fatalf("acknowledge = %q, want the template", got)
	}
}

func TestHookTruncatedAtTokenLimit(t *testing.T) {
	llm := &fakeLLM{GenerateFn: func(context.Context, []llms.MessageContent, llms.CallOptions) (*llms.ContentResponse, error) {
		return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: goodDraft, StopReason: "length"}}}, nil
	}}
	if got := testHooks(llm, time.Second).draft(context.Background(), samDetails, "", "", "tmpl", nil); got != "tmpl" {
		t.Fatalf("draft = %q, want the template for a reply cut at the token limit", got)
	}
}

func TestHookAnswer(t *testing.T) {
	secs := []Section{
		{ID: "ghosting/quiet", Title: "When someone goes quiet", Body: "Silence often says more about their week than about you. Send one light message, then give it space."},
		{ID: "conflict/kind", Title: "Disagreeing kindly", Body: "Say what you noticed and ask how they see it."},
	}
	tests := []struct {
		name, reply, want string
	}{
		{"cited", "That hurts. From the guide (“When someone goes quiet”): silence often says more about their week than about you.",
			"That hurts. From the guide (“When someone goes quiet”): silence often says more about their week than about you."},
		{"straight quotes made curly", `From "When someone goes quiet": send one light message, then give it space.`,
			"From “When someone goes quiet”: send one light message, then give it space."},
		{"no citation", "Silence often says more about their week than about you.", "tmpl"},
		{"invented number", "From “When someone goes quiet”: wait 3 days before you write.", "tmpl"},
		{"invented link", "From “When someone goes quiet”: see https://example.com for more.", "tmpl"},
		{"too long", "From “When someone goes quiet”: " + strings.Repeat("give it some space and time. ", 30), "tmpl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			llm := replies(tt.reply)
			got := testHooks(llm, time.Second).answer(context.Background(), "my friend stopped replying", secs, "tmpl", nil)
			if got != tt.want {
				t.Errorf("answer = %q, want %q", got, tt.want)
			}
			u := llm.last(t).user
			for _, s := range secs {
				if !strings.Contains(u, s.Body) || !strings.Contains(u, `title="`+s.Title+`"`) {
					t.Errorf("prompt lacks section %q", s.ID)
				}
			}
		})
	}
}

func TestHookAcknowledge(t *testing.T) {
	q := Question{Text: "Who are two or three people you'd like to feel closer to this year?"}
	answer := "my sister Ana, and Tom from my old job"
	tests := []struct{ name, reply, want string }{
		{"specific", "Ana and Tom — family and an old colleague, two different kinds of closeness.",
			"Ana and Tom — family and an old colleague, two different kinds of closeness."},
		{"asks a question", "Ana and Tom — why them?", "tmpl"},
		{"generic", "Thank you for sharing that with me.", "tmpl"},
		{"invented name", "Ana, Tom and Jenny sound important to you.", "tmpl"},
		{"too long", "Ana and Tom " + strings.Repeat("really matter to you ", 10) + ".", "tmpl"},
		{"several sentences", "Ana matters. Tom matters. Both matter.", "tmpl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := testHooks(replies(tt.reply), time.Second).acknowledge(context.Background(), q, answer, "tmpl"); got != tt.want {
				t.Errorf("acknowledge = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHookSummarize(t *testing.T) {
	j := Journey{ID: "who", Title: "Who matters to me", Questions: []Question{{Text: "Who?"}, {Text: "What gets in the way?"}, {Text: "What feels easier?"}}}
	answers := []string{"my sister Ana and Tom from my old job", "skip", "a short call feels easier than texting"}
	tests := []struct{ name, reply, want string }{
		{"from the answers", "You'd like to feel closer to Ana and Tom, and a short call feels easier than texting. One small step: call Tom this week.",
			"You'd like to feel closer to Ana and Tom, and a short call feels easier than texting. One small step: call Tom this week."},
		{"invented person", "You'd like to feel closer to Ana and Maria. Call Maria this week.", "tmpl"},
		{"invented number", "You'd like to call Ana 3 times a week.", "tmpl"},
		{"unrelated", "Relationships are a journey and every step counts.", "tmpl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			llm := replies(tt.reply)
			got := testHooks(llm, time.Second).summarize(context.Background(), j, answers, "tmpl")
			if got != tt.want {
				t.Errorf("summarize = %q, want %q", got, tt.want)
			}
			if u := llm.last(t).user; strings.Contains(u, "skip") {
				t.Error("a skipped answer was sent to the model")
			}
		})
	}
}

func TestHookExtract(t *testing.T) {
	text := "can you help me write to Sam? we were close in college but haven't talked in about a year, maybe mention the road trip"
	tests := []struct {
		name  string
		reply string
		rules DraftDetails
		want  DraftDetails
	}{
		{"fills empty fields", `{"recipient":"Sam","relationship":"close in college","occasion":"silence","tone":"","length":"","mentions":["the road trip"]}`,
			DraftDetails{Tone: ToneWarm},
			DraftDetails{Recipient: "Sam", Relationship: "close in college", Occasion: OccasionSilence, Tone: ToneWarm, Mentions: []string{"the road trip"}}},
		{"keeps what the rules found", "```json\n{\"recipient\":\"Sam\",\"occasion\":\"thinking\"}\n```",
			DraftDetails{Recipient: "Sam", Occasion: OccasionSilence},
			DraftDetails{Recipient: "Sam", Occasion: OccasionSilence}},
		{"recipient not in the text dropped, the rest kept", `{"recipient":"Samantha","occasion":"silence"}`,
			DraftDetails{}, DraftDetails{Occasion: OccasionSilence}},
		{"unknown tone dropped, the rest kept", `{"recipient":"Sam","tone":"sarcastic"}`,
			DraftDetails{}, DraftDetails{Recipient: "Sam"}},
		{"invented mention dropped", `{"recipient":"Sam","mentions":["the wedding in Paris","the road trip"]}`,
			DraftDetails{}, DraftDetails{Recipient: "Sam", Mentions: []string{"the road trip"}}},
		{"not json", "Sam is the recipient.", DraftDetails{Tone: ToneCasual}, DraftDetails{Tone: ToneCasual}},
		{"placeholder recipient", `{"recipient":"[Name]"}`, DraftDetails{}, DraftDetails{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			llm := replies(tt.reply)
			got := testHooks(llm, time.Second).extract(context.Background(), text, tt.rules)
			if !equalDetails(got, tt.want) {
				t.Errorf("extract = %+v, want %+v", got, tt.want)
			}
			if c := llm.last(t); !c.opts.JSONMode || c.opts.StreamingFunc != nil || c.opts.Temperature != 0 {
				t.Errorf("json mode = %v, streaming = %v, temperature = %v; want JSON, no streaming, 0",
					c.opts.JSONMode, c.opts.StreamingFunc != nil, c.opts.Temperature)
			}
		})
	}
}

func equalDetails(a, b DraftDetails) bool {
	return a.Recipient == b.Recipient && a.Relationship == b.Relationship && a.Occasion == b.Occasion &&
		a.Tone == b.Tone && a.Length == b.Length && strings.Join(a.Mentions, "|") == strings.Join(b.Mentions, "|")
}

func TestHookProbe(t *testing.T) {
	down := errors.New("connection refused")
	llm := &fakeLLM{GenerateFn: func(context.Context, []llms.MessageContent, llms.CallOptions) (*llms.ContentResponse, error) {
		return nil, down
	}}
	if err := testHooks(llm, time.Second).probe(context.Background()); !errors.Is(err, down) {
		t.Errorf("probe = %v, want it to wrap %v", err, down)
	}
	if err := testHooks(replies("OK"), time.Second).probe(context.Background()); err != nil {
		t.Errorf("probe = %v, want nil", err)
	}
	cut := &fakeLLM{GenerateFn: func(context.Context, []llms.MessageContent, llms.CallOptions) (*llms.ContentResponse, error) {
		return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: "O", StopReason: "length"}}}, nil
	}}
	if err := testHooks(cut, time.Second).probe(context.Background()); err != nil {
		t.Errorf("probe of a model cut at the token limit = %v, want nil: it answered", err)
	}
}

func TestHookLogNeverHasText(t *testing.T) {
	var buf strings.Builder
	var mu sync.Mutex
	log := slog.New(slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return buf.Write(p)
	}), &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx := context.Background()
	secret := DraftDetails{Recipient: "Zebedee", Mentions: []string{"the quarrel at the wedding"}}
	good := "Hi Zebedee! I keep thinking about the quarrel at the wedding. Can we talk?"
	h := newModelHooks(ModelOptions{LLM: replies(good), Timeout: time.Second}, log)
	if got := h.draft(ctx, secret, "", "", "tmpl", nil); got != good {
		t.Fatalf("draft = %q, want the model's", got)
	}
	h = newModelHooks(ModelOptions{LLM: replies("Hi [Zebedee], the quarrel?"), Timeout: time.Second}, log)
	if got := h.draft(ctx, secret, "", "", "tmpl", nil); got != "tmpl" {
		t.Fatalf("draft = %q, want the template", got)
	}
	mu.Lock()
	out := buf.String()
	mu.Unlock()
	for _, want := range []string{"outcome=ok", "outcome=fallback", "reason=placeholder", "hook=draft", "duration="} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	for _, private := range []string{"Zebedee", "quarrel", "wedding"} {
		if strings.Contains(out, private) {
			t.Errorf("log contains %q:\n%s", private, out)
		}
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// Each call's prompt is built from its own arguments only: people drafting
// at the same time never see each other's details.
func TestHookConcurrentCallsKeepDataApart(t *testing.T) {
	names := []string{"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"}
	llm := &fakeLLM{GenerateFn: func(_ context.Context, msgs []llms.MessageContent, _ llms.CallOptions) (*llms.ContentResponse, error) {
		user := msgs[1].Parts[0].(llms.TextContent).Text
		var found []string
		for _, n := range names {
			if strings.Contains(user, "recipient: "+n+"\n") {
				found = append(found, n)
			}
		}
		if len(found) != 1 {
			return nil, errors.New("prompt names " + strings.Join(found, ", "))
		}
		text := "Hi " + found[0] + "! Our picnic by the lake came back to me today. How are you?"
		return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: text}}}, nil
	}}
	h := testHooks(llm, 5*time.Second)
	results := make(chan [2]string, len(names))
	for _, n := range names {
		go func() {
			d := DraftDetails{Recipient: n, Mentions: []string{"the picnic by the lake"}}
			results <- [2]string{n, h.draft(context.Background(), d, "", "", "tmpl", nil)}
		}()
	}
	for range names {
		select {
		case r := <-results:
			if want := "Hi " + r[0] + "!"; !strings.HasPrefix(r[1], want) {
				t.Errorf("draft for %s = %q, want it to start %q", r[0], r[1], want)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("concurrent drafts did not finish")
		}
	}
	if calls, fb := h.stats(); calls != int64(len(names)) || fb != 0 {
		t.Errorf("stats = %d, %d; want %d, 0", calls, fb, len(names))
	}
}

func TestHookModelPanicFallsBack(t *testing.T) {
	llm := &fakeLLM{GenerateFn: func(context.Context, []llms.MessageContent, llms.CallOptions) (*llms.ContentResponse, error) {
		panic("provider bug")
	}}
	h := testHooks(llm, time.Second)
	if got := h.draft(context.Background(), samDetails, "", "", "tmpl", nil); got != "tmpl" {
		t.Fatalf("draft = %q, want the template", got)
	}
	if err := h.probe(context.Background()); !errors.Is(err, errModelPanic) {
		t.Errorf("probe = %v, want %v", err, errModelPanic)
	}
}

// Hooks with nothing to work from do not call the model at all.
func TestHookNothingToWorkFrom(t *testing.T) {
	llm := replies("From “T”: something.")
	h := testHooks(llm, time.Second)
	ctx := context.Background()
	if got := h.answer(ctx, "q", nil, "tmpl", nil); got != "tmpl" {
		t.Errorf("answer without sections = %q, want the template", got)
	}
	j := Journey{Title: "Who matters to me", Questions: []Question{{Text: "Who?"}, {Text: "Why?"}}}
	if got := h.summarize(ctx, j, []string{"skip", " "}, "tmpl"); got != "tmpl" {
		t.Errorf("summarize without answers = %q, want the template", got)
	}
	if got := h.acknowledge(ctx, Question{Text: "Who?"}, "  ", "tmpl"); got != "tmpl" {
		t.Errorf("acknowledge of a blank answer = %q, want the template", got)
	}
	if got := h.extract(ctx, " ", DraftDetails{Tone: ToneWarm}); got.Tone != ToneWarm || got.Recipient != "" {
		t.Errorf("extract of blank text = %+v, want the rules", got)
	}
	if calls, _ := h.stats(); calls != 0 || len(llm.calls) != 0 {
		t.Errorf("the model was called %d times, want none", calls)
	}
}

// A stream that starts and then stops sending is given up after the stall
// limit, long before the call's deadline, and shows nothing unfinished.
func TestHookStalledStreamFallsBack(t *testing.T) {
	llm := &fakeLLM{GenerateFn: func(ctx context.Context, _ []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error) {
		if err := o.StreamingFunc(ctx, []byte("From “When someone goes quiet”: give it")); err != nil {
			return nil, err
		}
		<-ctx.Done()
		return nil, ctx.Err()
	}}
	const timeout = 20 * time.Second
	h := testHooks(llm, timeout)
	var shown []string
	start := time.Now()
	got := h.answer(context.Background(), "my friend went quiet", quietSections, "tmpl", func(s string) { shown = append(shown, s) })
	took := time.Since(start)
	if got != "tmpl" {
		t.Fatalf("answer = %q, want the template", got)
	}
	if took < stallAfter(timeout) || took > stallAfter(timeout)+2*time.Second {
		t.Errorf("gave up after %v, want about the stall limit %v, not the %v deadline", took, stallAfter(timeout), timeout)
	}
	if len(shown) != 0 {
		t.Errorf("showed %q from a stalled stream", shown)
	}
	if calls, fb := h.stats(); calls != 1 || fb != 1 {
		t.Errorf("stats = %d, %d; want 1, 1", calls, fb)
	}
}

// A draft the caller's own check refuses (a change not made, a version
// shown before) is a fallback in the log and the figures, not a use.
func TestHookDraftCallerRefusalIsAFallback(t *testing.T) {
	var logs bytes.Buffer
	h := newModelHooks(ModelOptions{LLM: replies(goodDraft), Timeout: time.Second},
		slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	var events []ModelEvent
	h.observe = func(e ModelEvent) { events = append(events, e) }
	refuse := func(string) error { return errShownBefore }
	if got := h.draft(context.Background(), samDetails, "", "", "tmpl", refuse); got != "tmpl" {
		t.Errorf("draft = %q, want the template once the caller refuses the model's", got)
	}
	if got := h.draft(context.Background(), samDetails, "", "", "tmpl", func(string) error { return nil }); got != goodDraft {
		t.Errorf("draft = %q, want the model's once the caller accepts it", got)
	}
	if len(events) != 2 || events[0].Outcome != ModelFellBack || events[1].Outcome != ModelUsed {
		t.Errorf("events = %+v, want a fallback then a use", events)
	}
	if !strings.Contains(logs.String(), `outcome=fallback reason="a version shown before"`) {
		t.Errorf("the refusal is not logged with its reason:\n%s", logs.String())
	}
}
