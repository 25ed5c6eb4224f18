package config

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadFileProblems(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		want     []string // each must start a line of the error, after the file's path
		sentinel error
	}{
		{"unknown section", "lmm:\n  model: x\n", []string{":1: lmm: unknown key (did you mean llm?)"}, ErrUnknownKey},
		{"unknown nested key", "llm:\n  provider: none\n  modle: x\n", []string{":3: llm.modle: unknown key (did you mean llm.model?)"}, ErrUnknownKey},
		{"unknown key far from any", "telegram:\n  colour: blue\n", []string{":2: telegram.colour: unknown key (known keys under telegram: token, api_url, mode,"}, ErrUnknownKey},
		{"unknown key in list item", "safety:\n  helplines:\n    - name: A\n      contact: B\n      phone: C\n", []string{":5: safety.helplines[0].phone: unknown key"}, ErrUnknownKey},
		{"several at once", "data:\n  sync_writes: maybe\n  gc_interval: 30\nllm:\n  max_tokens: ten\n  temperature: warm\n", []string{
			`:2: data.sync_writes: want true or false, got "maybe"`,
			`:3: data.gc_interval: not a duration: "30" (add a unit, e.g. 30s or 30m)`,
			`:5: llm.max_tokens: want a whole number, got "ten"`,
			`:6: llm.temperature: want a number, e.g. 0.7, got "warm"`,
		}, ErrInvalid},
		{"list where a value goes", "log:\n  level: [info]\n", []string{":2: log.level: want a single value"}, ErrInvalid},
		{"value where a list goes", "access:\n  allowed_users: \"123\"\n", []string{":2: access.allowed_users: want a list"}, ErrInvalid},
		{"value where a section goes", "telegram: yes\n", []string{":1: telegram: want keys under it"}, ErrInvalid},
		{"file not a mapping", "- a\n- b\n", []string{":1: the file: want keys under it"}, ErrInvalid},
		{"duplicate key", "log:\n  level: info\n  level: warn\n", []string{":3: log.level: set twice, first on line 2"}, ErrInvalid},
		{"secret of wrong shape", "telegram:\n  token: [a, b]\n", []string{":2: telegram.token: want a single value"}, ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, tc.file)
			_, err := Load(path, envOf(homeEnv))
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, tc.sentinel) {
				t.Errorf("error does not wrap %v: %v", tc.sentinel, err)
			}
			for _, w := range tc.want {
				if problemLine(err, path+w) == "" {
					t.Errorf("no line starting %q in:\n%v", path+w, err)
				}
			}
			if got := len(strings.Split(err.Error(), "\n")); got != len(tc.want) {
				t.Errorf("got %d problems, want %d:\n%v", got, len(tc.want), err)
			}
		})
	}
}

func TestLoadSecretTypoNotEchoed(t *testing.T) {
	path := writeFile(t, "telegram:\n  tokn: \"123:sup3rs3cret\"\n")
	_, err := Load(path, envOf(homeEnv))
	if !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("want ErrUnknownKey, got %v", err)
	}
	if strings.Contains(err.Error(), "sup3rs3cret") {
		t.Errorf("error repeats the value of an unknown key: %v", err)
	}
}

func TestLoadMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.yaml")
	_, err := Load(path, envOf(homeEnv))
	if !errors.Is(err, ErrNoFile) {
		t.Fatalf("want ErrNoFile, got %v", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error does not name the path: %v", err)
	}
}

func TestLoadSyntaxError(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"unquoted at", "access:\n  allowed_users: [@alice]\n", `quote values that start with @`},
		{"tab indent", "log:\n\tlevel: info\n", "line 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, tc.file)
			_, err := Load(path, envOf(homeEnv))
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("want ErrSyntax, got %v", err)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q lacks the path or %q", err, tc.want)
			}
		})
	}
}

func TestLoadEmptyFiles(t *testing.T) {
	for _, content := range []string{"", "# only a comment\n", "---\n", "telegram:\nllm:\n  provider:\n"} {
		t.Run(strings.TrimSpace(content), func(t *testing.T) {
			c, err := Load(writeFile(t, content), envOf(homeEnv))
			if err != nil {
				t.Fatalf("Load(%q): %v", content, err)
			}
			if c.LLM.Provider != ProviderNone || c.Telegram.Mode != ModePolling {
				t.Errorf("an empty file changed defaults: provider %q mode %q", c.LLM.Provider, c.Telegram.Mode)
			}
		})
	}
}

func TestLoadEnvParseErrors(t *testing.T) {
	env := merged(homeEnv, map[string]string{
		"COMPANION_SYNC_WRITES":     "maybe",
		"COMPANION_LLM_MAX_TOKENS":  "ten",
		"COMPANION_LLM_TIMEOUT":     "20",
		"COMPANION_LLM_TEMPERATURE": "warm",
		"COMPANION_LOG_LEVEL":       "loud",
	})
	_, err := Load("", envOf(env))
	for _, want := range []string{
		`COMPANION_SYNC_WRITES: want true or false, got "maybe"`,
		`COMPANION_LLM_MAX_TOKENS: want a whole number, got "ten"`,
		`COMPANION_LLM_TIMEOUT: not a duration: "20" (add a unit, e.g. 20s or 20m)`,
		`COMPANION_LLM_TEMPERATURE: want a number, e.g. 0.7, got "warm"`,
		`COMPANION_LOG_LEVEL: unknown level "loud" (want debug, info, warn or error)`,
	} {
		if problemLine(err, want) == "" {
			t.Errorf("no line %q in:\n%v", want, err)
		}
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("error does not wrap ErrInvalid: %v", err)
	}
}

func TestSplitList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"123", []string{"123"}},
		{"123,456", []string{"123", "456"}},
		{" @a ,, @b:x.org\t@*:y.org ", []string{"@a", "@b:x.org", "@*:y.org"}},
		{",", []string{}},
	}
	for _, tc := range tests {
		got := splitList(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("splitList(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"model", "model", 0},
		{"modle", "model", 2},
		{"mdel", "model", 1},
		{"", "abc", 3},
		{"token", "mode", 3},
	}
	for _, tc := range tests {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
