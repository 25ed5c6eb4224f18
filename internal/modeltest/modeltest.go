// Package modeltest holds what the adapters' tests need to play a language
// model that streams: answers that go wrong, and a model that streams them.
package modeltest

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"
	"time"

	"github.com/tmc/langchaingo/llms"
)

//go:embed bad_answers.tsv
var badAnswers string

// BadAnswer is an answer a model might stream for a guide question, with
// the part of it that must never reach the person.
type BadAnswer struct {
	Bad, Answer string
}

// BadAnswers returns the answers of bad_answers.tsv; lines starting "# "
// are comments.
func BadAnswers() ([]BadAnswer, error) {
	var out []BadAnswer
	sc := bufio.NewScanner(strings.NewReader(badAnswers))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		bad, answer, ok := strings.Cut(line, "\t")
		if !ok || !strings.Contains(answer, bad) {
			return nil, fmt.Errorf("bad_answers.tsv:%d: want the bad part, a tab, and an answer containing it", n)
		}
		out = append(out, BadAnswer{bad, answer})
	}
	return out, sc.Err()
}

// sectionRE finds a guide section in an answer prompt: its title and body.
var sectionRE = regexp.MustCompile(`(?s)<guide_section title="([^"]+)">\n(.*?)\n</guide_section>`)

// Model answers the n-th call with Answers[n] (the last one once they run
// out), "{title}" and "{first}" filled from the first guide section of the
// prompt (its title and first sentence), streamed three words at a time
// with a pause between chunks, as a model on a CPU writes.
type Model struct {
	Answers []string
	calls   atomic.Int64
}

var _ llms.Model = (*Model)(nil)

// Calls returns how many calls the model answered.
func (m *Model) Calls() int { return int(m.calls.Load()) }

// GenerateContent implements llms.Model.
func (m *Model) GenerateContent(ctx context.Context, msgs []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	n := int(m.calls.Add(1)) - 1
	var o llms.CallOptions
	for _, opt := range options {
		opt(&o)
	}
	var prompt string
	for _, msg := range msgs {
		for _, p := range msg.Parts {
			if t, ok := p.(llms.TextContent); ok && msg.Role == llms.ChatMessageTypeHuman {
				prompt += t.Text
			}
		}
	}
	text := m.Answers[min(n, len(m.Answers)-1)]
	if sec := sectionRE.FindStringSubmatch(prompt); sec != nil {
		first, _, _ := strings.Cut(sec[2], ". ")
		text = strings.NewReplacer("{title}", sec[1], "{first}", strings.TrimSuffix(first, ".")+".").Replace(text)
	}
	if o.StreamingFunc != nil {
		words := strings.SplitAfter(text, " ")
		for i := 0; i < len(words); i += 3 {
			chunk := strings.Join(words[i:min(i+3, len(words))], "")
			if err := o.StreamingFunc(ctx, []byte(chunk)); err != nil {
				return nil, err
			}
			select {
			case <-time.After(15 * time.Millisecond):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
	}
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: text, StopReason: "stop"}}}, nil
}

// Call implements llms.Model.
func (m *Model) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, m, prompt, options...)
}
