package config

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Overlay returns an environment lookup that answers from set first and
// from base otherwise, so that command-line flags can take the place of
// their environment variables, e.g.
//
//	config.Load(path, config.Overlay(os.LookupEnv, map[string]string{"COMPANION_DATA_DIR": dataDir}))
//
// Empty values in set are skipped, so an unused flag changes nothing.
func Overlay(base func(string) (string, bool), set map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) {
		if v := set[k]; v != "" {
			return v, true
		}
		if base == nil {
			return "", false
		}
		return base(k)
	}
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
