package config

import (
	"errors"
	"reflect"
	"strings"
)

// source says where a key's value came from.
type source struct {
	env  string // the environment variable, when it came from the environment
	file string // the file, when it came from the YAML file
	line int    // the line in file
}

// field is one leaf of Config: a value a person can set.
type field struct {
	path  string // YAML key path, e.g. "llm.url"
	env   string // environment variable, or "" when there is none
	index []int  // reflect field index from Config
	typ   reflect.Type
}

var (
	durationType = reflect.TypeFor[Duration]()
	secretType   = reflect.TypeFor[Secret]()
)

// fields lists every leaf of Config in declaration order.
func fields() []field {
	var out []field
	var walk func(t reflect.Type, prefix string, index []int)
	walk = func(t reflect.Type, prefix string, index []int) {
		for i := range t.NumField() {
			f := t.Field(i)
			name := yamlName(f)
			if name == "" {
				continue
			}
			idx := append(append([]int(nil), index...), i)
			if isSection(f.Type) {
				walk(f.Type, prefix+name+".", idx)
				continue
			}
			out = append(out, field{path: prefix + name, env: f.Tag.Get("env"), index: idx, typ: f.Type})
		}
	}
	walk(reflect.TypeFor[Config](), "", nil)
	return out
}

// isSection reports whether t is a nested section rather than a value.
func isSection(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t != durationType
}

// yamlName returns the YAML key of an exported field, or "" for fields that
// are not part of the file.
func yamlName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	return name
}

// problem is one thing wrong with the configuration, reported under the
// name the person used for the key.
type problem struct {
	where string // "file:line", or "" for defaults and environment variables
	key   string // "llm.url" or "COMPANION_LLM_URL"
	msg   string
	kind  error // ErrInvalid or ErrUnknownKey
}

// Error formats the problem as "file:line: key: message" or "key: message".
func (p problem) Error() string {
	s := p.key + ": " + p.msg
	if p.where != "" {
		s = p.where + ": " + s
	}
	return s
}

// Unwrap lets callers match the problem's sentinel with errors.Is.
func (p problem) Unwrap() error {
	if p.kind == nil {
		return ErrInvalid
	}
	return p.kind
}

// joinProblems joins problems into one error, or nil when there are none.
func joinProblems(ps []problem) error {
	if len(ps) == 0 {
		return nil
	}
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errors.Join(errs...)
}
