package config

import (
	"os"
	"strings"
	"testing"
)

const examplePath = "../config.example.yaml"

// TestExampleLoads checks that the shipped example loads, enables no
// adapter, and states the defaults truthfully.
func TestExampleLoads(t *testing.T) {
	c, err := Load(examplePath, envOf(homeEnv))
	if err != nil {
		t.Fatalf("config.example.yaml does not load: %v", err)
	}
	if c.TelegramEnabled() || c.MatrixEnabled() || c.LLM.Provider != ProviderNone {
		t.Errorf("the example enables something: telegram %v matrix %v provider %q", c.TelegramEnabled(), c.MatrixEnabled(), c.LLM.Provider)
	}
	def := defaults(envOf(homeEnv))
	c.src, def.src = nil, nil
	if got, want := c.String(), def.String(); got != want {
		t.Errorf("the example's values differ from the defaults:\n--- example\n%s\n--- defaults\n%s", got, want)
	}
}

// TestExampleDocumentsEverything checks that every key and every
// environment variable appears in the example.
func TestExampleDocumentsEverything(t *testing.T) {
	b, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, f := range fields() {
		key := f.path[strings.LastIndexByte(f.path, '.')+1:]
		if !strings.Contains(text, " "+key+":") {
			t.Errorf("the example lacks the key %s", f.path)
		}
		if f.env != "" && !strings.Contains(text, f.env) {
			t.Errorf("the example does not name %s for %s", f.env, f.path)
		}
	}
	for _, key := range []string{"name:", "contact:", "region:", "country:", "kind:", "hours:"} {
		if !strings.Contains(text, key) {
			t.Errorf("the example lacks the helpline key %s", key)
		}
	}
}
