package config

import (
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// Default returns the built-in configuration: no adapters, no model, the
// per-user data folder, and safe limits. The data folder is worked out from
// the process environment.
func Default() Config {
	return defaults(os.LookupEnv)
}

// defaults builds the built-in configuration, reading XDG_DATA_HOME, HOME
// and LOCALAPPDATA through env so that Load stays testable.
func defaults(env func(string) (string, bool)) Config {
	return Config{
		Data: Data{
			Dir:        defaultDataDir(env, runtime.GOOS),
			SyncWrites: true,
			GCInterval: Duration{10 * time.Minute},
		},
		Telegram: Telegram{
			APIURL:      "https://api.telegram.org",
			Mode:        ModePolling,
			PollTimeout: Duration{30 * time.Second},
		},
		Matrix: Matrix{
			DisplayName: "Companion",
			Encryption:  true,
		},
		LLM: LLM{
			Provider:    ProviderNone,
			Temperature: 0.7,
			Timeout:     Duration{20 * time.Second},
			MaxTokens:   400,
		},
		Shutdown: Shutdown{Timeout: Duration{10 * time.Second}},
		Log:      Log{Level: "info", Format: "text"},
		Safety: Safety{
			EmergencyNote: "your local emergency number",
			ConcernCheck:  true,
			Helplines: []Helpline{{
				Name:    "Find A Helpline",
				Contact: "https://findahelpline.com",
				Region:  "international",
			}},
		},
		Limits: Limits{
			MessagesPerMinute: 20,
			ModelCallsPerHour: 60,
			MaxMessageBytes:   4000,
		},
		Reminders: Reminders{
			QuietStart:  "22:00",
			QuietEnd:    "08:00",
			MaxPerDay:   3,
			StaleAfter:  Duration{6 * time.Hour},
			DefaultHour: 10,
		},
	}
}

// defaultDataDir picks the per-user data folder for goos. It returns "" when
// no home folder is known; Validate then asks for data.dir.
func defaultDataDir(env func(string) (string, bool), goos string) string {
	get := func(k string) string {
		v, _ := env(k)
		return v
	}
	switch goos {
	case "windows":
		if d := get("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "companion")
		}
	case "darwin", "ios":
		if h := homeDir(get); h != "" {
			return filepath.Join(h, "Library", "Application Support", "companion")
		}
		return ""
	}
	// XDG_DATA_HOME must be absolute to count, as the XDG spec says.
	if d := get("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "companion")
	}
	if h := homeDir(get); h != "" {
		return filepath.Join(h, ".local", "share", "companion")
	}
	return ""
}

// homeDir returns $HOME (or %USERPROFILE%), falling back to the account's
// home folder when the variable is unset.
func homeDir(get func(string) string) string {
	if h := get("HOME"); h != "" {
		return h
	}
	if h := get("USERPROFILE"); h != "" {
		return h
	}
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return ""
}
