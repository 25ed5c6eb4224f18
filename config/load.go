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
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Load builds the configuration: the built-in defaults, then the YAML file
// at path (none when path is ""), then the COMPANION_* environment
// variables read through env (os.LookupEnv in production), and validates
// the result.
//
// A variable that is set but empty counts as unset, so an empty
// COMPANION_X in a container does not wipe a value from the file. The
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

// isNull reports whether n is an empty value ("key:" with nothing after it, or null).
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// checker walks the YAML tree against Config's shape, recording where each
// key was set and collecting problems.
type checker struct {
	file  string
	src   map[string]source
	probs []problem
}

func (k *checker) add(line int, key, msg string, kind error) {
	k.probs = append(k.probs, problem{where: fmt.Sprintf("%s:%d", k.file, line), key: key, msg: msg, kind: kind})
}

// node checks n, the value at key path (line is the key's line).
func (k *checker) node(n *yaml.Node, t reflect.Type, path string, line int) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if isNull(n) {
		return
	}
	switch {
	case isSection(t):
		k.section(n, t, path, line)
	case t.Kind() == reflect.Slice && isSection(t.Elem()):
		if n.Kind != yaml.SequenceNode {
			k.add(line, path, "want a list of entries, each with its own keys", ErrInvalid)
			return
		}
		for i, item := range n.Content {
			itemPath := fmt.Sprintf("%s[%d]", path, i)
			k.src[itemPath] = source{file: k.file, line: item.Line}
			k.node(item, t.Elem(), itemPath, item.Line)
		}
		k.src[path] = source{file: k.file, line: line}
	default:
		if msg := checkLeaf(n, t); msg != "" {
			k.add(line, path, msg, ErrInvalid)
			return
		}
		k.src[path] = source{file: k.file, line: line}
	}
}

// section checks a mapping against the struct type t.
func (k *checker) section(n *yaml.Node, t reflect.Type, path string, line int) {
	name := path
	if name == "" {
		name = "the file"
	}
	if n.Kind != yaml.MappingNode {
		k.add(line, name, "want keys under it, such as "+strings.Join(keyNames(t, 3), ", "), ErrInvalid)
		return
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		f, ok := fieldByKey(t, key.Value)
		full := joinPath(path, key.Value)
		if first, dup := seen[key.Value]; dup {
			k.add(key.Line, full, fmt.Sprintf("set twice, first on line %d (keep one)", first), ErrInvalid)
			continue
		}
		seen[key.Value] = key.Line
		if !ok {
			k.add(key.Line, full, "unknown key"+suggest(key.Value, t, path), ErrUnknownKey)
			continue
		}
		k.node(val, f.Type, full, key.Line)
	}
}

func joinPath(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// fieldByKey finds the field of struct t whose YAML key is key.
func fieldByKey(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if n := yamlName(f); n != "" && n == key {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// keyNames lists up to max YAML keys of struct t (all when max <= 0).
func keyNames(t reflect.Type, max int) []string {
	var out []string
	for i := range t.NumField() {
		if n := yamlName(t.Field(i)); n != "" {
			out = append(out, n)
		}
	}
	if max > 0 && len(out) > max {
		out = out[:max]
	}
	return out
}

// suggest names the closest known key, or lists the keys that are allowed.
func suggest(key string, t reflect.Type, path string) string {
	names := keyNames(t, 0)
	best, bestDist := "", 3
	for _, n := range names {
		if d := editDistance(strings.ToLower(key), n); d < bestDist {
			best, bestDist = n, d
		}
	}
	if best != "" {
		return fmt.Sprintf(" (did you mean %s?)", joinPath(path, best))
	}
	where := "here"
	if path != "" {
		where = "under " + path
	}
	return fmt.Sprintf(" (known keys %s: %s)", where, strings.Join(names, ", "))
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// checkLeaf checks that n can be read as a t and says what is wrong if not.
// It never repeats a Secret's value.
func checkLeaf(n *yaml.Node, t reflect.Type) string {
	if t.Kind() == reflect.Slice {
		if n.Kind != yaml.SequenceNode {
			return `want a list, e.g. ["123456789", "@alice"]`
		}
		for _, item := range n.Content {
			if item.Kind != yaml.ScalarNode {
				return "want a list of plain values"
			}
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		return "want a single value, not a list or keys"
	}
	if t == secretType {
		return ""
	}
	if t == durationType {
		if _, err := parseDuration(n.Value); err != nil {
			return err.Error()
		}
		return ""
	}
	if err := n.Decode(reflect.New(t).Interface()); err != nil {
		return fmt.Sprintf("want %s, got %s", describe(t), quoteShort(n.Value))
	}
	return ""
}

// describe says in words what kind of value t takes.
func describe(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int:
		return "a whole number"
	case reflect.Float64:
		return "a number, e.g. 0.7"
	default:
		return "text"
	}
}

// quoteShort quotes s, shortened so a pasted blob does not flood the message.
func quoteShort(s string) string {
	const max = 60
	if len(s) > max {
		return strconv.Quote(s[:max]) + "..."
	}
	return strconv.Quote(s)
}

// applyEnv sets every field whose environment variable is set and not empty.
func (c *Config) applyEnv(env func(string) (string, bool)) []problem {
	var probs []problem
	root := reflect.ValueOf(c).Elem()
	for _, f := range fields() {
		if f.env == "" {
			continue
		}
		raw, ok := env(f.env)
		raw = strings.TrimSpace(raw)
		if !ok || raw == "" {
			continue
		}
		if msg := setFromEnv(root.FieldByIndex(f.index), raw); msg != "" {
			probs = append(probs, problem{key: f.env, msg: msg})
			continue
		}
		c.src[f.path] = source{env: f.env}
	}
	return probs
}

// setFromEnv parses raw into v and says what is wrong if it cannot.
func setFromEnv(v reflect.Value, raw string) string {
	switch {
	case v.Type() == durationType:
		d, err := parseDuration(raw)
		if err != nil {
			return err.Error()
		}
		v.Set(reflect.ValueOf(Duration{d}))
	case v.Kind() == reflect.String:
		v.SetString(raw)
	case v.Kind() == reflect.Bool:
		b, ok := parseBool(raw)
		if !ok {
			return fmt.Sprintf("want true or false, got %s", quoteShort(raw))
		}
		v.SetBool(b)
	case v.Kind() == reflect.Int:
		i, err := strconv.Atoi(raw)
		if err != nil {
			return fmt.Sprintf("want a whole number, got %s", quoteShort(raw))
		}
		v.SetInt(int64(i))
	case v.Kind() == reflect.Float64:
		x, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return fmt.Sprintf("want a number, e.g. 0.7, got %s", quoteShort(raw))
		}
		v.SetFloat(x)
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.String:
		v.Set(reflect.ValueOf(splitList(raw)))
	default:
		return "cannot be set from the environment"
	}
	return ""
}

// parseBool accepts the usual spellings of yes and no.
func parseBool(s string) (value, ok bool) {
	switch strings.ToLower(s) {
	case "1", "t", "true", "yes", "y", "on":
		return true, true
	case "0", "f", "false", "no", "n", "off":
		return false, true
	}
	return false, false
}

// splitList splits a comma- or space-separated list, dropping empty entries.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == ';'
	})
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
