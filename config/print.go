package config

import (
	"fmt"
	"log/slog"
	"strings"

	"gopkg.in/yaml.v3"
)

// String returns the configuration as YAML, secrets redacted, with a
// comment on each value that did not come from the defaults saying where
// it was set. It suits a --print-config option.
func (c Config) String() string {
	var root yaml.Node
	if err := root.Encode(c); err != nil {
		return "# config cannot be printed: " + err.Error() + "\n"
	}
	annotate(&root, "", c.src)
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&root); err != nil {
		return "# config cannot be printed: " + err.Error() + "\n"
	}
	_ = enc.Close()
	return b.String()
}

// annotate adds "from ..." comments to the values of n, a mapping at path.
func annotate(n *yaml.Node, path string, src map[string]source) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		full := joinPath(path, key.Value)
		if val.Kind == yaml.MappingNode {
			annotate(val, full, src)
			continue
		}
		s, ok := src[full]
		if !ok {
			continue
		}
		comment := "from " + s.env
		if s.env == "" {
			comment = fmt.Sprintf("from %s:%d", s.file, s.line)
		}
		if val.Kind == yaml.ScalarNode {
			val.LineComment = comment
		} else {
			key.LineComment = comment
		}
	}
}

// SlogLevel returns Level as a slog.Level (info when it is not recognised).
func (l Log) SlogLevel() slog.Level {
	switch l.Level {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}
