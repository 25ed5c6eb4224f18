// Package config holds the companion's typed configuration: built-in
// defaults, overridden by an optional YAML file, overridden in turn by
// COMPANION_* environment variables, and validated once at start with
// messages that name the offending key and say how to fix it.
package config

import "path/filepath"

// Config is the whole configuration. Build it with Load (or Default for the
// built-in values) and read it; it is not changed after start.
//
// Each leaf field carries its YAML key path (the yaml tags joined by dots,
// e.g. "llm.url") and, where one exists, the environment variable that
// overrides it (the env tag).
type Config struct {
	// Data is where the store keeps its files.
	Data Data `yaml:"data"`
	// Knowledge is where the guide comes from.
	Knowledge Knowledge `yaml:"knowledge"`
	// Telegram configures the Telegram adapter.
	Telegram Telegram `yaml:"telegram"`
	// Matrix configures the Matrix adapter.
	Matrix Matrix `yaml:"matrix"`
	// LLM configures the optional language model.
	LLM LLM `yaml:"llm"`
	// Access says who may talk to the companion.
	Access Access `yaml:"access"`
	// HTTP configures the health and metrics listener.
	HTTP HTTP `yaml:"http"`
	// Shutdown configures how `companion run` stops.
	Shutdown Shutdown `yaml:"shutdown"`
	// Log configures the operator's log.
	Log Log `yaml:"log"`
	// Safety configures where crisis replies point people.
	Safety Safety `yaml:"safety"`
	// Limits protects against floods of messages and model calls.
	Limits Limits `yaml:"limits"`
	// Reminders configures nudges and stay-in-touch reminders.
	Reminders Reminders `yaml:"reminders"`

	// src records where each key's value came from (the file and line, or the
	// environment variable), so that problems are reported under the name
	// the person actually wrote. Nil for configurations built in code.
	src map[string]source
}

// Data configures where and how the store keeps its files.
type Data struct {
	// Dir is the folder for the store's files. The default is a per-user data
	// folder: $XDG_DATA_HOME/companion, else ~/.local/share/companion
	// (~/Library/Application Support/companion on macOS,
	// %LocalAppData%\companion on Windows).
	Dir string `yaml:"dir" env:"COMPANION_DATA_DIR"`
	// EncryptionKeyFile, when set, names a file holding the 32-byte key that
	// encrypts the store at rest. Validate checks that it can be read; the
	// store parses it.
	EncryptionKeyFile string `yaml:"encryption_key_file" env:"COMPANION_ENCRYPTION_KEY_FILE"`
	// SyncWrites makes every commit reach the disk before it is acknowledged.
	SyncWrites bool `yaml:"sync_writes" env:"COMPANION_SYNC_WRITES"`
	// GCInterval is how often the store reclaims space from old values.
	GCInterval Duration `yaml:"gc_interval" env:"COMPANION_DATA_GC_INTERVAL"`
	// ModelCache is the folder the learned models are kept in between
	// starts, so that a start reads them instead of training them again.
	// Empty means the "models" folder inside Dir; ModelCacheOff keeps
	// none. The folder is made when missing, in a folder that must exist.
	// What it holds is derived from the program alone, never from anyone's
	// messages; it is not part of backups and may be deleted at any time.
	ModelCache string `yaml:"model_cache" env:"COMPANION_MODEL_CACHE"`
}

// ModelCacheOff is the value of data.model_cache that keeps no models.
const ModelCacheOff = "off"

// ModelCacheDir returns the folder the learned models are kept in, "" for
// none.
func (d Data) ModelCacheDir() string {
	switch d.ModelCache {
	case ModelCacheOff:
		return ""
	case "":
		if d.Dir == "" {
			return ""
		}
		return filepath.Join(d.Dir, "models")
	}
	return d.ModelCache
}

// Knowledge configures where the guide comes from.
type Knowledge struct {
	// Dir, when set, is a folder of Markdown sections added to the embedded guide.
	Dir string `yaml:"dir" env:"COMPANION_KNOWLEDGE_DIR"`
	// Replace makes the sections in Dir replace the embedded guide instead of
	// adding to it. It needs Dir.
	Replace bool `yaml:"replace" env:"COMPANION_KNOWLEDGE_REPLACE"`
}

// Telegram configures the Telegram Bot API adapter. It is enabled when Token is set.
type Telegram struct {
	// Token is the bot token given by @BotFather.
	Token Secret `yaml:"token" env:"COMPANION_TELEGRAM_TOKEN"`
	// APIURL is the Bot API base URL: the public one, a self-hosted Bot API
	// server, or a test server.
	APIURL string `yaml:"api_url" env:"COMPANION_TELEGRAM_API_URL"`
	// Mode is how updates arrive: ModePolling or ModeWebhook.
	Mode string `yaml:"mode" env:"COMPANION_TELEGRAM_MODE"`
	// WebhookURL is the public HTTPS address Telegram posts updates to (webhook mode).
	WebhookURL string `yaml:"webhook_url" env:"COMPANION_TELEGRAM_WEBHOOK_URL"`
	// WebhookListen is the local address the webhook server listens on, e.g. ":8443".
	WebhookListen string `yaml:"webhook_listen" env:"COMPANION_TELEGRAM_WEBHOOK_LISTEN"`
	// WebhookSecret, when set, is sent by Telegram with every webhook call
	// and checked by the adapter (1-256 of A-Z, a-z, 0-9, _ and -).
	WebhookSecret Secret `yaml:"webhook_secret" env:"COMPANION_TELEGRAM_WEBHOOK_SECRET"`
	// PollTimeout is how long one long-polling request waits for updates.
	PollTimeout Duration `yaml:"poll_timeout" env:"COMPANION_TELEGRAM_POLL_TIMEOUT"`
}

// Telegram update modes.
const (
	// ModePolling asks Telegram for updates in a loop (no public address needed).
	ModePolling = "polling"
	// ModeWebhook lets Telegram post updates to WebhookURL.
	ModeWebhook = "webhook"
)

// Matrix configures the Matrix adapter. It is enabled when Homeserver and
// UserID are set together with Password, AccessToken or OAuth.
type Matrix struct {
	// Homeserver is the client-server API base URL, e.g. https://matrix.example.org.
	Homeserver string `yaml:"homeserver" env:"COMPANION_MATRIX_HOMESERVER"`
	// UserID is the companion's own account, e.g. @companion:example.org.
	UserID string `yaml:"user_id" env:"COMPANION_MATRIX_USER_ID"`
	// Password logs the account in when AccessToken is empty.
	Password Secret `yaml:"password" env:"COMPANION_MATRIX_PASSWORD"`
	// AccessToken is used instead of logging in with Password.
	AccessToken Secret `yaml:"access_token" env:"COMPANION_MATRIX_ACCESS_TOKEN"`
	// DeviceID is the device the access token belongs to; may be empty.
	DeviceID string `yaml:"device_id" env:"COMPANION_MATRIX_DEVICE_ID"`
	// OAuth signs in with the OAuth session "companion matrix login" keeps
	// in the data directory, for homeservers that use Matrix's OAuth 2.0
	// login (the Matrix Authentication Service); its access token is
	// refreshed as it expires.
	OAuth bool `yaml:"oauth" env:"COMPANION_MATRIX_OAUTH"`
	// PickleKey protects the end-to-end encryption keys kept in the store.
	// Empty means one is generated on first start and kept.
	PickleKey Secret `yaml:"pickle_key" env:"COMPANION_MATRIX_PICKLE_KEY"`
	// RecoveryKey unlocks the account's cross-signing identity on a new
	// device or after the crypto database was lost. Empty means the one kept
	// in the data directory, written when the identity was created.
	RecoveryKey Secret `yaml:"recovery_key" env:"COMPANION_MATRIX_RECOVERY_KEY"`
	// ResetCrossSigning lets the companion replace a cross-signing identity
	// it cannot unlock with a new one, instead of stopping. People who
	// verified the companion then have to verify it again.
	ResetCrossSigning bool `yaml:"reset_cross_signing" env:"COMPANION_MATRIX_RESET_CROSS_SIGNING"`
	// DisplayName is the name the companion shows in rooms.
	DisplayName string `yaml:"display_name" env:"COMPANION_MATRIX_DISPLAY_NAME"`
	// Encryption turns end-to-end encryption support on.
	Encryption bool `yaml:"encryption" env:"COMPANION_MATRIX_ENCRYPTION"`
}

// LLM configures the optional language model.
type LLM struct {
	// Provider is ProviderNone, ProviderOllama or ProviderOpenAI (any
	// OpenAI-compatible server).
	Provider string `yaml:"provider" env:"COMPANION_LLM_PROVIDER"`
	// URL is the model server's base URL. Load fills in DefaultOllamaURL for
	// Ollama when it is empty; OpenAI-compatible servers need it set.
	URL string `yaml:"url" env:"COMPANION_LLM_URL"`
	// Model is the model's name on the server; required unless Provider is none.
	Model string `yaml:"model" env:"COMPANION_LLM_MODEL"`
	// APIKey is sent to OpenAI-compatible servers that want one.
	APIKey Secret `yaml:"api_key" env:"COMPANION_LLM_API_KEY"`
	// Temperature is the sampling temperature, from 0 to 2.
	Temperature float64 `yaml:"temperature" env:"COMPANION_LLM_TEMPERATURE"`
	// Timeout bounds one model call; after it the template answer is used.
	Timeout Duration `yaml:"timeout" env:"COMPANION_LLM_TIMEOUT"`
	// MaxTokens caps the length of one model answer.
	MaxTokens int `yaml:"max_tokens" env:"COMPANION_LLM_MAX_TOKENS"`
}

// Model providers.
const (
	// ProviderNone runs without a language model.
	ProviderNone = "none"
	// ProviderOllama talks to an Ollama server.
	ProviderOllama = "ollama"
	// ProviderOpenAI talks to any OpenAI-compatible server.
	ProviderOpenAI = "openai"
)

// DefaultOllamaURL is where a local Ollama listens unless told otherwise.
const DefaultOllamaURL = "http://127.0.0.1:11434"

// Endpoint returns the model server's base URL: URL, or DefaultOllamaURL for
// Ollama when URL is empty.
func (l LLM) Endpoint() string {
	if l.URL == "" && l.Provider == ProviderOllama {
		return DefaultOllamaURL
	}
	return l.URL
}

// HTTP configures the health and metrics listener.
type HTTP struct {
	// Addr is the listen address, e.g. "127.0.0.1:9090"; empty turns it off.
	Addr string `yaml:"addr" env:"COMPANION_HTTP_ADDR"`
}

// Shutdown configures how `companion run` stops on SIGINT or SIGTERM: it
// takes no more messages, lets the turns under way finish, and delivers the
// replies already written for up to Timeout. What is still unsent then
// stays in the outbox and goes out at the next start.
type Shutdown struct {
	// Timeout bounds the whole stop, turns and deliveries together.
	Timeout Duration `yaml:"timeout" env:"COMPANION_SHUTDOWN_TIMEOUT"`
}

// Log configures the operator's log. Message text is never logged.
type Log struct {
	// Level is debug, info, warn or error.
	Level string `yaml:"level" env:"COMPANION_LOG_LEVEL"`
	// Format is text or json.
	Format string `yaml:"format" env:"COMPANION_LOG_FORMAT"`
}

// Safety configures where crisis replies point people.
type Safety struct {
	// EmergencyNote names the emergency service in words where the person's
	// country is unknown, e.g. "your local emergency number" or "112". Where
	// the country is known, its own number is named.
	EmergencyNote string `yaml:"emergency_note" env:"COMPANION_SAFETY_EMERGENCY_NOTE"`
	// ConcernCheck lets the companion ask, gently, whether someone is
	// thinking of ending their life when a message the crisis rules let
	// pass sounds like a crisis to a learned model. The model never gives
	// a crisis reply itself; the person's answer decides. On by default.
	ConcernCheck bool `yaml:"concern_check" env:"COMPANION_SAFETY_CONCERN_CHECK"`
	// Helplines add to the built-in directory of crisis, abuse and
	// emergency lines (package agent/safety), or replace its line of the
	// same country, kind and name. A line without a country is shown where
	// the person's country is unknown. At least one is required.
	Helplines []Helpline `yaml:"helplines"`
}

// Helpline is one place a person in crisis can reach.
type Helpline struct {
	// Name is what the helpline is called.
	Name string `yaml:"name"`
	// Contact is how to reach it: a phone number, a text code or a web address.
	Contact string `yaml:"contact"`
	// Region says where it serves in words, e.g. "UK" or "international";
	// may be empty.
	Region string `yaml:"region"`
	// Country is the ISO 3166 code of the country it serves ("GB", "DE");
	// empty serves people whose country is unknown.
	Country string `yaml:"country"`
	// Kind is crisis (the default), abuse or emergency.
	Kind string `yaml:"kind"`
	// Hours says when it answers, e.g. "24/7"; may be empty.
	Hours string `yaml:"hours"`
}

// Limits protects the companion and the model from floods. Zero turns a limit off.
type Limits struct {
	// MessagesPerMinute is how many messages one person may send per minute.
	MessagesPerMinute int `yaml:"messages_per_minute" env:"COMPANION_LIMIT_MESSAGES_PER_MINUTE"`
	// ModelCallsPerHour is how many model calls one person may cause per hour.
	ModelCallsPerHour int `yaml:"model_calls_per_hour" env:"COMPANION_LIMIT_MODEL_CALLS_PER_HOUR"`
	// MaxMessageBytes is the longest message read in full; longer ones get a
	// polite request to shorten them.
	MaxMessageBytes int `yaml:"max_message_bytes" env:"COMPANION_LIMIT_MAX_MESSAGE_BYTES"`
}

// Reminders configures plan nudges and stay-in-touch reminders.
type Reminders struct {
	// QuietStart is when quiet hours begin, "HH:MM" in the person's time.
	// Nothing is sent from QuietStart to QuietEnd; equal values mean no quiet hours.
	QuietStart string `yaml:"quiet_start" env:"COMPANION_REMINDERS_QUIET_START"`
	// QuietEnd is when quiet hours end, "HH:MM".
	QuietEnd string `yaml:"quiet_end" env:"COMPANION_REMINDERS_QUIET_END"`
	// MaxPerDay caps the reminders one person gets in a day.
	MaxPerDay int `yaml:"max_per_day" env:"COMPANION_REMINDERS_MAX_PER_DAY"`
	// StaleAfter drops a reminder that could not be delivered within this
	// long of its time (after downtime) instead of sending it late.
	StaleAfter Duration `yaml:"stale_after" env:"COMPANION_REMINDERS_STALE_AFTER"`
	// DefaultHour is the hour (0-23) used when a person names a day but no time.
	DefaultHour int `yaml:"default_hour" env:"COMPANION_REMINDERS_DEFAULT_HOUR"`
}

// QuietMinutes returns the quiet hours as minutes after midnight. It returns
// ok false when either time is not a valid "HH:MM" (Validate rejects those).
func (r Reminders) QuietMinutes() (start, end int, ok bool) {
	start, err1 := parseClock(r.QuietStart)
	end, err2 := parseClock(r.QuietEnd)
	return start, end, err1 == nil && err2 == nil
}

// TelegramEnabled reports whether the Telegram adapter should run.
func (c Config) TelegramEnabled() bool {
	return c.Telegram.Token != ""
}

// MatrixEnabled reports whether the Matrix adapter should run.
func (c Config) MatrixEnabled() bool {
	m := c.Matrix
	return m.Homeserver != "" && m.UserID != "" && (m.Password != "" || m.AccessToken != "" || m.OAuth)
}
