package config

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// envOf turns a map into an env lookup function like os.LookupEnv.
func envOf(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) {
		v, ok := m[k]
		return v, ok
	}
}

// merged returns base with extra laid over it.
func merged(base, extra map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range extra {
		out[k] = v
	}
	return out
}

// writeFile writes content to a fresh file in a temporary folder and returns its path.
func writeFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "companion.yaml")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// homeEnv is the minimal environment: a home folder and nothing else.
var homeEnv = map[string]string{"HOME": "/home/ana"}

func TestDefaultValidates(t *testing.T) {
	c := defaults(envOf(homeEnv))
	if err := c.Validate(); err != nil {
		t.Fatalf("defaults do not validate: %v", err)
	}
	if c.TelegramEnabled() || c.MatrixEnabled() {
		t.Errorf("defaults enable an adapter: telegram %v, matrix %v", c.TelegramEnabled(), c.MatrixEnabled())
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"sync writes", c.Data.SyncWrites, true},
		{"gc interval", c.Data.GCInterval.Duration, 10 * time.Minute},
		{"api url", c.Telegram.APIURL, "https://api.telegram.org"},
		{"mode", c.Telegram.Mode, ModePolling},
		{"poll timeout", c.Telegram.PollTimeout.Duration, 30 * time.Second},
		{"display name", c.Matrix.DisplayName, "Companion"},
		{"encryption", c.Matrix.Encryption, true},
		{"provider", c.LLM.Provider, ProviderNone},
		{"temperature", c.LLM.Temperature, 0.7},
		{"llm timeout", c.LLM.Timeout.Duration, 20 * time.Second},
		{"max tokens", c.LLM.MaxTokens, 400},
		{"log", c.Log, Log{Level: "info", Format: "text"}},
		{"emergency note", c.Safety.EmergencyNote, "your local emergency number"},
		{"concern check", c.Safety.ConcernCheck, true},
		{"helpline contact", c.Safety.Helplines[0].Contact, "https://findahelpline.com"},
		{"limits", c.Limits, Limits{MessagesPerMinute: 20, ModelCallsPerHour: 60, MaxMessageBytes: 4000}},
		{"quiet", [2]string{c.Reminders.QuietStart, c.Reminders.QuietEnd}, [2]string{"22:00", "08:00"}},
		{"max per day", c.Reminders.MaxPerDay, 3},
		{"stale after", c.Reminders.StaleAfter.Duration, 6 * time.Hour},
		{"default hour", c.Reminders.DefaultHour, 10},
	}
	for _, tc := range checks {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

func TestDefaultDataDir(t *testing.T) {
	tests := []struct {
		name string
		goos string
		env  map[string]string
		want string
	}{
		{"xdg", "linux", map[string]string{"XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"}, filepath.Join("/xdg", "companion")},
		{"relative xdg ignored", "linux", map[string]string{"XDG_DATA_HOME": "rel", "HOME": "/home/ana"}, filepath.Join("/home/ana", ".local", "share", "companion")},
		{"home", "linux", map[string]string{"HOME": "/home/ana"}, filepath.Join("/home/ana", ".local", "share", "companion")},
		{"macos", "darwin", map[string]string{"HOME": "/Users/ana", "XDG_DATA_HOME": "/xdg"}, filepath.Join("/Users/ana", "Library", "Application Support", "companion")},
		{"windows", "windows", map[string]string{"LOCALAPPDATA": `C:\Users\ana\AppData\Local`}, filepath.Join(`C:\Users\ana\AppData\Local`, "companion")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := defaultDataDir(envOf(tc.env), tc.goos); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPrecedence checks default < file < environment for keys of every section.
func TestPrecedence(t *testing.T) {
	dirA, dirB := t.TempDir(), t.TempDir()
	tests := []struct {
		name                   string
		file                   string // YAML setting the key
		env                    map[string]string
		get                    func(Config) any
		def, fromFile, fromEnv any
	}{
		{"data.dir", "data:\n  dir: /srv/file\n", map[string]string{"COMPANION_DATA_DIR": "/srv/env"},
			func(c Config) any { return c.Data.Dir },
			defaultDataDir(envOf(homeEnv), runtime.GOOS), "/srv/file", "/srv/env"},
		{"data.sync_writes", "data:\n  sync_writes: false\n", map[string]string{"COMPANION_SYNC_WRITES": "true"},
			func(c Config) any { return c.Data.SyncWrites }, true, false, true},
		{"data.gc_interval", "data:\n  gc_interval: 1h\n", map[string]string{"COMPANION_DATA_GC_INTERVAL": "90s"},
			func(c Config) any { return c.Data.GCInterval.Duration }, 10 * time.Minute, time.Hour, 90 * time.Second},
		{"data.model_cache", "data:\n  model_cache: " + dirA + "\n", map[string]string{"COMPANION_MODEL_CACHE": dirB},
			func(c Config) any { return c.Data.ModelCache }, "", dirA, dirB},
		{"knowledge.dir", "knowledge:\n  dir: " + dirA + "\n", map[string]string{"COMPANION_KNOWLEDGE_DIR": dirB},
			func(c Config) any { return c.Knowledge.Dir }, "", dirA, dirB},
		{"telegram.token", "telegram:\n  token: \"1:file\"\n", map[string]string{"COMPANION_TELEGRAM_TOKEN": "2:env"},
			func(c Config) any { return c.Telegram.Token.Value() }, "", "1:file", "2:env"},
		{"telegram.api_url", "telegram:\n  api_url: http://127.0.0.1:8081\n", map[string]string{"COMPANION_TELEGRAM_API_URL": "http://127.0.0.1:8082"},
			func(c Config) any { return c.Telegram.APIURL }, "https://api.telegram.org", "http://127.0.0.1:8081", "http://127.0.0.1:8082"},
		{"telegram.poll_timeout", "telegram:\n  poll_timeout: 10s\n", map[string]string{"COMPANION_TELEGRAM_POLL_TIMEOUT": "50s"},
			func(c Config) any { return c.Telegram.PollTimeout.Duration }, 30 * time.Second, 10 * time.Second, 50 * time.Second},
		{"matrix.display_name", "matrix:\n  display_name: File Friend\n", map[string]string{"COMPANION_MATRIX_DISPLAY_NAME": "Env Friend"},
			func(c Config) any { return c.Matrix.DisplayName }, "Companion", "File Friend", "Env Friend"},
		{"matrix.encryption", "matrix:\n  encryption: false\n", map[string]string{"COMPANION_MATRIX_ENCRYPTION": "yes"},
			func(c Config) any { return c.Matrix.Encryption }, true, false, true},
		{"llm.model", "llm:\n  provider: ollama\n  model: file-model\n", map[string]string{"COMPANION_LLM_MODEL": "env-model"},
			func(c Config) any { return c.LLM.Model }, "", "file-model", "env-model"},
		{"llm.temperature", "llm:\n  temperature: 0.2\n", map[string]string{"COMPANION_LLM_TEMPERATURE": "1.1"},
			func(c Config) any { return c.LLM.Temperature }, 0.7, 0.2, 1.1},
		{"llm.max_tokens", "llm:\n  max_tokens: 200\n", map[string]string{"COMPANION_LLM_MAX_TOKENS": "300"},
			func(c Config) any { return c.LLM.MaxTokens }, 400, 200, 300},
		{"llm.timeout", "llm:\n  timeout: 5s\n", map[string]string{"COMPANION_LLM_TIMEOUT": "1m"},
			func(c Config) any { return c.LLM.Timeout.Duration }, 20 * time.Second, 5 * time.Second, time.Minute},
		{"access.allowed_users", "access:\n  allowed_users: [123, \"@alice\"]\n", map[string]string{"COMPANION_ALLOWED_USERS": "456, @bob:example.org @*:example.net"},
			func(c Config) any { return c.Access.AllowedUsers }, []string(nil), []string{"123", "@alice"}, []string{"456", "@bob:example.org", "@*:example.net"}},
		{"http.addr", "http:\n  addr: 127.0.0.1:9090\n", map[string]string{"COMPANION_HTTP_ADDR": ":9191"},
			func(c Config) any { return c.HTTP.Addr }, "", "127.0.0.1:9090", ":9191"},
		{"log.level", "log:\n  level: debug\n", map[string]string{"COMPANION_LOG_LEVEL": "WARN"},
			func(c Config) any { return c.Log.Level }, "info", "debug", "warn"},
		{"log.format", "log:\n  format: json\n", map[string]string{"COMPANION_LOG_FORMAT": "text"},
			func(c Config) any { return c.Log.Format }, "text", "json", "text"},
		{"safety.emergency_note", "safety:\n  emergency_note: \"112\"\n", map[string]string{"COMPANION_SAFETY_EMERGENCY_NOTE": "999"},
			func(c Config) any { return c.Safety.EmergencyNote }, "your local emergency number", "112", "999"},
		{"safety.concern_check", "safety:\n  concern_check: false\n", map[string]string{"COMPANION_SAFETY_CONCERN_CHECK": "true"},
			func(c Config) any { return c.Safety.ConcernCheck }, true, false, true},
		{"limits.messages_per_minute", "limits:\n  messages_per_minute: 5\n", map[string]string{"COMPANION_LIMIT_MESSAGES_PER_MINUTE": "0"},
			func(c Config) any { return c.Limits.MessagesPerMinute }, 20, 5, 0},
		{"limits.max_message_bytes", "limits:\n  max_message_bytes: 2000\n", map[string]string{"COMPANION_LIMIT_MAX_MESSAGE_BYTES": "8000"},
			func(c Config) any { return c.Limits.MaxMessageBytes }, 4000, 2000, 8000},
		{"reminders.quiet_start", "reminders:\n  quiet_start: \"22:30\"\n", map[string]string{"COMPANION_REMINDERS_QUIET_START": "23:00"},
			func(c Config) any { return c.Reminders.QuietStart }, "22:00", "22:30", "23:00"},
		{"reminders.default_hour", "reminders:\n  default_hour: 8\n", map[string]string{"COMPANION_REMINDERS_DEFAULT_HOUR": "18"},
			func(c Config) any { return c.Reminders.DefaultHour }, 10, 8, 18},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, tc.file)
			for _, step := range []struct {
				name string
				path string
				env  map[string]string
				want any
			}{
				{"default", "", homeEnv, tc.def},
				{"file", path, homeEnv, tc.fromFile},
				{"env", path, merged(homeEnv, tc.env), tc.fromEnv},
			} {
				c, err := Load(step.path, envOf(step.env))
				if err != nil {
					t.Fatalf("%s: Load: %v", step.name, err)
				}
				if got := tc.get(c); !reflect.DeepEqual(got, step.want) {
					t.Errorf("%s: got %#v, want %#v", step.name, got, step.want)
				}
			}
		})
	}
}

func TestEnvEmptyIsUnset(t *testing.T) {
	path := writeFile(t, "log:\n  level: debug\nllm:\n  timeout: 5s\n")
	c, err := Load(path, envOf(merged(homeEnv, map[string]string{"COMPANION_LOG_LEVEL": "", "COMPANION_LLM_TIMEOUT": "  "})))
	if err != nil {
		t.Fatal(err)
	}
	if c.Log.Level != "debug" || c.LLM.Timeout.Duration != 5*time.Second {
		t.Errorf("empty variables overrode the file: level %q, timeout %v", c.Log.Level, c.LLM.Timeout)
	}
}

func TestEnvTrimsAndExpandsHome(t *testing.T) {
	c, err := Load("", envOf(merged(homeEnv, map[string]string{
		"COMPANION_DATA_DIR":     " ~/companion-data\n",
		"COMPANION_LLM_PROVIDER": " Ollama ",
		"COMPANION_LLM_MODEL":    "tiny",
	})))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join("/home/ana", "companion-data"); c.Data.Dir != want {
		t.Errorf("data dir = %q, want %q", c.Data.Dir, want)
	}
	if c.LLM.Provider != ProviderOllama || c.LLM.URL != DefaultOllamaURL || c.LLM.Endpoint() != DefaultOllamaURL {
		t.Errorf("provider %q url %q endpoint %q, want ollama at %s", c.LLM.Provider, c.LLM.URL, c.LLM.Endpoint(), DefaultOllamaURL)
	}
}

func TestEnabled(t *testing.T) {
	tests := []struct {
		name           string
		env            map[string]string
		telegram, mtrx bool
	}{
		{"none", nil, false, false},
		{"telegram", map[string]string{"COMPANION_TELEGRAM_TOKEN": "1:a"}, true, false},
		{"matrix password", map[string]string{"COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_USER_ID": "@c:example.org", "COMPANION_MATRIX_PASSWORD": "pw"}, false, true},
		{"matrix oauth", map[string]string{"COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_USER_ID": "@c:example.org", "COMPANION_MATRIX_OAUTH": "true"}, false, true},
		{"matrix token and telegram", map[string]string{"COMPANION_TELEGRAM_TOKEN": "1:a", "COMPANION_MATRIX_HOMESERVER": "https://m.example.org", "COMPANION_MATRIX_USER_ID": "@c:example.org", "COMPANION_MATRIX_ACCESS_TOKEN": "syt_x"}, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load("", envOf(merged(homeEnv, tc.env)))
			if err != nil {
				t.Fatal(err)
			}
			if c.TelegramEnabled() != tc.telegram || c.MatrixEnabled() != tc.mtrx {
				t.Errorf("telegram %v matrix %v, want %v %v", c.TelegramEnabled(), c.MatrixEnabled(), tc.telegram, tc.mtrx)
			}
		})
	}
}

func TestQuietMinutesAndSlogLevel(t *testing.T) {
	r := Reminders{QuietStart: "21:30", QuietEnd: "7:05"}
	start, end, ok := r.QuietMinutes()
	if !ok || start != 21*60+30 || end != 7*60+5 {
		t.Errorf("QuietMinutes = %d %d %v, want 1290 425 true", start, end, ok)
	}
	if _, _, ok := (Reminders{QuietStart: "21:60", QuietEnd: "07:00"}).QuietMinutes(); ok {
		t.Error("QuietMinutes accepted 21:60")
	}
	if got := (Log{Level: "warn"}).SlogLevel().String(); got != "WARN" {
		t.Errorf("SlogLevel = %s, want WARN", got)
	}
}

func TestEnvNamesUniqueAndPrefixed(t *testing.T) {
	seen := map[string]string{}
	for _, f := range fields() {
		if f.env == "" {
			if f.path != "safety.helplines" {
				t.Errorf("%s has no environment variable", f.path)
			}
			continue
		}
		if !strings.HasPrefix(f.env, "COMPANION_") {
			t.Errorf("%s: variable %s lacks the COMPANION_ prefix", f.path, f.env)
		}
		if other, ok := seen[f.env]; ok {
			t.Errorf("%s and %s share %s", f.path, other, f.env)
		}
		seen[f.env] = f.path
	}
}

func TestOverlay(t *testing.T) {
	base := envOf(map[string]string{"HOME": "/home/ana", "COMPANION_DATA_DIR": "/from/env", "COMPANION_LOG_LEVEL": "debug"})
	env := Overlay(base, map[string]string{"COMPANION_DATA_DIR": "/from/flag", "COMPANION_LOG_LEVEL": ""})
	c, err := Load("", env)
	if err != nil {
		t.Fatal(err)
	}
	if c.Data.Dir != "/from/flag" || c.Log.Level != "debug" {
		t.Errorf("dir %q level %q, want the flag's dir and the environment's level", c.Data.Dir, c.Log.Level)
	}
	if v, ok := Overlay(nil, nil)("HOME"); ok || v != "" {
		t.Errorf("empty overlay found HOME = %q", v)
	}
}

func TestKeys(t *testing.T) {
	keys := Keys()
	want := map[string]string{
		"data.dir":             "COMPANION_DATA_DIR",
		"data.sync_writes":     "COMPANION_SYNC_WRITES",
		"telegram.token":       "COMPANION_TELEGRAM_TOKEN",
		"llm.api_key":          "COMPANION_LLM_API_KEY",
		"access.allowed_users": "COMPANION_ALLOWED_USERS",
		"safety.helplines":     "",
	}
	got := map[string]string{}
	for _, k := range keys {
		got[k.Path] = k.Env
	}
	for path, env := range want {
		if e, ok := got[path]; !ok || e != env {
			t.Errorf("Keys()[%s] = %q (present %v), want %q", path, e, ok, env)
		}
	}
	if keys[0].Path != "data.dir" || keys[len(keys)-1].Path != "reminders.default_hour" {
		t.Errorf("Keys() not in declaration order: first %s, last %s", keys[0].Path, keys[len(keys)-1].Path)
	}
}

// The models are kept in the data folder's models/ unless a folder is
// named, and nowhere when the key says off.
func TestModelCacheDir(t *testing.T) {
	for _, tc := range []struct{ data, cache, want string }{
		{"/srv/companion", "", filepath.Join("/srv/companion", "models")},
		{"/srv/companion", "/var/cache/companion", "/var/cache/companion"},
		{"/srv/companion", ModelCacheOff, ""},
		{"", "", ""},
	} {
		if got := (Data{Dir: tc.data, ModelCache: tc.cache}).ModelCacheDir(); got != tc.want {
			t.Errorf("data %q, model_cache %q: %q; want %q", tc.data, tc.cache, got, tc.want)
		}
	}
}
