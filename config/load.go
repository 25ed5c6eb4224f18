package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// Load builds the configuration: the built-in defaults, then the YAML file
// at path (none when path is ""), then the COMPANION_* environment
// variables read through env (os.LookupEnv in production), and validates
// the result.
//
// A variable that is set but empty counts as unset, so an empty
// COMPANION_X in a container does not wipe a value from the file. Each
// secret can also be read from a file named by its variable with "_FILE"
// added, e.g. COMPANION_TELEGRAM_TOKEN_FILE. The
// returned error joins every problem found, one per line, each naming the
// key as the person wrote it; it wraps ErrNoFile, ErrSyntax, ErrUnknownKey
// or ErrInvalid.
func Load(path string, env func(string) (string, bool)) (Config, error) {
	if env == nil {
		env = func(string) (string, bool) { return "", false }
	}
	c := defaults(env)
	c.src = make(map[string]source)
	if path != "" {
		if err := c.loadFile(path); err != nil {
			return Config{}, err
		}
	}
	probs := c.applyEnv(env)
	c.normalize(env)
	errs := []error{joinProblems(probs), c.Validate()}
	if err := errors.Join(errs...); err != nil {
		return Config{}, err
	}
	return c, nil
}

// Key is one setting: its YAML key path and its environment variable.
type Key struct {
	// Path is the YAML key path, e.g. "llm.url".
	Path string
	// Env is the environment variable, e.g. "COMPANION_LLM_URL", or "" for
	// settings only the file can hold.
	Env string
}

// Keys lists every setting in the order of the example file, for help texts.
func Keys() []Key {
	fs := fields()
	out := make([]Key, len(fs))
	for i, f := range fs {
		out[i] = Key{Path: f.path, Env: f.env}
	}
	return out
}

// loadFile reads the YAML file at path over c, after checking every key and
// value's type so that mistakes are reported with their key path and line.
func (c *Config) loadFile(path string) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s (check the path, or start from config.example.yaml)", ErrNoFile, path)
	}
	if err != nil {
		return fmt.Errorf("read config: %w", err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return fmt.Errorf("%w: %s: %s%s", ErrSyntax, path, strings.TrimPrefix(err.Error(), "yaml: "), syntaxHint(err))
	}
	if len(root.Content) == 0 {
		return nil // empty, or only comments
	}
	doc := root.Content[0]
	if isNull(doc) {
		return nil
	}
	chk := checker{file: path, src: c.src}
	chk.node(doc, reflect.TypeFor[Config](), "", doc.Line)
	if err := joinProblems(chk.probs); err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: %w: %w", path, ErrInvalid, err)
	}
	return nil
}

// syntaxHint adds advice for the YAML mistakes people make most in this file.
func syntaxHint(err error) string {
	if strings.Contains(err.Error(), "cannot start any token") {
		return " (quote values that start with @, * or a backquote, e.g. \"@alice:example.org\"; indent with spaces, not tabs)"
	}
	return ""
}

// normalize tidies values after they are merged: enums are lower-cased, a
// leading "~" in paths becomes the home folder, and Ollama gets its
// default URL.
func (c *Config) normalize(env func(string) (string, bool)) {
	for _, p := range []*string{&c.Telegram.Mode, &c.LLM.Provider, &c.Log.Level, &c.Log.Format} {
		*p = strings.ToLower(strings.TrimSpace(*p))
	}
	home := homeDir(func(k string) string { v, _ := env(k); return v })
	for _, p := range []*string{&c.Data.Dir, &c.Data.EncryptionKeyFile, &c.Knowledge.Dir} {
		*p = expandHome(*p, home)
	}
	if c.LLM.Provider == ProviderOllama && c.LLM.URL == "" {
		c.LLM.URL = DefaultOllamaURL
	}
	for i, u := range c.Access.AllowedUsers {
		c.Access.AllowedUsers[i] = strings.TrimSpace(u)
	}
}

// expandHome replaces a leading "~" or "~/" with home.
func expandHome(p, home string) string {
	if home == "" || (p != "~" && !strings.HasPrefix(p, "~/") && !strings.HasPrefix(p, `~\`)) {
		return p
	}
	return filepath.Join(home, p[1:])
}
