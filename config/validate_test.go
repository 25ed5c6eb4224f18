package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// yamlAt builds a file setting the dotted key path to the raw YAML value; the
// key ends up on line 2 for "section.key".
func yamlAt(path, raw string) string {
	section, key, _ := strings.Cut(path, ".")
	return fmt.Sprintf("%s:\n  %s: %s\n", section, key, raw)
}

// problemLine finds the line of err that reports prefix, or "".
func problemLine(err error, prefix string) string {
	if err == nil {
		return ""
	}
	for _, l := range strings.Split(err.Error(), "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

// TestValidateNamesKey sets each bad value once from the environment and
// once from the file, and checks that the problem names the key the way it
// was set and says how to fix it.
func TestValidateNamesKey(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such.key")
	tests := []struct {
		name    string
		key     string // YAML path
		env     string // variable
		value   string // as set in the environment
		raw     string // as written in YAML; "" means the same as value, quoted
		base    map[string]string
		want    string // part of the message, usually the fix
		private string // must not appear in the message
	}{
		{name: "telegram api url", key: "telegram.api_url", env: "COMPANION_TELEGRAM_API_URL", value: "api.telegram.org", want: `not a URL: "api.telegram.org" (want e.g. https://api.telegram.org)`},
		{name: "matrix homeserver url", key: "matrix.homeserver", env: "COMPANION_MATRIX_HOMESERVER", value: "matrix.example.org",
			base: map[string]string{"COMPANION_MATRIX_USER_ID": "@c:example.org", "COMPANION_MATRIX_PASSWORD": "pw"}, want: "want e.g. https://matrix.example.org"},
		{name: "llm url typo", key: "llm.url", env: "COMPANION_LLM_URL", value: "htp//x",
			base: map[string]string{"COMPANION_LLM_PROVIDER": "ollama", "COMPANION_LLM_MODEL": "m"}, want: `not a URL: "htp//x" (want e.g. http://127.0.0.1:11434)`},
		{name: "llm url scheme", key: "llm.url", env: "COMPANION_LLM_URL", value: "ftp://127.0.0.1:11434", want: "not a URL"},
		{name: "llm url no host", key: "llm.url", env: "COMPANION_LLM_URL", value: "http://", want: "not a URL"},
		{name: "llm url bad port", key: "llm.url", env: "COMPANION_LLM_URL", value: "http://127.0.0.1:99999", want: "not a URL"},
		{name: "llm url with password", key: "llm.url", env: "COMPANION_LLM_URL", value: "http://me:s3cr3t@127.0.0.1:8080", want: "user name or password", private: "s3cr3t"},
		{name: "llm provider", key: "llm.provider", env: "COMPANION_LLM_PROVIDER", value: "gpt", want: "want none, ollama or openai"},
		{name: "llm temperature", key: "llm.temperature", env: "COMPANION_LLM_TEMPERATURE", value: "3", raw: "3", want: "want 0 to 2"},
		{name: "llm max tokens", key: "llm.max_tokens", env: "COMPANION_LLM_MAX_TOKENS", value: "0", raw: "0", want: "want at least 1"},
		{name: "llm timeout", key: "llm.timeout", env: "COMPANION_LLM_TIMEOUT", value: "0s", raw: "0s", want: "not positive"},
		{name: "gc interval", key: "data.gc_interval", env: "COMPANION_DATA_GC_INTERVAL", value: "-1m", raw: "-1m", want: "not positive"},
		{name: "poll timeout", key: "telegram.poll_timeout", env: "COMPANION_TELEGRAM_POLL_TIMEOUT", value: "0s", raw: "0s", want: "not positive"},
		{name: "stale after", key: "reminders.stale_after", env: "COMPANION_REMINDERS_STALE_AFTER", value: "-6h", raw: "-6h", want: "not positive"},
		{name: "matrix user id", key: "matrix.user_id", env: "COMPANION_MATRIX_USER_ID", value: "companion",
			base: map[string]string{"COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_PASSWORD": "pw"}, want: `want "@name:server"`},
		{name: "matrix user id pattern", key: "matrix.user_id", env: "COMPANION_MATRIX_USER_ID", value: "@*:example.org",
			base: map[string]string{"COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_PASSWORD": "pw"}, want: "not a Matrix user id"},
		{name: "key file missing", key: "data.encryption_key_file", env: "COMPANION_ENCRYPTION_KEY_FILE", value: missing, want: "does not exist (create a file of 32 random bytes"},
		{name: "key file is a folder", key: "data.encryption_key_file", env: "COMPANION_ENCRYPTION_KEY_FILE", value: dir, want: "not a regular file"},
		{name: "knowledge dir missing", key: "knowledge.dir", env: "COMPANION_KNOWLEDGE_DIR", value: missing, want: "cannot read"},
		{name: "telegram mode", key: "telegram.mode", env: "COMPANION_TELEGRAM_MODE", value: "push", want: "want polling or webhook"},
		{name: "webhook url", key: "telegram.webhook_url", env: "COMPANION_TELEGRAM_WEBHOOK_URL", value: "bot.example.org/hook", want: "not a URL"},
		{name: "webhook listen", key: "telegram.webhook_listen", env: "COMPANION_TELEGRAM_WEBHOOK_LISTEN", value: "8443", want: `want host:port, e.g. :8443`},
		{name: "webhook secret", key: "telegram.webhook_secret", env: "COMPANION_TELEGRAM_WEBHOOK_SECRET", value: "no spaces allowed!", want: "A-Z, a-z, 0-9", private: "allowed!"},
		{name: "telegram token", key: "telegram.token", env: "COMPANION_TELEGRAM_TOKEN", value: "123:abc def", want: "spaces or slashes", private: "abc def"},
		{name: "redacted placeholder", key: "matrix.password", env: "COMPANION_MATRIX_PASSWORD", value: "[redacted]",
			base: map[string]string{"COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_USER_ID": "@c:example.org"}, want: "placeholder"},
		{name: "allowed user without at", key: "access.allowed_users", env: "COMPANION_ALLOWED_USERS", value: "alice", raw: `["alice"]`, want: `write usernames with "@"`},
		{name: "allowed matrix id", key: "access.allowed_users", env: "COMPANION_ALLOWED_USERS", value: "123,@bob:", raw: `["123", "@bob:"]`, want: "entry 2: not a Matrix user id"},
		{name: "allowed username short", key: "access.allowed_users", env: "COMPANION_ALLOWED_USERS", value: "@ab", raw: `["@ab"]`, want: "not a Telegram username"},
		{name: "shutdown timeout", key: "shutdown.timeout", env: "COMPANION_SHUTDOWN_TIMEOUT", value: "0s", raw: "0s", want: "not positive"},
		{name: "http addr", key: "http.addr", env: "COMPANION_HTTP_ADDR", value: "localhost", want: "not a listen address"},
		{name: "log level", key: "log.level", env: "COMPANION_LOG_LEVEL", value: "verbose", want: "want debug, info, warn or error"},
		{name: "log format", key: "log.format", env: "COMPANION_LOG_FORMAT", value: "xml", want: "want text or json"},
		{name: "messages per minute", key: "limits.messages_per_minute", env: "COMPANION_LIMIT_MESSAGES_PER_MINUTE", value: "-1", raw: "-1", want: "want 0 for no limit"},
		{name: "model calls per hour", key: "limits.model_calls_per_hour", env: "COMPANION_LIMIT_MODEL_CALLS_PER_HOUR", value: "-5", raw: "-5", want: "negative"},
		{name: "max message bytes", key: "limits.max_message_bytes", env: "COMPANION_LIMIT_MAX_MESSAGE_BYTES", value: "-1", raw: "-1", want: "negative"},
		{name: "quiet start", key: "reminders.quiet_start", env: "COMPANION_REMINDERS_QUIET_START", value: "25:00", want: "want HH:MM between 00:00 and 23:59"},
		{name: "quiet end", key: "reminders.quiet_end", env: "COMPANION_REMINDERS_QUIET_END", value: "9am", want: "want HH:MM"},
		{name: "max per day", key: "reminders.max_per_day", env: "COMPANION_REMINDERS_MAX_PER_DAY", value: "-1", raw: "-1", want: "negative"},
		{name: "default hour", key: "reminders.default_hour", env: "COMPANION_REMINDERS_DEFAULT_HOUR", value: "24", raw: "24", want: "want 0 to 23"},
	}
	for _, tc := range tests {
		raw := tc.raw
		if raw == "" {
			raw = fmt.Sprintf("%q", tc.value)
		}
		t.Run(tc.name+"/env", func(t *testing.T) {
			_, err := Load("", envOf(merged(homeEnv, merged(tc.base, map[string]string{tc.env: tc.value}))))
			checkProblem(t, err, tc.env+": ", tc.want, tc.private)
		})
		t.Run(tc.name+"/file", func(t *testing.T) {
			path := writeFile(t, yamlAt(tc.key, raw))
			_, err := Load(path, envOf(merged(homeEnv, tc.base)))
			checkProblem(t, err, path+":2: "+tc.key+": ", tc.want, tc.private)
		})
	}
}

// checkProblem asserts that err has a line starting with prefix that
// contains want, that it wraps ErrInvalid, and that private is nowhere in it.
func checkProblem(t *testing.T, err error, prefix, want, private string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one starting %q", prefix)
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("error does not wrap ErrInvalid: %v", err)
	}
	line := problemLine(err, prefix)
	if line == "" {
		t.Fatalf("no problem starting %q in:\n%v", prefix, err)
	}
	if !strings.Contains(line, want) {
		t.Errorf("problem %q does not say %q", line, want)
	}
	if private != "" && strings.Contains(err.Error(), private) {
		t.Errorf("error repeats a secret: %v", err)
	}
}

// TestValidateRequired covers problems about a value that is missing or
// conflicts with another: they name the YAML key unless a file set it.
func TestValidateRequired(t *testing.T) {
	notDir := writeFile(t, "x")
	tests := []struct {
		name   string
		env    map[string]string
		file   string
		prefix string // the line's start; the file's path is prepended when file is set
		want   string
	}{
		{"model for ollama", map[string]string{"COMPANION_LLM_PROVIDER": "ollama"}, "", "llm.model: ", "set the model's name"},
		{"url for openai", map[string]string{"COMPANION_LLM_PROVIDER": "openai", "COMPANION_LLM_MODEL": "m"}, "", "llm.url: ", "needs the server's address"},
		{"matrix user id", map[string]string{"COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_PASSWORD": "pw"}, "", "matrix.user_id: ", "set the companion's account"},
		{"matrix credentials", map[string]string{"COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_USER_ID": "@c:example.org"}, "", "matrix.password: ", "companion matrix login"},
		{"matrix homeserver", map[string]string{"COMPANION_MATRIX_USER_ID": "@c:example.org", "COMPANION_MATRIX_PASSWORD": "pw"}, "", "matrix.homeserver: ", "set the homeserver URL"},
		{"matrix oauth and token", map[string]string{"COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_USER_ID": "@c:example.org", "COMPANION_MATRIX_OAUTH": "true", "COMPANION_MATRIX_ACCESS_TOKEN": "syt_x"}, "", "COMPANION_MATRIX_OAUTH: ", "use one way to sign in"},
		{"matrix oauth without homeserver", map[string]string{"COMPANION_MATRIX_OAUTH": "true"}, "", "matrix.homeserver: ", "set the homeserver URL"},
		{"webhook url", map[string]string{"COMPANION_TELEGRAM_MODE": "webhook", "COMPANION_TELEGRAM_WEBHOOK_LISTEN": ":8443"}, "", "telegram.webhook_url: ", "webhook mode needs it"},
		{"webhook listen", map[string]string{"COMPANION_TELEGRAM_MODE": "webhook", "COMPANION_TELEGRAM_WEBHOOK_URL": "https://bot.example.org/hook"}, "", "telegram.webhook_listen: ", `e.g. ":8443"`},
		{"knowledge replace", map[string]string{"COMPANION_KNOWLEDGE_REPLACE": "true"}, "", "COMPANION_KNOWLEDGE_REPLACE: ", "knowledge.dir is empty"},
		{"knowledge dir is a file", nil, "knowledge:\n  dir: " + notDir + "\n", ":2: knowledge.dir: ", "is not a folder"},
		{"data dir is a file", map[string]string{"COMPANION_DATA_DIR": notDir}, "", "COMPANION_DATA_DIR: ", "is a file, not a folder"},
		{"model cache is a file", map[string]string{"COMPANION_MODEL_CACHE": notDir}, "", "COMPANION_MODEL_CACHE: ", `say "off" to keep no models`},
		{"model cache is a file in the file", nil, "data:\n  model_cache: " + notDir + "\n", ":2: data.model_cache: ", "is a file, not a folder"},
		{"emergency note", nil, "safety:\n  emergency_note: \"\"\n", ":2: safety.emergency_note: ", "empty"},
		{"no helplines", nil, "safety:\n  helplines: []\n", ":2: safety.helplines: ", "keep at least one"},
		{"null helplines", nil, "safety:\n  helplines:\n", ":2: safety.helplines: ", "keep at least one"},
		{"helpline contact", nil, "safety:\n  helplines:\n    - name: Line\n      region: UK\n", ":3: safety.helplines[0].contact: ", "empty"},
		{"helpline country", nil, "safety:\n  helplines:\n    - name: Line\n      contact: \"1\"\n      country: England\n", ":5: safety.helplines[0].country: ", "not a country code"},
		{"helpline kind", nil, "safety:\n  helplines:\n    - name: Line\n      contact: \"1\"\n      kind: suicide\n", ":5: safety.helplines[0].kind: ", "want crisis, abuse or emergency"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path, prefix := "", tc.prefix
			if tc.file != "" {
				path = writeFile(t, tc.file)
				prefix = path + prefix
			}
			_, err := Load(path, envOf(merged(homeEnv, tc.env)))
			checkProblem(t, err, prefix, tc.want, "")
		})
	}
}

func TestValidateNoDataDir(t *testing.T) {
	c := defaults(envOf(homeEnv))
	c.Data.Dir = ""
	checkProblem(t, c.Validate(), "data.dir: ", "set COMPANION_DATA_DIR or data.dir", "")
}

func TestValidateReportsEverything(t *testing.T) {
	c := defaults(envOf(homeEnv))
	c.Log.Level = "loud"
	c.LLM.Provider = "magic"
	c.Reminders.DefaultHour = -1
	err := c.Validate()
	for _, key := range []string{"log.level: ", "llm.provider: ", "reminders.default_hour: "} {
		if problemLine(err, key) == "" {
			t.Errorf("no problem for %s in:\n%v", key, err)
		}
	}
	if n := len(strings.Split(err.Error(), "\n")); n != 3 {
		t.Errorf("got %d problems, want 3:\n%v", n, err)
	}
}

func TestValidateKeyFileReadable(t *testing.T) {
	key := filepath.Join(t.TempDir(), "companion.key")
	if err := os.WriteFile(key, make([]byte, 32), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load("", envOf(merged(homeEnv, map[string]string{"COMPANION_ENCRYPTION_KEY_FILE": key})))
	if err != nil {
		t.Fatalf("readable key file rejected: %v", err)
	}
	if c.Data.EncryptionKeyFile != key {
		t.Errorf("key file = %q, want %q", c.Data.EncryptionKeyFile, key)
	}
}

func TestValidateKeyFileUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	key := filepath.Join(t.TempDir(), "companion.key")
	if err := os.WriteFile(key, make([]byte, 32), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := Load("", envOf(merged(homeEnv, map[string]string{"COMPANION_ENCRYPTION_KEY_FILE": key})))
	checkProblem(t, err, "COMPANION_ENCRYPTION_KEY_FILE: ", "check the file's owner and permissions", "")
}
