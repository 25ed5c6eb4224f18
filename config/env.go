package config

import (
	"fmt"
	"io"
	"os"
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

// applyEnv sets every field whose environment variable is set and not
// empty. A secret may instead come from a file named by the variable with
// "_FILE" added (COMPANION_TELEGRAM_TOKEN_FILE), as container secrets are
// mounted, so it never appears in the process environment.
func (c *Config) applyEnv(env func(string) (string, bool)) []problem {
	var probs []problem
	root := reflect.ValueOf(c).Elem()
	for _, f := range fields() {
		if f.env == "" {
			continue
		}
		name := f.env
		raw := lookup(env, name)
		if f.typ == secretType {
			if file := lookup(env, name+fileSuffix); file != "" {
				if raw != "" {
					probs = append(probs, problem{key: name + fileSuffix, msg: "set together with " + name + " (keep one)"})
					continue
				}
				name += fileSuffix
				var msg string
				if raw, msg = readSecretFile(file); msg != "" {
					probs = append(probs, problem{key: name, msg: msg})
					continue
				}
			}
		}
		if raw == "" {
			continue
		}
		if msg := setFromEnv(root.FieldByIndex(f.index), raw); msg != "" {
			probs = append(probs, problem{key: name, msg: msg})
			continue
		}
		c.src[f.path] = source{env: name}
	}
	return probs
}

// fileSuffix turns a secret's variable into the one naming a file that holds it.
const fileSuffix = "_FILE"

// maxSecretFile bounds how much of a secret file is read; real secrets are tiny.
const maxSecretFile = 64 << 10

// lookup returns the trimmed value of an environment variable, "" when unset.
func lookup(env func(string) (string, bool), name string) string {
	v, _ := env(name)
	return strings.TrimSpace(v)
}

// readSecretFile reads a secret from path, dropping surrounding white space
// (editors add a final newline). It never echoes the content.
func readSecretFile(path string) (secret, problem string) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Sprintf("cannot read %s: %v (check the path and the file's permissions)", quoteShort(path), unwrapPathErr(err))
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxSecretFile+1))
	switch {
	case err != nil:
		return "", fmt.Sprintf("cannot read %s: %v", quoteShort(path), unwrapPathErr(err))
	case len(b) > maxSecretFile:
		return "", fmt.Sprintf("%s is larger than %d KiB, too big for a secret (point it at the file holding just the secret)", quoteShort(path), maxSecretFile>>10)
	}
	s := strings.TrimSpace(string(b))
	if s == "" {
		return "", fmt.Sprintf("%s is empty (write the secret into it, or unset the variable)", quoteShort(path))
	}
	return s, ""
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
