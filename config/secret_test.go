package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// secretConfig loads a configuration with every secret set to a value
// that is easy to spot.
func secretConfig(t *testing.T) (Config, []string) {
	t.Helper()
	secrets := map[string]string{
		"COMPANION_TELEGRAM_TOKEN":          "111:tg-token-SPOT",
		"COMPANION_TELEGRAM_WEBHOOK_SECRET": "hook-secret-SPOT",
		"COMPANION_MATRIX_PASSWORD":         "mx-password-SPOT",
		"COMPANION_MATRIX_ACCESS_TOKEN":     "mx-token-SPOT",
		"COMPANION_MATRIX_PICKLE_KEY":       "mx-pickle-SPOT",
		"COMPANION_MATRIX_RECOVERY_KEY":     "mx-recovery-SPOT",
		"COMPANION_LLM_API_KEY":             "llm-key-SPOT",
	}
	env := merged(homeEnv, secrets)
	env["COMPANION_MATRIX_HOMESERVER"] = "https://m.example.org"
	env["COMPANION_MATRIX_USER_ID"] = "@c:example.org"
	c, err := Load("", envOf(env))
	if err != nil {
		t.Fatal(err)
	}
	var values []string
	for _, v := range secrets {
		values = append(values, v)
	}
	return c, values
}

func TestSecretsNeverPrinted(t *testing.T) {
	c, secrets := secretConfig(t)
	var text, js bytes.Buffer
	slog.New(slog.NewTextHandler(&text, nil)).Info("start", "config", c, "matrix", c.Matrix, "token", c.Telegram.Token)
	slog.New(slog.NewJSONHandler(&js, nil)).Info("start", "config", c, "matrix", c.Matrix, "token", c.Telegram.Token)
	jsonBytes, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	yamlBytes, err := yaml.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{
		"String":       c.String(),
		"%v":           fmt.Sprintf("%v", c),
		"%+v":          fmt.Sprintf("%+v", c),
		"%#v":          fmt.Sprintf("%#v", c),
		"%s section":   fmt.Sprintf("%s", c.Telegram),
		"%+v section":  fmt.Sprintf("%+v", c.Matrix),
		"%#v section":  fmt.Sprintf("%#v", c.LLM),
		"%q secret":    fmt.Sprintf("%q", c.Telegram.Token),
		"%x secret":    fmt.Sprintf("%x", c.Telegram.Token),
		"%d secret":    fmt.Sprintf("%d", c.Telegram.Token),
		"%10s secret":  fmt.Sprintf("%10s", c.Telegram.Token),
		"slog text":    text.String(),
		"slog json":    js.String(),
		"json.Marshal": string(jsonBytes),
		"yaml.Marshal": string(yamlBytes),
	}
	for name, out := range outputs {
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s shows secret %q:\n%s", name, s, out)
			}
		}
		if !strings.Contains(out, redacted) {
			t.Errorf("%s does not show %s:\n%s", name, redacted, out)
		}
	}
	if got := c.Telegram.Token.Value(); got != "111:tg-token-SPOT" {
		t.Errorf("Value() = %q, want the real token", got)
	}
}

func TestSecretEmptyPrintsEmpty(t *testing.T) {
	var s Secret
	tests := []struct{ name, got, want string }{
		{"String", s.String(), ""},
		{"%v", fmt.Sprintf("%v", s), ""},
		{"%#v", fmt.Sprintf("%#v", s), `""`},
		{"LogValue", s.LogValue().String(), ""},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestStringShowsSources(t *testing.T) {
	path := writeFile(t, "log:\n  level: debug\n")
	c, err := Load(path, envOf(merged(homeEnv, map[string]string{"COMPANION_LLM_MAX_TOKENS": "99"})))
	if err != nil {
		t.Fatal(err)
	}
	out := c.String()
	for _, want := range []string{
		"level: debug # from " + path + ":2",
		"max_tokens: 99 # from COMPANION_LLM_MAX_TOKENS",
		"gc_interval: 10m\n",
		"stale_after: 6h\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("String() lacks %q:\n%s", want, out)
		}
	}
	var back Config
	if err := yaml.Unmarshal([]byte(out), &back); err != nil {
		t.Fatalf("String() is not YAML that reads back: %v", err)
	}
	if back.LLM.MaxTokens != 99 || back.Log.Level != "debug" || back.Reminders.StaleAfter != c.Reminders.StaleAfter {
		t.Errorf("read back %+v, want the printed values", back)
	}
}

func TestDurationText(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "30s", want: "30s"},
		{in: "10m", want: "10m"},
		{in: "6h", want: "6h"},
		{in: "1h30m", want: "1h30m"},
		{in: "1500ms", want: "1.5s"},
		{in: "30", bad: true},
		{in: "soon", bad: true},
		{in: "", bad: true},
	}
	for _, tc := range tests {
		var d Duration
		err := d.UnmarshalText([]byte(tc.in))
		if (err != nil) != tc.bad {
			t.Errorf("UnmarshalText(%q) error %v, want bad=%v", tc.in, err, tc.bad)
			continue
		}
		if !tc.bad && d.String() != tc.want {
			t.Errorf("UnmarshalText(%q) then String() = %q, want %q", tc.in, d.String(), tc.want)
		}
	}
}

func TestSecretFromFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("token", "123:from-file-SPOT\n")
	spaced := write("spaced", "123:has space-SPOT\n")
	empty := write("empty", " \n")
	big := write("big", strings.Repeat("x", maxSecretFile+1))
	tests := []struct {
		name   string
		env    map[string]string
		want   string // the token, when Load succeeds
		errPre string // the start of a problem line, when it fails
	}{
		{"file", map[string]string{"COMPANION_TELEGRAM_TOKEN_FILE": good}, "123:from-file-SPOT", ""},
		{"both", map[string]string{"COMPANION_TELEGRAM_TOKEN_FILE": good, "COMPANION_TELEGRAM_TOKEN": "1:a"}, "", "COMPANION_TELEGRAM_TOKEN_FILE: set together with COMPANION_TELEGRAM_TOKEN"},
		{"missing", map[string]string{"COMPANION_TELEGRAM_TOKEN_FILE": filepath.Join(dir, "nope")}, "", "COMPANION_TELEGRAM_TOKEN_FILE: cannot read"},
		{"empty", map[string]string{"COMPANION_TELEGRAM_TOKEN_FILE": empty}, "", "COMPANION_TELEGRAM_TOKEN_FILE: " + strconv.Quote(empty) + " is empty"},
		{"too big", map[string]string{"COMPANION_TELEGRAM_TOKEN_FILE": big}, "", "COMPANION_TELEGRAM_TOKEN_FILE: " + strconv.Quote(big) + " is larger than"},
		{"validated under its variable", map[string]string{"COMPANION_TELEGRAM_TOKEN_FILE": spaced}, "", "COMPANION_TELEGRAM_TOKEN_FILE: contains spaces"},
		{"only secrets read files", map[string]string{"COMPANION_LOG_LEVEL_FILE": good}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load("", envOf(merged(homeEnv, tc.env)))
			if tc.errPre != "" {
				if problemLine(err, tc.errPre) == "" {
					t.Fatalf("no line starting %q in: %v", tc.errPre, err)
				}
				if strings.Contains(err.Error(), "SPOT") {
					t.Errorf("error shows the secret: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Telegram.Token.Value(); got != tc.want {
				t.Errorf("token = %q, want %q", got, tc.want)
			}
			if tc.want != "" && !strings.Contains(c.String(), "token: '[redacted]' # from COMPANION_TELEGRAM_TOKEN_FILE") {
				t.Errorf("String() does not credit the file variable:\n%s", c.String())
			}
		})
	}
}
