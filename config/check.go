package config

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

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
		if t.Kind() == reflect.Slice {
			k.src[path] = source{file: k.file, line: line} // null empties a list
		}
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
