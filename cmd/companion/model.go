package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/config"
	"github.com/companion-dev/companion/internal/modelwire"
)

// ollamaKeepAlive keeps the model loaded between a person's messages, so
// that Ollama can reuse its cache of the hooks' fixed system prefixes
// instead of reading them again on every call.
const ollamaKeepAlive = "30m"

// Errors newModel returns for a configuration that config.Validate let
// through, e.g. when the configuration was built in code.
var (
	errModelProvider = errors.New("unknown provider")
	errModelURL      = errors.New("bad url")
	errModelName     = errors.New("no model name")
)

// newModel builds the language model the configuration asks for, or nil for
// provider "none". It does no I/O. URLs are checked here because langchaingo's
// Ollama client stops the program on one it cannot parse.
func newModel(cfg config.LLM) (llms.Model, error) {
	switch cfg.Provider {
	case "", config.ProviderNone:
		return nil, nil
	case config.ProviderOllama, config.ProviderOpenAI:
	default:
		return nil, fmt.Errorf("model: %w %q (want none, ollama or openai)", errModelProvider, cfg.Provider)
	}
	if strings.TrimSpace(cfg.Model) == "" {
		return nil, fmt.Errorf("model: %w for provider %s", errModelName, cfg.Provider)
	}
	base, err := modelURL(cfg.Endpoint())
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if cfg.Provider == config.ProviderOllama {
		m, err := ollama.New(ollama.WithServerURL(base), ollama.WithModel(cfg.Model),
			ollama.WithHTTPClient(modelwire.Client()), ollama.WithKeepAlive(ollamaKeepAlive))
		if err != nil {
			return nil, fmt.Errorf("model: ollama: %w", err)
		}
		return m, nil
	}
	key := cfg.APIKey.Value()
	if key == "" {
		// The client insists on a key; local servers ignore it.
		key = "none"
	}
	m, err := openai.New(openai.WithBaseURL(openAIBase(base)), openai.WithToken(key), openai.WithModel(cfg.Model),
		openai.WithHTTPClient(modelwire.Client()))
	if err != nil {
		return nil, fmt.Errorf("model: openai: %w", err)
	}
	// Ollama and older OpenAI-compatible servers ignore max_completion_tokens.
	return withCallOptions{Model: m, opts: []llms.CallOption{openai.WithLegacyMaxTokensField()}}, nil
}

// modelOptions turns the configuration into the agent's model options; the
// model is nil for provider "none".
func modelOptions(cfg config.LLM) (agent.ModelOptions, error) {
	m, err := newModel(cfg)
	if err != nil {
		return agent.ModelOptions{}, err
	}
	o := agent.ModelOptions{LLM: m, Timeout: cfg.Timeout.Duration, Temperature: cfg.Temperature, MaxTokens: cfg.MaxTokens}
	if m != nil {
		o.Name = cfg.Provider + "/" + cfg.Model
	}
	return o, nil
}

// modelURL checks that s is an absolute http(s) URL with a host and returns
// it without a trailing slash.
func modelURL(s string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return "", fmt.Errorf("%w %q: %w", errModelURL, s, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%w %q: want http:// or https:// and a host, e.g. %s", errModelURL, s, config.DefaultOllamaURL)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("%w %q: a query or fragment has no place in a server address", errModelURL, s)
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// openAIBase returns the API base of an OpenAI-compatible server: its URL
// with /v1 appended unless it already ends in /v1.
func openAIBase(base string) string {
	base = strings.TrimRight(base, "/")
	if strings.HasSuffix(base, "/v1") {
		return base
	}
	return base + "/v1"
}

// withCallOptions adds call options to every call of a model.
type withCallOptions struct {
	llms.Model
	opts []llms.CallOption
}

var _ llms.Model = withCallOptions{}

// GenerateContent calls the model with the extra options after the caller's.
func (w withCallOptions) GenerateContent(ctx context.Context, msgs []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	all := make([]llms.CallOption, 0, len(options)+len(w.opts))
	all = append(append(all, options...), w.opts...)
	return w.Model.GenerateContent(ctx, msgs, all...)
}

// Call generates a reply to a single prompt.
func (w withCallOptions) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, w, prompt, options...)
}
