package agent

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tmc/langchaingo/llms"
)

// benchSections are three guide sections of realistic length.
var benchSections = func() []Section {
	body := strings.Repeat("When a friend goes quiet, it usually says more about their week than about you. ", 12)
	return []Section{
		{ID: "a/quiet", Title: "When someone goes quiet", Body: body},
		{ID: "a/next", Title: "What to do next", Body: body},
		{ID: "a/move", Title: "Moving on kindly", Body: body},
	}
}()

// BenchmarkModelPromptSize reports the estimated size of each hook's whole
// prompt (system and user message) and how long building it takes.
func BenchmarkModelPromptSize(b *testing.B) {
	j := Journey{Title: "Who matters to me", Questions: []Question{{Text: "Who?"}, {Text: "When did it feel real?"}, {Text: "What gets in the way?"}}}
	answers := []string{"my sister Ana and Tom from my old job", "a long walk with Ana last spring", "time, and not wanting to bother them"}
	kinds := []struct {
		name   string
		system string
		build  func() string
	}{
		{"draft", draftSystem, func() string { return draftPrompt(samDetails, "", "") }},
		{"revision", draftSystem, func() string { return draftPrompt(samDetails, goodDraft, "warmer") }},
		{"answer", answerSystem, func() string { return answerPrompt("my friend stopped replying, what did I do wrong?", benchSections) }},
		{"acknowledge", ackSystem, func() string { return ackPrompt(j.Questions[0], answers[0]) }},
		{"extract", extractSystem, func() string {
			return extractPrompt("can you help me write to Sam? we were close in college but haven't talked in a year")
		}},
		{"summarize", summarySystem, func() string { return summaryPrompt(j, answers) }},
	}
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			var p string
			for b.Loop() {
				p = k.build()
			}
			b.ReportMetric(float64(estimateTokens(k.system)+estimateTokens(p)), "tokens/prompt")
			b.ReportMetric(float64(estimateTokens(k.system)), "system-tokens")
		})
	}
}

// BenchmarkModelHookOverhead compares a draft through the hook (prompt,
// timeout, goroutine, checks) with the same model call made directly, both
// against an instant in-process model and an instant local HTTP server.
func BenchmarkModelHookOverhead(b *testing.B) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, draftSystem),
		llms.TextParts(llms.ChatMessageTypeHuman, draftPrompt(samDetails, "", "")),
	}
	srv := newChatServer(b, "ok", goodDraft)
	models := map[string]llms.Model{
		"memory": replies(goodDraft),
		"ollama": provider(b, "ollama", srv.URL),
		"openai": provider(b, "openai", srv.URL),
	}
	for _, name := range []string{"memory", "ollama", "openai"} {
		m := models[name]
		b.Run(name+"/direct", func(b *testing.B) {
			for b.Loop() {
				if _, err := m.GenerateContent(context.Background(), msgs, llms.WithTemperature(0.7), llms.WithMaxTokens(300)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/hook", func(b *testing.B) {
			h := testHooks(m, 5*time.Second)
			for b.Loop() {
				if got := h.draft(context.Background(), samDetails, "", "", "tmpl", nil); got != goodDraft {
					b.Fatalf("draft = %q", got)
				}
			}
		})
	}
	if fakeCalls := len(models["memory"].(*fakeLLM).calls); fakeCalls == 0 {
		b.Fatal("the in-memory model was never called")
	}
}

// BenchmarkModelFallbackRefused measures how long the template takes when
// nothing listens at the model's address.
func BenchmarkModelFallbackRefused(b *testing.B) {
	for _, kind := range providers {
		b.Run(kind, func(b *testing.B) {
			h := testHooks(provider(b, kind, refusedURL(b)), 5*time.Second)
			for b.Loop() {
				if got := h.draft(context.Background(), samDetails, "", "", "tmpl", nil); got != "tmpl" {
					b.Fatalf("draft = %q, want the template", got)
				}
			}
		})
	}
}
